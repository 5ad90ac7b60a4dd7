#!/usr/bin/env bash
# The options of the cs command: -V/--version, -h/--help, -c, -u, -q, -x,
# -X, -W, the flags accepted for compatibility, --dis, --ast, and what a
# bad command line gets (a message and the usage on stderr, status 2).
source "$(dirname "$0")/cli_lib.bash"

cd "$tmp" || exit 1
usage="usage: $cs [option] ... [-c cmd | -m mod | file | -] [arg] ..."
try="Try \`cs -h' for more information."

check "-V" 0 "~ (Python 3.11 compatible)" "" "$cs" -V
check "--version" 0 "~ (Python 3.11 compatible)" "" "$cs" --version
check "-VV adds the build" 0 "~[GCC " "" "$cs" -VV
check "-h" 0 "~$usage"$'\nOptions:\n' "" "$cs" -h
check "-h output" 0 "~-c cmd : program passed in as string" "" "$cs" -h
check "--help" 0 "~-i     : inspect interactively after running script" "" "$cs" --help
check "-?" 0 "~$usage" "" "$cs" -?
check "--help-xoptions" 0 "~-X gilstats" "" "$cs" --help-xoptions
check "--help-env" 0 "~CS_PATH" "" "$cs" --help-env
check "--help-all" 0 "~CS_HISTORY" "" "$cs" --help-all
check "-h wins over the program" 0 "~$usage" "" "$cs" -h -c 'print(1)'

check "unknown option" 2 "" "Unknown option: -Z"$'\n'"$usage"$'\n'"$try"$'\n' "$cs" -Z
check "unknown option in a group" 2 "" "Unknown option: -j"$'\n'"$usage"$'\n'"$try"$'\n' "$cs" -qj -c 'print(1)'
check "unknown long option" 2 "" "unknown option --frobnicate"$'\n'"$usage"$'\n'"$try"$'\n' "$cs" --frobnicate
check "-c without its argument" 2 "" "Argument expected for the -c option"$'\n'"$usage"$'\n'"$try"$'\n' "$cs" -c
check "-m without its argument" 2 "" "Argument expected for the -m option"$'\n'"$usage"$'\n'"$try"$'\n' "$cs" -m
check "-X without its argument" 2 "" "Argument expected for the -X option"$'\n'"$usage"$'\n'"$try"$'\n' "$cs" -X
check "-W without its argument" 2 "" "Argument expected for the -W option"$'\n'"$usage"$'\n'"$try"$'\n' "$cs" -W

check "-c" 0 $'3\n' "" "$cs" -c 'print(1 + 2)'
check "-c with several lines" 0 $'0\n1\n' "" "$cs" -c $'for i in range(2):\n    print(i)'
check "-W takes an argument" 0 $'1\n' "" "$cs" -W ignore -c 'print(1)'
check "-Wvalue" 0 $'1\n' "" "$cs" -Wignore -c 'print(1)'
check "unknown -X is accepted" 0 $'1\n' "" "$cs" -X frobnicate -c 'print(1)'
check "compatibility flags" 0 $'1\n' "" "$cs" -bBdOsSv -OO -E -I -c 'print(1)'
check "-q with a program" 0 $'1\n' "" "$cs" -q -c 'print(1)'

# -u: stdout and stderr unbuffered, so their order on a shared pipe is
# the order of the writes; without it stdout comes out at exit.
order='import sys
print("out1")
print("err", file=sys.stderr)
print("out2")'
check "-u" 0 $'out1\nerr\nout2\n' "" sh -c '"$0" -u -c "$1" 2>&1' "$cs" "$order"
check "CS_UNBUFFERED" 0 $'out1\nerr\nout2\n' "" sh -c 'CS_UNBUFFERED=1 "$0" -c "$1" 2>&1' "$cs" "$order"
check "buffered by default in a pipe" 0 $'err\nout1\nout2\n' "" sh -c '"$0" -c "$1" 2>&1' "$cs" "$order"

# -x skips the first line, keeping the line numbers of the rest.
printf 'this is not code\nprint("x")\n1/0\n' >x.cs
check "-x" 1 $'x\n' "~File \"$tmp/x.cs\", line 3, in <module>" "$cs" -x x.cs

# A #! first line is a comment.
printf '#!/usr/bin/env cs\nprint("shebang")\n' >shebang.cs
check "shebang line" 0 $'shebang\n' "" "$cs" shebang.cs
mkdir -p bin
ln -sf "$cs" bin/cs
printf '#!/usr/bin/env cs\nimport sys\nprint("run", sys.argv[1:])\n' >tool
chmod +x tool
check "executable script" 0 $'run [\'a\']\n' "" env PATH="$tmp/bin:$PATH" ./tool a

check "--dis" 0 "~LOAD_CONST" "" "$cs" --dis -c 'x = 1'
check "--dis does not run" 0 "~CALL" "" "$cs" --dis -c 'print("ran")'
check "--ast" 0 $'Module(\n  body=[\n    Expr(\n      value=Constant(value=1))],\n  type_ignores=[])\n' "" "$cs" --ast -c '1'
printf 'x = (\n' >bad.cs
check "--ast of bad code" 1 "" $'  File "'"$tmp"$'/bad.cs", line 1\n    x = (\n        ^\nSyntaxError: \'(\' was never closed\n' \
    "$cs" --ast bad.cs
INPUT=x.cs check "--dis of stdin" 0 "~LOAD_NAME" "" "$cs" --dis -
finish
