#!/usr/bin/env bash
# The REPL in a terminal: banner, prompts, values echoed with repr (not
# None), `_`, blocks ended by an empty line, errors that leave the session
# alive, and the ways out (Ctrl-D, exit(), exit, quit) with their status.
source "$(dirname "$0")/tmux_lib.bash"

start
wait_text "(Python 3.11 compatible)" "the banner names the version"
wait_prompt
line '1 + 2'; wait_text $'3'; wait_prompt
line '_ * 10'; wait_text '30'; wait_prompt
line 'None'; wait_prompt
line "'a' + 'b'"; wait_text "'ab'"; wait_prompt
line 'x = 5'; wait_prompt
line 'x; x + 1'; wait_text '6'; wait_prompt
line 'def f(n):'; wait_prompt '...'
line '    return n * 2'; wait_prompt '...'
line ''; wait_prompt
line 'f(21)'; wait_text '42'; wait_prompt
line 'if x > 1: print("big")'; wait_prompt '...'
line ''; wait_text 'big'; wait_prompt
line 'for i in range(2):'; line '    print("i =", i)'; line ''; wait_text 'i = 1'; wait_prompt
line 'xs = [1,'; wait_prompt '...'
line ''; wait_prompt '...'
line '2]'; wait_prompt
line 'xs'; wait_text '[1, 2]'; wait_prompt
line '1/0'; wait_text 'ZeroDivisionError: division by zero'; wait_prompt
line 'x +'; wait_text 'SyntaxError: invalid syntax'; wait_prompt
line 'def g():'; line ''; wait_text 'IndentationError: expected an indented block'; wait_prompt
line 'undefined_name'; wait_text "NameError: name 'undefined_name' is not defined"; wait_prompt
line '# only a comment'; wait_prompt
line 'print("still", "alive")'; wait_text 'still alive'; wait_prompt
line "s = 'héllo wörld'"; wait_prompt
line 's.upper(), len(s)'; wait_text "('HÉLLO WÖRLD', 11)"; wait_prompt
line 'print("no newline", end="")'; wait_text 'no newline>>>'
key Enter; wait_prompt
line_after '>>> None' '>>>*'
key C-d; wait_exit 0

finish
