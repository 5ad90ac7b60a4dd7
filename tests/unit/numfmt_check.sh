#!/bin/sh
# Builds tests/unit/test_numfmt.c with the numfmt library, writes fresh vectors with
# CPython (tests/unit/numfmt_vectors.py) and checks every one. The last line printed is
# "N passed, M failed"; the exit status is 1 when anything failed.
#
# Usage: tests/unit/numfmt_check.sh [--asan] [--count N] [--seed N]
#   (default)   gcc -O2 build
#   --asan      build with -fsanitize=address,undefined; any report fails the run
# Run from the repository root.
set -eu

mode=plain
count=20000
seed=2024
while [ $# -gt 0 ]; do
    case "$1" in
        --asan) mode=asan ;;
        --count) count="$2"; shift ;;
        --seed) seed="$2"; shift ;;
        *) echo "usage: $0 [--asan] [--count N] [--seed N]" >&2; exit 2 ;;
    esac
    shift
done

python=$(command -v python3.11 || command -v python3 || true)
if [ -z "$python" ]; then
    echo "skipped: the vectors come from CPython, and no python3 was found"
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin="$work/test_numfmt"
cc="gcc -std=c11 -Wall -Wextra -Werror -I."
sources="runtime/numfmt*.c runtime/strbuf.c tests/unit/test_numfmt.c"

if [ "$mode" = asan ]; then
    # shellcheck disable=SC2086
    $cc -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all $sources -lm -o "$bin"
else
    # shellcheck disable=SC2086
    $cc -O2 -g $sources -lm -o "$bin"
fi

"$python" tests/unit/numfmt_vectors.py --count "$count" --seed "$seed" > "$work/vectors.txt"
"$bin" < "$work/vectors.txt"
