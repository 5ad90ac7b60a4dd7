#!/usr/bin/env bash
# History: Up recalls earlier inputs, a block comes back whole (one entry)
# and runs again, the history persists across sessions in CS_HISTORY (or
# ~/.cs_history), and CS_HISTORY="" keeps none. Ctrl-R searches it.
source "$(dirname "$0")/tmux_lib.bash"

HISTORY_FILE=$tmp/hist
start -q
wait_prompt
line 'x = 41'; wait_prompt
line 'def f():'; line '    return x + 1'; line ''; wait_prompt
line 'f()'; wait_text '42'; wait_prompt
key Up; wait_prompt '>>> f()'
key Up; wait_text '>>> def f():'
key C-c; wait_prompt
key C-d; wait_exit 0
[ -s "$tmp/hist" ] || fail "no history file written"

# A new session finds the entries of the last one.
start -q
wait_prompt
key Up Up Up; wait_prompt '>>> x = 41'
key Enter; wait_prompt
key Up Up Up; wait_text '>>> def f():'
wait_text '    return x + 1'
key Enter; wait_prompt
line 'f() * 2'; wait_text '84'; wait_prompt
# Reverse search.
key C-r; type_text 'x = 4'; wait_text "(reverse-i-search)\`x = 4': x = 41"
key Enter; wait_prompt
key C-d; wait_exit 0

# Both sessions are in the file, the block as one entry.
[ "$(grep -c '^x = 41$' "$tmp/hist")" -ge 2 ] || fail "the file lacks the second session's entries"

# The default file is ~/.cs_history.
HISTORY_FILE=default
start -q
wait_prompt
line 'y = "default history"'; wait_prompt
key C-d; wait_exit 0
grep -q 'default history' "$tmp/.cs_history" 2>/dev/null || fail "~/.cs_history was not written"

# CS_HISTORY="" keeps no history.
rm -f "$tmp/.cs_history"
HISTORY_FILE=
start -q
wait_prompt
line 'z = 1'; wait_prompt
key C-d; wait_exit 0
[ -e "$tmp/.cs_history" ] && fail "CS_HISTORY=\"\" still wrote ~/.cs_history"
finish
