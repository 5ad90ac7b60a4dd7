#!/usr/bin/env bash
# -m module: the module is found on sys.path (the current directory first)
# and runs as __main__ with sys.argv[0] set to its file; a package runs its
# __main__ submodule; failures say why, in CPython's words, with status 1.
source "$(dirname "$0")/cli_lib.bash"

cd "$tmp" || exit 1
mkdir -p pkg plain
show='import sys
print(__name__, __package__, __file__, sys.argv)'
printf '%s\n' "$show" >tool.cs
printf 'print("pkg init")\n' >pkg/__init__.cs
printf '%s\n' "$show" >pkg/__main__.cs
printf '%s\n' "$show" >pkg/sub.cs
printf 'from . import helper\nprint(helper.VALUE)\n' >pkg/rel.cs
printf 'VALUE = "relative import works"\n' >pkg/helper.cs
printf '' >plain/__init__.cs
printf 'import sys\nprint("argv during the search:", sys.argv)\n' >flat.cs
printf 'raise ValueError("in module")\n' >fails.cs

check "-m module" 0 "__main__  $tmp/tool.cs ['$tmp/tool.cs', 'a', 'b']"$'\n' "" "$cs" -m tool a b
check "-m package runs __main__" 0 $'pkg init\n'"__main__ pkg $tmp/pkg/__main__.cs ['$tmp/pkg/__main__.cs', '1']"$'\n' "" "$cs" -m pkg 1
check "-m submodule" 0 $'pkg init\n'"__main__ pkg $tmp/pkg/sub.cs ['$tmp/pkg/sub.cs']"$'\n' "" "$cs" -m pkg.sub
check "-m relative import" 0 $'pkg init\nrelative import works\n' "" "$cs" -m pkg.rel
check "-m value in the same word" 0 "~['$tmp/tool.cs', 'x']" "" "$cs" -mtool x
check "-m options after the module" 0 "~['$tmp/tool.cs', '-c', 'q']" "" "$cs" -m tool -c q
check "-m not found" 1 "" "$cs: No module named nosuch"$'\n' "$cs" -m nosuch
check "-m package without __main__" 1 "" "$cs: No module named plain.__main__; 'plain' is a package and cannot be directly executed"$'\n' "$cs" -m plain
check "-m built-in module" 1 "" "$cs: No code object available for sys"$'\n' "$cs" -m sys
check "-m missing parent" 1 "" "$cs: Error while finding module specification for 'nosuch.x' (ModuleNotFoundError: No module named 'nosuch')"$'\n' "$cs" -m nosuch.x
check "-m parent is not a package" 1 $'argv during the search: [\'-m\']\n' \
    "$cs: Error while finding module specification for 'flat.x' (ModuleNotFoundError: __path__ attribute not found on 'flat' while trying to find 'flat.x')"$'\n' "$cs" -m flat.x
check "-m module raises" 1 "" $'Traceback (most recent call last):\n  File "'"$tmp"$'/fails.cs", line 1, in <module>\n    raise ValueError("in module")\nValueError: in module\n' "$cs" -m fails
check "-m --dis" 0 "~LOAD_NAME" "" "$cs" --dis -m tool
finish
