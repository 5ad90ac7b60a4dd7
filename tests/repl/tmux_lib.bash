# Helpers for the REPL tests: each test drives `cs` in a real terminal
# (a detached tmux session on a private server), types into it and polls
# the screen until the expected text shows. Sourced by tests/repl/*.sh,
# which receive the cs binary as $1; a test calls `check`/`fail` for each
# expectation and `finish` at the end (exit status 0 when all passed).
#
# Polling instead of sleeping keeps the tests fast on an idle machine and
# still correct on a loaded 2-core CI runner: every wait has a deadline
# (TIMEOUT seconds, scaled up under a sanitizer).

cs=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
if ! command -v tmux >/dev/null 2>&1; then
    echo "notice: tmux not found, skipping $(basename "$0")"
    exit 0
fi
unset TMUX
TIMEOUT=${TIMEOUT:-10}
[ -n "${CS_SANITIZER:-}" ] && TIMEOUT=$((TIMEOUT * 5))
sock="cs-test-$$"
sessions=0
tmp=$(mktemp -d)
failures=0
trap 'kill_server; rm -rf "$tmp"' EXIT

# Ends the current tmux server and removes its socket file.
kill_server() {
    local path
    path=$(tmux -L "$sock" display-message -p '#{socket_path}' 2>/dev/null)
    tmux -L "$sock" kill-server 2>/dev/null
    [ -n "$path" ] && rm -f "$path"
}

# A fresh tmux server (private socket) for each session, so that a
# server still shutting down never meets the next session.
new_server() {
    kill_server
    sessions=$((sessions + 1))
    sock="cs-test-$$-$sessions"
}

# The command a session runs: cs with the arguments, HOME in the test's
# directory, no history file unless HISTORY_FILE names one (HISTORY_FILE=
# default: CS_HISTORY unset, so cs uses ~/.cs_history).
command_line() {
    local history="CS_HISTORY=${HISTORY_FILE-}"
    [ "${HISTORY_FILE-}" = default ] && history="-u CS_HISTORY"
    echo "env $history HOME=$tmp TERM=xterm ${START_ENV:-} $cs $*"
}

# start [args...]: runs cs with the arguments (no quotes in them) in a
# fresh 100x30 terminal.
# A shell runs it and then prints "[exited STATUS]" right where cs left the
# cursor (the shell's report: tmux's own record of a dead pane's status
# sometimes never comes), then stays, so the screen can still be read.
# The shell survives Ctrl-C (`trap :`), while cs starts with SIGINT's
# default action, as from an interactive shell.
start() {
    new_server
    local cmd
    cmd=$(command_line "$@")
    tmux -L "$sock" -f /dev/null new-session -d -x 100 -y 30 \
        "sh -c 'trap : INT; $cmd; echo \"[exited \$?]\"; exec sleep 600'"
}

screen() {
    tmux -L "$sock" capture-pane -p -J -S -1000 2>/dev/null
}

# type TEXT: types literally (never interpreted as key names).
type_text() {
    tmux -L "$sock" send-keys -l -- "$1"
}

# key NAME...: presses keys (Enter, C-c, C-d, Tab, Up, ...).
key() {
    tmux -L "$sock" send-keys "$@"
}

# line TEXT: types TEXT and presses Enter.
line() {
    type_text "$1"
    key Enter
}

# paste TEXT: pastes as a terminal does (bracketed paste if the program asked for it).
paste() {
    tmux -L "$sock" set-buffer -- "$1"
    tmux -L "$sock" paste-buffer -p -d
}

fail() {
    failures=$((failures + 1))
    echo "FAIL: $1"
    echo "---- screen ----"
    screen | sed -e '/^$/d' -e 's/^/    /' | tail -25
    echo "----------------"
}

# poll CONDITION-FUNCTION: true once it succeeds before the deadline.
poll() {
    local deadline=$((SECONDS + TIMEOUT))
    while [ $SECONDS -lt $deadline ]; do
        "$@" && return 0
        sleep 0.02
    done
    "$@"
}

has_text() { screen | grep -qF -- "$1"; }
count_is_at_least() { [ "$(screen | grep -cF -- "$1")" -ge "$2" ]; }
last_line_is() { [ "$(screen | sed -e 's/[[:space:]]*$//' -e '/^$/d' | tail -1)" = "$1" ]; }
exited() { has_text "[exited "; }

# wait_text TEXT [WHAT]: waits until TEXT is on the screen.
wait_text() { poll has_text "$1" || fail "${2:-expected \"$1\" on the screen}"; }
# wait_count TEXT N: waits until N lines contain TEXT.
wait_count() { poll count_is_at_least "$1" "$2" || fail "expected $2 lines with \"$1\""; }
# wait_prompt [PROMPT]: waits until the last line is the prompt (default >>>).
wait_prompt() { poll last_line_is "${1:->>>}" || fail "expected the prompt \"${1:->>>}\" on the last line"; }
# line_after LINE NEXT: the line that follows LINE on the screen matches
# the pattern NEXT (say, '>>>*': LINE printed nothing before the prompt).
line_after() {
    local got
    got=$(screen | sed 's/[[:space:]]*$//' | grep -A1 -xF -- "$1" | tail -1)
    # shellcheck disable=SC2053
    [[ "$got" == $2 ]] || fail "after \"$1\" came \"$got\", expected \"$2\""
}
# no_text TEXT: the screen must not show TEXT.
no_text() { if has_text "$1"; then fail "unexpected \"$1\" on the screen"; fi; }

# wait_exit STATUS: waits until cs has exited, with STATUS (130 when killed
# by SIGINT).
wait_exit() {
    poll exited || { fail "cs did not exit"; return; }
    has_text "[exited $1]" || fail "cs exited with $(screen | grep -o '\[exited [0-9]*\]'), expected $1"
}

# alive: cs must still be running.
alive() { if exited; then fail "cs has exited"; fi; }

finish() {
    kill_server
    if [ "$failures" -gt 0 ]; then
        echo "$(basename "$0"): $failures failed"
        exit 1
    fi
    exit 0
}
