#!/usr/bin/env bash
# The GIL demonstrations in examples/ print what they prove; check the
# verdict lines (the timings themselves vary from machine to machine).
set -u
cs=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$(dirname "$0")/../../examples" || exit 2
fail=0
check() {   # check DESCRIPTION OUTPUT PATTERN
    if ! grep -qE "$3" <<<"$2"; then
        echo "FAIL $1: no line matching /$3/ in:"
        sed 's/^/    /' <<<"$2"
        fail=1
    fi
}
out=$("$cs" threads_cpu.cs 400000 2>&1)
check threads_cpu "$out" '^more than one thread ran bytecode at a time: no$'
out=$("$cs" threads_io.cs 2>&1)
check threads_io "$out" '^the sleeps overlapped: yes$'
out=$("$cs" race_chaos.cs 2>&1)
check race_chaos "$out" '^default switching +without a lock +80000 of 80000  lost: 0$'
check race_chaos "$out" '^chaos mode +without a lock +[0-9]+ of 80000  lost: [1-9][0-9]*$'
check race_chaos "$out" '^chaos mode +with a lock +80000 of 80000  lost: 0$'
out=$("$cs" convoy.cs 2>&1)
check convoy "$out" '^time\.sleep\(0\): .* us alone, .* us with a CPU-bound thread'
check convoy "$out" '^queue ping-pong: .* round trips/s alone'
exit $fail
