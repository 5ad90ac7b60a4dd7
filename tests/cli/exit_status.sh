#!/usr/bin/env bash
# Exit statuses, as CPython's: 0 on success, 1 for an uncaught exception
# or a SyntaxError, sys.exit(n) gives n (the low 8 bits), sys.exit("msg")
# prints msg and gives 1, 2 for an unreadable script, and an uncaught
# KeyboardInterrupt kills the process by SIGINT (the shell sees 130).
source "$(dirname "$0")/cli_lib.bash"

cd "$tmp" || exit 1
tb=$'Traceback (most recent call last):\n  File "<string>", line 1, in <module>\n'

check "success" 0 "" "" "$cs" -c 'x = 1'
check "uncaught exception" 1 "" "${tb}ValueError: bad"$'\n' "$cs" -c 'raise ValueError("bad")'
check "output before the traceback" 1 $'before\n' "${tb}ZeroDivisionError: division by zero"$'\n' "$cs" -c 'print("before"); 1/0'
check "SyntaxError" 1 "" $'  File "<string>", line 1\n    1 +\n       ^\nSyntaxError: invalid syntax\n' "$cs" -c '1 +'
check "SyntaxError runs nothing" 1 "" "~SyntaxError" "$cs" -c $'print("no")\n1 +'
check "IndentationError" 1 "" "~IndentationError: unexpected indent" "$cs" -c ' x = 1'
check "sys.exit()" 0 "" "" "$cs" -c 'import sys; sys.exit()'
check "sys.exit(None)" 0 "" "" "$cs" -c 'import sys; sys.exit(None)'
check "sys.exit(0)" 0 "" "" "$cs" -c 'import sys; sys.exit(0)'
check "sys.exit(3)" 3 "" "" "$cs" -c 'import sys; sys.exit(3)'
check "sys.exit(256) keeps the low 8 bits" 0 "" "" "$cs" -c 'import sys; sys.exit(256)'
check "sys.exit(-1)" 255 "" "" "$cs" -c 'import sys; sys.exit(-1)'
check "sys.exit(2**70)" 255 "" "" "$cs" -c 'import sys; sys.exit(2**70)'
check "sys.exit(True)" 1 "" "" "$cs" -c 'import sys; sys.exit(True)'
check "sys.exit(message)" 1 "" $'bye now\n' "$cs" -c 'import sys; sys.exit("bye now")'
check "sys.exit(object)" 1 "" $'[1, 2]\n' "$cs" -c 'import sys; sys.exit([1, 2])'
check "raise SystemExit" 0 "" "" "$cs" -c 'raise SystemExit'
check "raise SystemExit(4)" 4 "" "" "$cs" -c 'raise SystemExit(4)'
check "SystemExit with two arguments" 1 "" $'(4, 5)\n' "$cs" -c 'raise SystemExit(4, 5)'
check "exit() builtin" 5 "" "" "$cs" -c 'exit(5)'
check "quit() builtin" 0 "" "" "$cs" -c 'quit()'
check "SystemExit after output" 7 $'out\n' "" "$cs" -c 'print("out"); raise SystemExit(7)'
check "SystemExit in a function" 6 "" "" "$cs" -c $'def f():\n    raise SystemExit(6)\nf()'
check "caught SystemExit" 0 $'caught 3\n' "" "$cs" -c $'import sys\ntry:\n    sys.exit(3)\nexcept SystemExit as e:\n    print("caught", e.code)'
check "exception in finally after exit" 1 "" "~ValueError: late" "$cs" -c $'try:\n    raise SystemExit(2)\nfinally:\n    raise ValueError("late")'
check "sys.excepthook" 1 "" $'hook ValueError\n' "$cs" -c $'import sys\nsys.excepthook = lambda t, v, tb: print("hook", t.__name__, file=sys.stderr)\nraise ValueError'
check "failing sys.excepthook" 1 "" "~Error in sys.excepthook:" "$cs" -c $'import sys\ndef hook(t, v, tb): 1/0\nsys.excepthook = hook\nraise ValueError'

check "missing script" 2 "" "$cs: can't open file '$tmp/nope.cs': [Errno 2] No such file or directory"$'\n' "$cs" nope.cs
check "missing script, absolute path" 2 "" "$cs: can't open file '/nonexistent/x.cs': [Errno 2] No such file or directory"$'\n' "$cs" /nonexistent/x.cs
printf 'print(1)\n' >secret.cs
chmod 000 secret.cs
if [ "$(id -u)" != 0 ]; then
    check "unreadable script" 2 "" "$cs: can't open file '$tmp/secret.cs': [Errno 13] Permission denied"$'\n' "$cs" secret.cs
fi
mkdir -p app empty
printf 'import sys\nprint("app", sys.argv[0], sys.path[0] == __file__[:-12])\n' >app/__main__.cs
check "a directory runs its __main__" 0 $'app app True\n' "" "$cs" app
check "a directory without __main__" 1 "" "$cs: can't find '__main__' module in '$tmp/empty'"$'\n' "$cs" empty

# KeyboardInterrupt: job control (set -m) runs background jobs with the
# default SIGINT action; a non-interactive shell would start them with
# SIGINT ignored, and then nothing could be interrupted.
set -m
interrupt_case() {
    local name=$1 program=$2 want_line=$3
    local out="$tmp/ki$RANDOM.out" err="$tmp/ki$RANDOM.err"
    "$cs" -c "$program" >"$out" 2>"$err" &
    local pid=$!
    for _ in $(seq 250); do
        grep -q ready "$out" 2>/dev/null && break
        sleep 0.02
    done
    kill -INT "$pid"
    wait "$pid" 2>/dev/null
    local status=$?
    local text
    text=$(cat "$err")
    local want=$'Traceback (most recent call last):\n  File "<string>", line '"$want_line"$', in <module>\n'
    if [ "$status" != 130 ] || [[ "$text" != $want*KeyboardInterrupt ]]; then
        failures=$((failures + 1))
        echo "FAIL: $name: status $status (expected 130), stderr:"
        echo "$text"
    fi
}
interrupt_case "Ctrl-C in time.sleep" $'import time\nprint("ready", flush=True)\ntime.sleep(20)' 3
# (Which line the loop reports is the VM's business, tested elsewhere.)
interrupt_case "Ctrl-C in a loop" $'import time\nprint("ready", flush=True)\nwhile True:\n    time.sleep(0.001)' "[0-9]*"
"$cs" -c 'raise KeyboardInterrupt' 2>"$tmp/ki.err" &
wait $! 2>/dev/null
status=$?
[ "$status" = 130 ] || { failures=$((failures + 1)); echo "FAIL: raise KeyboardInterrupt: status $status"; }
grep -q '^KeyboardInterrupt$' "$tmp/ki.err" || { failures=$((failures + 1)); echo "FAIL: raise KeyboardInterrupt: no traceback"; }
"$cs" -c $'try:\n    raise KeyboardInterrupt\nexcept KeyboardInterrupt:\n    print("handled")' >"$tmp/ki.out" 2>&1 &
wait $! 2>/dev/null
status=$?
[ "$status" = 0 ] && [ "$(cat "$tmp/ki.out")" = handled ] ||
    { failures=$((failures + 1)); echo "FAIL: handled KeyboardInterrupt: status $status"; }
set +m
finish
