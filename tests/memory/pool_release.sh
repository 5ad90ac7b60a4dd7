#!/usr/bin/env bash
# The small-object pools (runtime/pool.c) give memory back: after a program
# makes a million small objects of several sizes and drops them all, its
# resident set is back near where it started, not at the peak. Also checks
# that CS_MALLOC=system still runs the same program (valgrind uses it).
# Skipped under the sanitizers, whose shadow memory blurs the resident set.
set -u
cs=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
if [ -n "${CS_SANITIZER:-}" ]; then
    echo "skipped: under a sanitizer the resident set is not the program's own"
    exit 0
fi
script=$(mktemp --suffix=.cs)
trap 'rm -f "$script"' EXIT
cat > "$script" <<'CS'
def rss_kb():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1])

before = rss_kb()
pairs = [(i, i + 1) for i in range(1000000)]
words = ['w' * (i % 200) + str(i) for i in range(300000)]
total = sum(a + b for a, b in pairs) + sum(len(w) for w in words)
peak = rss_kb()
del pairs, words
after = rss_kb()
grown, kept = peak - before, after - before
print('total', total)
print('grew', 'yes' if grown > 50000 else 'no: %d kB' % grown)
print('gave back', 'yes' if kept * 5 < grown else 'no: kept %d of %d kB' % (kept, grown))
CS
want="total 1000031538890
grew yes
gave back yes"
got=$("$cs" "$script" 2>&1)
if [ "$got" != "$want" ]; then
    echo "FAIL pools:"
    echo "$got"
    exit 1
fi
got=$(CS_MALLOC=system "$cs" "$script" 2>&1 | head -2)
if [ "$got" != "$(echo "$want" | head -2)" ]; then
    echo "FAIL CS_MALLOC=system:"
    echo "$got"
    exit 1
fi
