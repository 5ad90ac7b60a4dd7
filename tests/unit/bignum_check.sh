#!/bin/sh
# Builds tests/unit/test_bignum.c with the bignum library, writes fresh vectors with
# CPython (tests/unit/bignum_vectors.py) and checks every one. The last line printed is
# "N passed, M failed"; the exit status is 1 when anything failed.
#
# Usage: tests/unit/bignum_check.sh [--asan | --valgrind | --bench] [--count N] [--seed N]
#   (default)   gcc -O2 build
#   --asan      build with -fsanitize=address,undefined; any report fails the run
#   --valgrind  run the -O2 build under valgrind's leak checker (use a smaller --count)
#   --bench     time 10,000-digit mul/str/parse, and mul around the Karatsuba cutoff for
#               several cutoffs (the value in runtime/bignum_mag.c came from this)
# Run from the repository root.
set -eu

mode=plain
count=2000
seed=2024
while [ $# -gt 0 ]; do
    case "$1" in
        --asan | --valgrind | --bench) mode="${1#--}" ;;
        --count) count="$2"; shift ;;
        --seed) seed="$2"; shift ;;
        *) echo "usage: $0 [--asan | --valgrind | --bench] [--count N] [--seed N]" >&2; exit 2 ;;
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
bin="$work/test_bignum"
cc="gcc -std=c11 -Wall -Wextra -Werror -I."
sources="runtime/bignum*.c tests/unit/test_bignum.c"

if [ "$mode" = bench ]; then
    # Cutoff 1000000 is schoolbook only. The rounds interleave the builds so that a slow
    # moment of a shared machine does not favour one of them; compare the best per column.
    cutoffs="1000000 16 24 32 40 48 64 96"
    for cutoff in $cutoffs; do
        # shellcheck disable=SC2086
        $cc -O2 -DBIGNUM_KARATSUBA_CUTOFF=$cutoff $sources -o "$bin.$cutoff"
    done
    for round in 1 2 3; do
        echo "round $round"
        for cutoff in $cutoffs; do
            echo "cutoff $cutoff: $("$bin.$cutoff" --bench | tr '\n' ' ')"
        done
    done
    exit 0
fi

if [ "$mode" = asan ]; then
    # shellcheck disable=SC2086
    $cc -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all $sources -o "$bin"
else
    # shellcheck disable=SC2086
    $cc -O2 -g $sources -o "$bin"
fi

"$python" tests/unit/bignum_vectors.py --count "$count" --seed "$seed" > "$work/vectors.txt"

if [ "$mode" = valgrind ]; then
    valgrind --quiet --leak-check=full --show-leak-kinds=all --errors-for-leak-kinds=all \
        --error-exitcode=3 "$bin" < "$work/vectors.txt"
else
    "$bin" < "$work/vectors.txt"
fi
