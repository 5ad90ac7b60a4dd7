#!/usr/bin/env bash
# Golden bytecode listings: for every NAME.cs here (except the scripts
# with a NAME.out, which tests/run.sh runs), `cs --dis NAME.cs` must print
# exactly NAME.dis. Code object addresses and this directory's path
# are masked, so the listings do not depend on the machine.
#
#   tests/compiler/dis_golden.sh CS            check every listing
#   tests/compiler/dis_golden.sh CS --update   rewrite them after a
#                                              deliberate compiler change
set -u
cs=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
dir=$(cd "$(dirname "$0")" && pwd)
cd "$dir" || exit 2
status=0
for src in *.cs; do
    [ -f "${src%.cs}.out" ] && continue
    want=${src%.cs}.dis
    got=$("$cs" --dis "$src" 2>&1 | sed -e "s|$dir/||g" -e 's/ at 0x[0-9a-f]*/ at 0xADDR/g')
    if [ "${2:-}" = "--update" ]; then
        printf '%s\n' "$got" >"$want"
    elif ! diff -u "$want" <(printf '%s\n' "$got"); then
        echo "FAIL $src: the listing differs from $want"
        status=1
    fi
done
exit $status
