#!/usr/bin/env bash
# Compares the parser with CPython 3.11's, file by file.
#
#   tests/parser/cases/*.py   must parse: our AST dump, plain and with every
#                             node's position, must equal ast.dump's
#   tests/parser/errors/*.py  must fail: our error kind, message, line and
#                             column must equal CPython's SyntaxError
#   examples/*.cs             real programs, compared like the cases
#
# A file whose first line is `# mode: single` or `# mode: eval` is parsed
# in that mode on both sides. CPython's column (a 1-based character offset)
# is turned into our 0-based byte column; it is -1 where CPython has none.
#
# Usage: tests/unit/parser_diff.sh [-v]      (-v shows the differences)
# Prints one line per failure, then "N passed, M failed"; exits 1 on any
# failure. Builds its own parse_dump (see tests/unit/parse_dump.c).
set -u
cd "$(dirname "$0")/../.." || exit 2
# The dumps must come from 3.11 itself: ast.dump's output changes between versions.
PY=$(command -v python3.11 || true)
if [ -z "$PY" ]; then
    echo "skipped: python3.11 not found"
    exit 0
fi
verbose=${1:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

gcc -std=c11 -O1 -g -Wall -Wextra -Werror -I. interp/lexer.c runtime/unicode.c interp/ast.c \
    interp/parser*.c tests/unit/parse_dump.c -o "$tmp/parse_dump" || exit 2

files=()
for f in tests/parser/cases/*.py tests/parser/cases/*.cs tests/parser/errors/*.py \
         tests/parser/errors/*.cs examples/*.cs; do
    [ -f "$f" ] && files+=("$f")
done

# CPython's answers, one file each: NAME.dump and NAME.pos, or NAME.err.
"$PY" - "$tmp" "${files[@]}" <<'EOF'
import ast, os, sys, warnings

warnings.simplefilter("ignore")

out = sys.argv[1]
for i, path in enumerate(sys.argv[2:]):
    src = open(path, encoding='utf-8-sig').read()
    first = src.split('\n', 1)[0]
    mode = first[len('# mode: '):].strip() if first.startswith('# mode: ') else 'exec'
    base = os.path.join(out, str(i))
    try:
        tree = ast.parse(src, path, mode)
    except SyntaxError as e:
        line = src.split('\n')[e.lineno - 1] if e.lineno and e.lineno <= src.count('\n') + 1 else ''
        col = len(line[:e.offset - 1].encode()) if e.offset else -1
        with open(base + '.err', 'w') as f:
            f.write(f'{type(e).__name__}: {e.msg} (line {e.lineno}, col {col})\n')
        continue
    try:
        plain = ast.dump(tree, indent=2) + '\n'
        positions = ast.dump(tree, indent=2, include_attributes=True) + '\n'
    except RecursionError:
        plain = positions = 'CPython cannot dump this tree: too deep\n'
    with open(base + '.dump', 'w') as f:
        f.write(plain)
    with open(base + '.pos', 'w') as f:
        f.write(positions)
EOF

passed=0
failed=0
fail() {
    echo "FAIL $1: $2"
    failed=$((failed + 1))
    if [ "$verbose" = -v ] && [ $# -ge 4 ]; then
        diff "$3" "$4" | head -20
    fi
}

i=0
for f in "${files[@]}"; do
    base="$tmp/$i"
    i=$((i + 1))
    mode=file
    case "$(head -n 1 "$f")" in
        "# mode: single") mode=single ;;
        "# mode: eval") mode=eval ;;
    esac
    case "$f" in
        tests/parser/errors/*) want_error=1 ;;
        *) want_error=0 ;;
    esac
    if [ $want_error = 1 ]; then
        if [ ! -f "$base.err" ]; then
            fail "$f" "CPython accepts this file"
            continue
        fi
        "$tmp/parse_dump" --mode $mode "$f" | sed 's/ \[incomplete\]$//' > "$base.ours"
        if cmp -s "$base.ours" "$base.err"; then
            passed=$((passed + 1))
        else
            fail "$f" "$(cat "$base.ours") != $(cat "$base.err")"
        fi
        continue
    fi
    if [ ! -f "$base.dump" ]; then
        fail "$f" "CPython rejects this file: $(cat "$base.err")"
        continue
    fi
    "$tmp/parse_dump" --mode $mode "$f" > "$base.ours" 2>&1
    if ! cmp -s "$base.ours" "$base.dump"; then
        fail "$f" "AST differs" "$base.ours" "$base.dump"
        continue
    fi
    "$tmp/parse_dump" --positions --mode $mode "$f" > "$base.ours" 2>&1
    if ! cmp -s "$base.ours" "$base.pos"; then
        fail "$f" "positions differ" "$base.ours" "$base.pos"
        continue
    fi
    passed=$((passed + 1))
done

echo "$passed passed, $failed failed"
[ $failed = 0 ]
