#!/usr/bin/env bash
# Tracebacks in the REPL: each input is a "file" <input-N> whose text is
# kept, so a traceback quotes the lines of earlier inputs (a function
# defined at one prompt and called at another), and SyntaxErrors show the
# line with a caret.
source "$(dirname "$0")/tmux_lib.bash"

start -q
wait_prompt
line 'def half(n):'; line '    return n / 0'; line ''; wait_prompt
line 'half(3)'; wait_text 'ZeroDivisionError: division by zero'; wait_prompt
wait_text '  File "<input-2>", line 1, in <module>'
wait_text '  File "<input-1>", line 2, in half'
line_after '  File "<input-2>", line 1, in <module>' '    half(3)'
line_after '  File "<input-1>", line 2, in half' '    return n / 0'
line 'x = (1 +'; line ')'; wait_text 'SyntaxError'; wait_prompt
wait_text '  File "<input-3>", line 2'
finish
