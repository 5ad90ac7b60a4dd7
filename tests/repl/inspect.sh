#!/usr/bin/env bash
# `cs -i script.cs` in a terminal: the script runs, then the prompt works
# in its namespace (no banner); after an uncaught exception too, for a
# post-mortem. Background threads keep running while the prompt waits
# (the GIL is released while reading).
source "$(dirname "$0")/tmux_lib.bash"

cat >"$tmp/prog.cs" <<'PROG'
import threading, time
counter = {"ticks": 0}
def tick():
    while counter["ticks"] < 100000:
        counter["ticks"] += 1
        time.sleep(0.002)
threading.Thread(target=tick, daemon=True).start()
print("script ran")
PROG
cat >"$tmp/crash.cs" <<'PROG'
data = [1, 2, 3]
def boom(d):
    return d[10]
boom(data)
PROG

start -i "$tmp/prog.cs"
wait_text 'script ran'; wait_prompt
no_text 'compatible'
line 'first = counter["ticks"]'; wait_prompt
sleep 0.3
line 'counter["ticks"] > first + 20'; wait_text 'True'; wait_prompt
key C-d; wait_exit 0

start -i "$tmp/crash.cs"
wait_text 'IndexError: list index out of range'; wait_prompt
line 'data'; wait_text '[1, 2, 3]'; wait_prompt
line 'len(data) / 0'; wait_text 'ZeroDivisionError: division by zero'; wait_prompt
line 'data[0]'; wait_text '1'; wait_prompt
line 'exit'; wait_exit 0
finish
