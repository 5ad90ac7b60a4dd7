#!/usr/bin/env bash
# Tab completion, as Python's rlcompleter: names (keywords, globals,
# builtins; callables get "("), attributes after a dot (private ones only
# once "_" is typed), a second Tab lists the candidates, and Tab on an
# empty line (or after only spaces) indents.
source "$(dirname "$0")/tmux_lib.bash"

start -q
wait_prompt
type_text 'pri'; key Tab; wait_prompt '>>> print('
type_text '"ok")'; key Enter; wait_text 'ok'; wait_prompt
line 'import sys'; wait_prompt
type_text 'sys.vers'; key Tab; wait_prompt '>>> sys.version'
key C-u
type_text 'sys.version_i'; key Tab; wait_prompt '>>> sys.version_info'
key C-u
line 'class Point:'; line '    def __init__(self): self.x_coord = 1'; line '    def _hidden(self): pass'; line ''; wait_prompt
line 'pt = Point()'; wait_prompt
type_text 'pt.x_'; key Tab; wait_prompt '>>> pt.x_coord'
key C-u
# Two candidates: the first Tab completes nothing more, the second lists them.
line 'alpha_one = 1; alpha_two = 2'; wait_prompt
type_text 'alpha_'; key Tab Tab
wait_text 'alpha_one  alpha_two'
key C-u; wait_prompt
# Private attributes are listed only once "_" is typed.
type_text 'pt.'; key Tab Tab
wait_text 'pt.x_coord'
no_text 'pt._hidden'
key C-u; wait_prompt
type_text 'pt._h'; key Tab; wait_prompt '>>> pt._hidden('
key C-u
# Keywords: "imp" completes to "import " (with its space).
type_text 'imp'; key Tab; type_text 'os'; wait_prompt '>>> import os'
key C-u
# Tab at the start of a line indents.
line 'if True:'; wait_prompt '...'
key Tab; type_text 'print("indented")'; key Enter; wait_prompt '...'
line ''; wait_text 'indented'; wait_prompt
line_after '...     print("indented")' '...'
# Completing evaluates no property (its getter could do anything).
line 'class Box:'; line '    @property'; line '    def noisy(self): print("GETT" "ER RAN"); return 1'; line ''; wait_prompt
line 'box = Box()'; wait_prompt
type_text 'box.noi'; key Tab; wait_prompt '>>> box.noisy'
key C-u; wait_prompt
no_text 'GETTER RAN'
finish
