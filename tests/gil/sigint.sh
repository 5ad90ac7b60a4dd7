#!/usr/bin/env bash
# Ctrl-C always works: SIGINT raises KeyboardInterrupt in the main thread
# while four CPU-bound threads run and the main thread waits in join,
# Queue.get, Event.wait, sleep, a lock, asyncio.run (whose task is
# cancelled first, so its finally blocks run) or a child process's join.
# Prints each latency; fails when one is over a second (the goal is 50 ms; a loaded machine needs slack).
set -m
cs=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
fail=0
for kind in join queue event sleep lock asyncio process; do
    # Emptied here, not by the redirection below: the child may open the
    # file after the wait for "ready" has already read the last run's.
    : >"$out"
    "$cs" "$here/_sigint_target.cs" "$kind" >"$out" 2>&1 &
    pid=$!
    for _ in $(seq 200); do grep -q ready "$out" && break; sleep 0.05; done
    sleep 0.2
    sent=$(date +%s.%N)
    kill -INT "$pid"
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    if kill -0 "$pid" 2>/dev/null; then
        echo "FAIL $kind: still running 5 s after SIGINT"
        kill -9 "$pid"
        fail=1
        continue
    fi
    wait "$pid"
    got=$(awk '/^interrupted/ {print $2}' "$out")
    if [ -z "$got" ]; then
        echo "FAIL $kind: no KeyboardInterrupt caught:"
        sed 's/^/    /' "$out"
        fail=1
        continue
    fi
    if [ "$kind" = asyncio ] && ! grep -q "task cleanup ran" "$out"; then
        echo "FAIL asyncio: the task's finally block did not run:"
        sed 's/^/    /' "$out"
        fail=1
    fi
    ms=$(awk -v a="$sent" -v b="$got" 'BEGIN {printf "%.1f", (b - a) * 1000}')
    echo "$kind: KeyboardInterrupt after $ms ms"
    awk -v ms="$ms" 'BEGIN {exit !(ms < 1000)}' || { echo "FAIL $kind: too slow"; fail=1; }
done
exit $fail
