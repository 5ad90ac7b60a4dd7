#!/usr/bin/env bash
# Output at exit and through pipes: buffered output is flushed at exit
# (also after an error, sys.exit or os-level redirection), the program can
# be read from stdin, and a reader that goes away early (`| head -1`)
# gives one BrokenPipeError, not a traceback storm, as in CPython.
source "$(dirname "$0")/cli_lib.bash"

cd "$tmp" || exit 1

check "flushed at exit into a pipe" 0 $'a\nb\n' "" sh -c '"$0" -c "print(\"a\"); print(\"b\")" | cat' "$cs"
check "flushed at exit after an exception" 1 $'kept\n' "~ZeroDivisionError" "$cs" -c 'print("kept"); 1/0'
check "flushed at exit after sys.exit" 0 $'kept\nstatus 3\n' "" bash -c '"$0" -c "import sys; print(\"kept\"); sys.exit(3)" | cat; echo "status ${PIPESTATUS[0]}"' "$cs"
check "partial line flushed" 0 "no newline" "" "$cs" -c 'print("no newline", end="")'
check "big output through a pipe" 0 $'100000\n' "" sh -c '"$0" -c "for i in range(100000): print(i)" | wc -l' "$cs"
check "stderr is not buffered" 0 "" $'e1\ne2\n' "$cs" -c $'import sys\nsys.stderr.write("e1\\n")\nprint("e2", file=sys.stderr)'

INPUT=/dev/stdin
check "program from a pipe" 0 $'piped 6\n' "" sh -c 'printf "x = 6\nprint(\"piped\", x)\n" | "$0"' "$cs"
check "program from a pipe, with -" 0 $'[\'-\', \'arg\']\n' "" sh -c 'printf "import sys\nprint(sys.argv)\n" | "$0" - arg' "$cs"
check "error in a piped program" 1 "" $'Traceback (most recent call last):\n  File "<stdin>", line 2, in <module>\nNameError: name \'y\' is not defined\n' \
    sh -c 'printf "x = 1\ny\n" | "$0"' "$cs"
check "piped program reads its own stdin" 0 "" "" sh -c 'printf "" | "$0"' "$cs"
unset INPUT

# A reader that stops early: one traceback (from the print that failed),
# status 1, and nothing more at exit.
pipe_err=$'Traceback (most recent call last):\n  File "<string>", line 1, in <module>\nBrokenPipeError: [Errno 32] Broken pipe\n'
check "BrokenPipeError with head -1" 0 $'0\nstatus 1\n' "$pipe_err" \
    bash -c '"$0" -c "for i in range(100000): print(i)" | head -1; echo "status ${PIPESTATUS[0]}"' "$cs"
# A reader gone before the output is flushed at exit: CPython reports it as
# an exception ignored in sys.stdout and exits with 120.
exit_err=$'Exception ignored in: <_io.TextIOWrapper name=\'<stdout>\' mode=\'w\' encoding=\'utf-8\'>\nBrokenPipeError: [Errno 32] Broken pipe\n'
check "reader gone at exit" 0 $'status 120\n' "$exit_err" \
    bash -c '"$0" -c "import time; time.sleep(0.2); print(1)" | true; echo "status ${PIPESTATUS[0]}"' "$cs"
check "reader gone, -u" 0 $'status 1\n' "~BrokenPipeError: [Errno 32] Broken pipe" \
    bash -c '"$0" -u -c "import time; time.sleep(0.2); print(1)" | true; echo "status ${PIPESTATUS[0]}"' "$cs"
finish
