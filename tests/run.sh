#!/usr/bin/env bash
# The test runner: `tests/run.sh CS [AREA...]` runs every test with the
# interpreter binary CS and ends with the line "N passed, M failed".
#
# A test is a script tests/AREA/NAME.cs (or .py) and its expectations:
#   NAME.out    the exact stdout (generated from CPython 3.11 where the
#               behaviour is Python's)
#   NAME.err    the exact stderr (default: must be empty); line numbers
#               inside the embedded stdlib ("<cs-stdlib>/...") are masked
#   NAME.code   the exit status (default: 0, or 1 when NAME.err exists)
#   NAME.args   command-line arguments, one line
#   NAME.in     stdin (default: /dev/null)
#   NAME.sort   (empty) the lines of stdout may come in any order: both
#               sides are sorted before comparing (threads that print)
# A script is run from its own directory, so tracebacks show "NAME.cs".
# The examples (examples/NAME.cs with NAME.out) are tests too, area
# "examples".
#
# Differential tests live in tests/diff/: each is run with both CS and
# python3 and their stdout and exit status must agree (skipped, with a
# notice, where python3 is absent).
#
# Script suites: tests/AREA/*.sh are run with CS as their argument and pass
# when they exit 0 (REPL tests in tmux, C unit tests, command-line tests).
#
# Every test has a timeout (30 s, 150 s under a sanitizer).
set -u
cs=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 2
areas=("$@")
limit=30
[ -n "${CS_SANITIZER:-}" ] && limit=150
python=""
for p in /usr/bin/python3.11 python3; do
    if command -v "$p" >/dev/null 2>&1; then
        python=$p
        break
    fi
done
export ASAN_OPTIONS="detect_leaks=0:allocator_may_return_null=1:abort_on_error=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1${TSAN_OPTIONS:+ $TSAN_OPTIONS}"
export CS_HISTORY=""

pass=0
fail=0
skipped_diff=0
failures=()
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

selected() {
    [ ${#areas[@]} -eq 0 ] && return 0
    local a
    for a in "${areas[@]}"; do
        # An area is a folder (threads) or a pattern inside one (diff/asyncio_*).
        # shellcheck disable=SC2254
        case "$1" in tests/"$a"/* | "$a"/* | tests/$a) return 0 ;; esac
    done
    return 1
}

report_fail() {
    fail=$((fail + 1))
    failures+=("$1")
    echo "FAIL $1"
    [ -n "${2:-}" ] && sed 's/^/    /' <<<"$2" | head -40
}

run_script() {
    # $1 script path relative to root; runs it in its directory.
    local script=$1 dir base stem
    dir=$(dirname "$script")
    base=$(basename "$script")
    stem=${script%.*}
    local args=() input=/dev/null
    [ -f "$stem.args" ] && read -r -a args <"$stem.args"
    [ -f "$stem.in" ] && input=$root/$stem.in
    (cd "$dir" && timeout -k 5 "$limit" "$cs" "$base" "${args[@]}" <"$input" >"$tmp/out" 2>"$tmp/raw_err")
    local code=$?
    # Tracebacks name the script by its absolute path; expectations hold
    # the path relative to the test's directory.
    # Line numbers inside the embedded stdlib change whenever a module
    # is edited; they are masked on both sides.
    sed -e "s|$root/$dir/||g" -e 's|\(File "<cs-stdlib>/[^"]*", line \)[0-9]*|\1N|' "$tmp/raw_err" >"$tmp/err"
    echo $code
}

for t in $(find tests examples -name '*.cs' -o -name '*.py' | sort); do
    case "$t" in
        tests/parser/*|tests/unit/*|tests/bench/*|*/_*|*/lib/*|*/data/*) continue ;;
    esac
    selected "$t" || continue
    stem=${t%.*}
    if [[ "$t" == tests/diff/* ]]; then
        if [ -z "$python" ]; then
            skipped_diff=$((skipped_diff + 1))
            continue
        fi
        code=$(run_script "$t")
        cp "$tmp/out" "$tmp/cs_out"
        (cd "$(dirname "$t")" && timeout -k 5 "$limit" "$python" "$(basename "$t")" </dev/null >"$tmp/py_out" 2>"$tmp/py_err")
        pycode=$?
        if [ "$code" != "$pycode" ] || ! cmp -s "$tmp/cs_out" "$tmp/py_out"; then
            report_fail "$t" "exit $code (python3: $pycode)
$(diff "$tmp/py_out" "$tmp/cs_out" | head -20)
$(head -5 "$tmp/err")"
        else
            pass=$((pass + 1))
        fi
        continue
    fi
    [ -f "$stem.out" ] || [ -f "$stem.err" ] || [ -f "$stem.code" ] || continue
    code=$(run_script "$t")
    want_code=0
    [ -f "$stem.err" ] && want_code=1
    [ -f "$stem.code" ] && want_code=$(cat "$stem.code")
    problems=""
    [ "$code" = "$want_code" ] || problems+="exit status $code, expected $want_code"$'\n'
    if [ -f "$stem.out" ] && [ -f "$stem.sort" ]; then
        sort "$tmp/out" >"$tmp/sorted_out"
        sort "$stem.out" | cmp -s "$tmp/sorted_out" - ||
            problems+="stdout differs (lines sorted):"$'\n'"$(sort "$stem.out" | diff - "$tmp/sorted_out" | head -20)"$'\n'
    elif [ -f "$stem.out" ]; then
        cmp -s "$tmp/out" "$stem.out" || problems+="stdout differs:"$'\n'"$(diff "$stem.out" "$tmp/out" | head -20)"$'\n'
    fi
    if [ -f "$stem.err" ]; then
        sed 's|\(File "<cs-stdlib>/[^"]*", line \)[0-9]*|\1N|' "$stem.err" >"$tmp/want_err"
        cmp -s "$tmp/err" "$tmp/want_err" || problems+="stderr differs:"$'\n'"$(diff "$tmp/want_err" "$tmp/err" | head -20)"$'\n'
    elif [ -s "$tmp/err" ]; then
        problems+="unexpected stderr:"$'\n'"$(head -20 "$tmp/err")"$'\n'
    fi
    if [ -z "$problems" ]; then
        pass=$((pass + 1))
    else
        report_fail "$t" "$problems"
    fi
done

for s in $(find tests -name '*.sh' ! -name run.sh ! -path 'tests/bench/*' | sort); do
    selected "$s" || continue
    # tests/unit suites build their own C harness: they take no binary.
    args=("$cs")
    case "$s" in tests/unit/*) [ -n "${CS_SANITIZER:-}" ] && continue; args=() ;; esac
    if out=$(timeout -k 5 $((limit * 10)) bash "$s" "${args[@]}" 2>&1); then
        pass=$((pass + 1))
    else
        report_fail "$s" "$(tail -20 <<<"$out")"
    fi
done

[ "$skipped_diff" -gt 0 ] && echo "note: $skipped_diff differential tests skipped (no python3 found)"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
