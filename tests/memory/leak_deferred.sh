#!/usr/bin/env bash
# Regression: freeing a chain deeper than the destructor's recursion limit
# parks objects on a per-thread list (runtime/memory.c); that list used to
# outlive its thread and leak once the thread ended. valgrind's leak
# checker must report nothing "definitely lost". Skipped without valgrind
# and under the sanitizers (their runtime and valgrind do not mix).
set -u
cs=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
if [ -n "${CS_SANITIZER:-}" ] || ! command -v valgrind >/dev/null; then
    echo "skipped: needs valgrind and a plain build"
    exit 0
fi
script=$(mktemp --suffix=.cs)
log=$(mktemp)
trap 'rm -f "$script" "$log"' EXIT
cat > "$script" <<'CS'
import threading

def work():
    head = None
    for i in range(5000):
        head = [i, head]
    del head

t = threading.Thread(target=work)
t.start()
t.join()
print("ok")
CS
out=$(CS_MALLOC=system valgrind --leak-check=full --errors-for-leak-kinds=definite \
    --error-exitcode=9 "$cs" "$script" 2>"$log")
status=$?
if [ $status -ne 0 ] || [ "$out" != "ok" ]; then
    echo "FAIL (exit $status, output '$out'):"
    grep -A12 "definitely lost in" "$log" | head -40
    exit 1
fi
