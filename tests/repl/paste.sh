#!/usr/bin/env bash
# Pasting code (bracketed paste: the terminal marks the pasted text, and
# readline hands it over as one string): several statements, blank lines
# inside a function, a trailing compound statement, doctest examples with
# their ">>> " prompts; each runs once Enter is pressed after the paste.
source "$(dirname "$0")/tmux_lib.bash"

start -q
wait_prompt
paste 'def area(w, h):
    a = w * h

    return a

print("area", area(6, 7))'
key Enter
wait_text 'area 42'; wait_prompt

paste 'total = 0
for i in range(4):
    total += i
total'
key Enter
wait_text '6'; wait_prompt
line 'total * 2'; wait_text '12'; wait_prompt

# Doctest-style: the prompts go, the expected output lines are ignored.
paste '>>> word = "paste"
>>> word.upper()
'"'"'PASTE'"'"'
>>> for c in word[:2]:
...     print(c)
p
a'
key Enter
wait_count "'PASTE'" 2; wait_prompt
line 'word'; wait_text "'paste'"; wait_prompt

# An unfinished paste waits for the rest.
paste 'if total:'
key Enter; wait_prompt '...'
line '    print("finished")'; line ''
wait_text 'finished'; wait_prompt
finish
