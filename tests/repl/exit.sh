#!/usr/bin/env bash
# Leaving the REPL: Ctrl-D (after a newline), exit(n), bare exit and quit
# (as in Python 3.13), sys.exit("message"), raise SystemExit; each with
# the exit status CPython gives.
source "$(dirname "$0")/tmux_lib.bash"

# Ctrl-D at the prompt: a newline, then status 0.
start -q
wait_prompt
key C-d
wait_text '[exited 0]'
line_after '>>>' '\[exited 0\]'
# Ctrl-D on a non-empty line deletes a character (readline), no exit.
start -q
wait_prompt
type_text 'abc'; key C-a C-d; wait_prompt '>>> bc'
alive
start -q
wait_prompt
no_text "compatible"
line 'exit(3)'; wait_exit 3
start -q
wait_prompt
line 'exit'; wait_exit 0
start -q
wait_prompt
line 'quit'; wait_exit 0
start -q
wait_prompt
line 'import sys'; wait_prompt
line 'sys.exit("goodbye")'; wait_text 'goodbye'; wait_exit 1
start -q
wait_prompt
line 'raise SystemExit(7)'; wait_exit 7
finish
