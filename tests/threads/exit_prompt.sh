#!/usr/bin/env bash
# Exit is prompt when daemon threads are blocked forever or still busy:
# exit_daemon.cs must end well within a second or two (a few more under a
# sanitizer), where waiting for its daemons would never end.
set -u
cs=$1
cd "$(dirname "$0")" || exit 2
limit=2
[ -n "${CS_SANITIZER:-}" ] && limit=10
start=$(date +%s%N)
out=$(timeout 20 "$cs" exit_daemon.cs)
code=$?
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
if [ "$code" -ne 0 ]; then
    echo "exit status $code"
    exit 1
fi
if [ "$out" != "$(cat exit_daemon.out)" ]; then
    echo "unexpected output: $out"
    exit 1
fi
if [ "$elapsed_ms" -gt $((limit * 1000)) ]; then
    echo "exit took ${elapsed_ms} ms (limit ${limit} s)"
    exit 1
fi
