#!/usr/bin/env bash
# An acyclic program frees everything it allocates: valgrind's leak
# checker reports nothing "definitely lost". Skipped without valgrind and
# under the sanitizers (their runtime and valgrind do not mix).
set -u
cs=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
if [ -n "${CS_SANITIZER:-}" ] || ! command -v valgrind >/dev/null; then
    echo "skipped: needs valgrind and a plain build"
    exit 0
fi
cd "$(dirname "$0")/../../examples" || exit 2
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for script in tour.cs threads_lock_counter.cs; do
    CS_MALLOC=system valgrind --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=9 \
        "$cs" "$script" >/dev/null 2>"$log"
    if [ $? -eq 9 ]; then
        echo "FAIL $script:"
        grep -A12 "definitely lost in" "$log" | head -40
        exit 1
    fi
done
