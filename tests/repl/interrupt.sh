#!/usr/bin/env bash
# Ctrl-C in the REPL: at the prompt it abandons the line (or the whole
# block) and prints KeyboardInterrupt; while code runs it interrupts it
# with a traceback; in input() it raises KeyboardInterrupt. The session
# always stays alive. Ctrl-D on an empty continuation line ends the block.
source "$(dirname "$0")/tmux_lib.bash"

start -q
wait_prompt
type_text 'abc +'; key C-c
wait_text 'KeyboardInterrupt'; wait_prompt
alive
line 'def f():'; wait_prompt '...'
line '    return 1'; wait_prompt '...'
key C-c; wait_count 'KeyboardInterrupt' 2; wait_prompt
line 'f'; wait_text "NameError: name 'f' is not defined"; wait_prompt

line 'while True: pass'; line ''
sleep 0.3; key C-c
wait_count 'KeyboardInterrupt' 3; wait_prompt
line_after '^CTraceback (most recent call last):' '  File "<input-*>", line 1, in <module>'
line 'import time'; wait_prompt
line 'time.sleep(30)'
sleep 0.3; key C-c
wait_count 'KeyboardInterrupt' 4; wait_prompt
line 'input("say: ")'; wait_prompt 'say:'
key C-c
wait_count 'KeyboardInterrupt' 5; wait_prompt
line 'x = input("name? ")'; wait_prompt 'name?'
line 'Ada'; wait_prompt
line 'x'; wait_text "'Ada'"; wait_prompt
line 'print("alive")'; wait_text 'alive'; wait_prompt

# Ctrl-D on the empty continuation line ends the block: it runs.
line 'for i in range(3):'; line '    print("n", i)'; key C-d
wait_text 'n 2'; wait_prompt
alive
key C-d; wait_exit 0

# Ctrl-C in a script run from the terminal: traceback, then the process
# dies by SIGINT (the shell sees 130).
printf 'import time\nprint("sleeping")\ntime.sleep(30)\n' >"$tmp/sleep.cs"
start "$tmp/sleep.cs"
wait_text 'sleeping'
sleep 0.2; key C-c
wait_text 'KeyboardInterrupt'; wait_exit 130
finish
