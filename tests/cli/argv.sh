#!/usr/bin/env bash
# sys.argv, sys.orig_argv, sys._xoptions and sys.path[0] for each way of
# naming the program, as CPython 3.11 sets them.
source "$(dirname "$0")/cli_lib.bash"

cd "$tmp" || exit 1
mkdir -p sub
printf 'import sys\nprint(sys.argv)\n' >show.cs
printf 'import sys\nprint(sys.path[0])\n' >sub/where.cs
show='import sys; print(sys.argv)'

check "script" 0 $'[\'show.cs\', \'a\', \'b\']\n' "" "$cs" show.cs a b
check "options after the script are the script's" 0 $'[\'show.cs\', \'-c\', \'x\', \'-i\']\n' "" "$cs" show.cs -c x -i
check "-- ends the options" 0 $'[\'show.cs\', \'z\']\n' "" "$cs" -- show.cs z
check "-c" 0 $'[\'-c\', \'x\', \'y\']\n' "" "$cs" -c "$show" x y
check "-c value in the same word" 0 $'[\'-c\', \'x\']\n' "" "$cs" "-c$show" x
check "-c after other flags" 0 $'[\'-c\']\n' "" "$cs" -qu -c "$show"
check "-c at the end of a group of flags" 0 $'[\'-c\', \'--\']\n' "" "$cs" -qc "$show" --
INPUT=show.cs check "- reads stdin" 0 $'[\'-\', \'q\']\n' "" "$cs" - q
INPUT=show.cs check "a pipe alone" 0 $'[\'\']\n' "" "$cs"
check "orig_argv" 0 $'[\'-c\']\n'"['$cs', '-X', 'a=b', '-c', 'import sys; print(sys.argv); print(sys.orig_argv)']"$'\n' "" \
    "$cs" -X a=b -c 'import sys; print(sys.argv); print(sys.orig_argv)'
check "_xoptions" 0 $'{\'dev\': True, \'a\': \'b=c\'}\n' "" "$cs" -Xdev -X a=b=c -c 'import sys; print(sys._xoptions)'
check "sys.path[0] is the script's directory" 0 "$tmp/sub"$'\n' "" "$cs" sub/where.cs
check "sys.path[0] for -c" 0 $'\n' "" "$cs" -c 'import sys; print(sys.path[0])'
printf 'import sys\nprint(sys.path[0])\n' >show_path_mod.cs
check "sys.path[0] for -m" 0 "$tmp"$'\n' "" "$cs" -m show_path_mod
check "-P: no script directory" 0 $'False\n' "" "$cs" -P -c 'import sys; print("" in sys.path)'
check "CS_PATH" 0 $'[\'/x\', \'/y\']\n' "" env CS_PATH=/x:/y "$cs" -c 'import sys; print(sys.path[1:3])'
check "-E ignores CS_PATH" 0 $'False\n' "" env CS_PATH=/x "$cs" -E -c 'import sys; print("/x" in sys.path)'
check "__name__ and __file__" 0 "__main__ $tmp/f.cs"$'\n' "" \
    sh -c 'printf "print(__name__, __file__)\n" >f.cs && "$0" f.cs' "$cs"
check "-c has no __file__" 0 $'False\n' "" "$cs" -c 'print("__file__" in globals())'
check "globals of -c" 0 $'[\'__annotations__\', \'__builtins__\', \'__doc__\', \'__loader__\', \'__name__\', \'__package__\', \'__spec__\']\n' "" \
    "$cs" -c 'print(sorted(globals()))'
finish
