# Helpers for the command-line tests: tests/cli/*.sh receive the cs binary
# as $1, source this file, call `check` once per case and `finish` at the
# end (exit status 0 when every case passed, else a list of what failed).
# The expected texts were taken from CPython 3.11 running the same cases.

cs=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
# A hermetic environment: no CS_* settings from the caller.
unset CS_PATH CS_UNBUFFERED CS_STARTUP CS_GILSWITCH CS_GILTRACE CS_GILSTATS
export CS_HISTORY=""

# check NAME STATUS STDOUT STDERR COMMAND...
# Runs COMMAND with stdin from $INPUT (default /dev/null) and compares its
# exit status, stdout and stderr. An expectation "*" accepts anything; one
# starting with "~" only has to occur in the output.
check() {
    local name=$1 want_status=$2 want_out=$3 want_err=$4
    shift 4
    "$@" <"${INPUT:-/dev/null}" >"$tmp/out" 2>"$tmp/err"
    local status=$?
    local out err problems=""
    out=$(cat "$tmp/out"; echo x)
    out=${out%x}
    err=$(cat "$tmp/err"; echo x)
    err=${err%x}
    [ "$want_status" = "*" ] || [ "$status" = "$want_status" ] ||
        problems+="  exit status $status, expected $want_status"$'\n'
    matches "$out" "$want_out" || problems+="  stdout: $(printf %q "$out")"$'\n'"  expected: $(printf %q "$want_out")"$'\n'
    matches "$err" "$want_err" || problems+="  stderr: $(printf %q "$err")"$'\n'"  expected: $(printf %q "$want_err")"$'\n'
    if [ -n "$problems" ]; then
        failures=$((failures + 1))
        echo "FAIL: $name"
        printf '%s' "$problems"
    fi
}

matches() {
    local got=$1 want=$2
    case "$want" in
        "*") return 0 ;;
        "~"*) [[ "$got" == *"${want#\~}"* ]] ;;
        *) [ "$got" = "$want" ] ;;
    esac
}

finish() {
    if [ "$failures" -gt 0 ]; then
        echo "$(basename "$0"): $failures failed"
        exit 1
    fi
    exit 0
}
