# cs: builds ./cs from interp/, runtime/ and stdlib/.
#
#   make            build ./cs (gcc, -O2)
#   make run        build, then run examples/tour.cs
#   make test       build, then run every test; ends with "N passed, M failed"
#   make asan       build with AddressSanitizer + UBSan and run the tests with it
#   make tsan       build with ThreadSanitizer and run the thread tests with it
#   make bench      run the benchmarks and the GIL benchmarks against python3.11
#   make install PREFIX=/usr/local
#   make clean

CC      ?= gcc
PREFIX  ?= /usr/local
PYTHON  ?= /usr/bin/python3.11

WARN    := -Wall -Wextra -Werror=implicit-function-declaration
COMMON  := -std=c11 -D_GNU_SOURCE -I. -pthread $(WARN)
CFLAGS  ?= -O2 -g
LDLIBS  := -lreadline -lm -pthread

SRCS    := $(wildcard interp/*.c runtime/*.c) $(filter-out stdlib/embed.c,$(wildcard stdlib/*.c))
STDLIB  := $(shell find stdlib -name '*.cs' 2>/dev/null | sort)

# One build directory per flavour, so switching flavours never mixes objects.
BUILD   ?= build
OBJS    := $(SRCS:%.c=$(BUILD)/%.o) $(BUILD)/stdlib_embed.o
DEPS    := $(OBJS:.o=.d)

all: check-readline cs

check-readline:
	@test -f /usr/include/readline/readline.h || { \
	  echo "cs needs the GNU readline headers: install them with"; \
	  echo "    sudo apt-get install libreadline-dev"; exit 1; }

# Replaced by a rename, so that a cs still running keeps its old file.
cs: $(BUILD)/cs
	@cp $(BUILD)/cs cs.new && mv -f cs.new cs

$(BUILD)/cs: $(OBJS)
	@echo "  LINK  $@"
	@$(CC) $(CFLAGS) $(COMMON) $(SANITIZE) -o $@ $(OBJS) $(LDLIBS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC    $<"
	@rm -f $@   # a failed compile must not leave an old object behind
	@$(CC) $(CFLAGS) $(COMMON) $(SANITIZE) -MMD -MP -c $< -o $@

# The stdlib modules written in the language are embedded in the binary.
$(BUILD)/embed: stdlib/embed.c
	@mkdir -p $(BUILD)
	$(CC) -O1 -o $@ $<

$(BUILD)/stdlib_embed.c: $(BUILD)/embed $(STDLIB)
	$(BUILD)/embed $@ $(STDLIB)

$(BUILD)/stdlib_embed.o: $(BUILD)/stdlib_embed.c
	$(CC) $(CFLAGS) $(COMMON) $(SANITIZE) -c $< -o $@

-include $(DEPS)

run: all
	./cs examples/tour.cs

test: all
	@tests/run.sh ./cs

# The sanitizer builds live in their own directories and binaries.
asan:
	$(MAKE) BUILD=build-asan CFLAGS="-O1 -g -fno-omit-frame-pointer -DCS_DEBUG" \
	  SANITIZE="-fsanitize=address,undefined -fno-sanitize-recover=undefined" build-asan/cs
	CS_SANITIZER=asan tests/run.sh build-asan/cs

tsan:
	$(MAKE) BUILD=build-tsan CFLAGS="-O1 -g -DCS_DEBUG" SANITIZE="-fsanitize=thread" build-tsan/cs
	CS_SANITIZER=tsan tests/run.sh build-tsan/cs threads gil process examples 'diff/mp_*' 'diff/asyncio_*' 'stdlib/asyncio_*'

# The benchmark suites are kept next to the repository (BENCH, GILBENCH).
BENCH    ?= ../shared/bench
GILBENCH ?= ../shared/gilbench

bench: all
	@test -x $(BENCH)/run.sh || { echo "make bench: no benchmark suite in $(BENCH) (make bench BENCH=DIR)"; exit 1; }
	$(BENCH)/run.sh --interp ./cs --vs $(PYTHON)
	$(PYTHON) tests/bench/gil_table.py --cs ./cs --vs $(PYTHON) --gilbench $(GILBENCH)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 cs $(DESTDIR)$(PREFIX)/bin/cs

clean:
	rm -rf build build-asan build-tsan cs cs.new

.PHONY: all check-readline run test asan tsan bench install clean
