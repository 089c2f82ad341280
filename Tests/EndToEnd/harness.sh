# Shared by the tmux end-to-end suites (run.sh, faults.sh): the binary and data to test, a private
# tmux server and temporary folder removed on exit, the ok/not ok bookkeeping and the helpers that
# drive and read panes. A suite sets SUITE (a short name) and TIME_LIMIT (seconds) and sources this.

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BIN=${COALITION_BIN:-.build/debug/coalition}
case $BIN in /*) ;; *) BIN=$ROOT/$BIN ;; esac
DATA=$ROOT/data
RUNNER=$HERE/pane-run.sh
MARRAKESH=mtg-2022-05-11-marrakesh

# A UTF-8 locale, so tmux keeps box drawing and the dashboard draws the same screen everywhere.
if locale -a 2>/dev/null | grep -qix 'c.utf-\{0,1\}8'; then
    export LC_ALL=C.UTF-8
else
    export LC_ALL=en_US.UTF-8
fi
export LANG=$LC_ALL
unset TMUX NO_COLOR ESCDELAY COALITION_DATA

SOCKET=coalition-$SUITE-$$
TMPD=$(mktemp -d "${TMPDIR:-/tmp}/coalition-$SUITE.XXXXXX")
# Snapshots of the test data go to the suite's own folder, never the user's ~/.cache.
export XDG_CACHE_HOME=$TMPD/cache
tm() { tmux -L "$SOCKET" "$@"; }
SOCKET_PATH=
cleanup() {
    tmux -L "$SOCKET" kill-server >/dev/null 2>&1
    # tmux leaves its socket file behind.
    [ -n "$SOCKET_PATH" ] && rm -f "$SOCKET_PATH"
    rm -rf "$TMPD"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

PASSED=0
FAILED=0
# Waits never run past this point, so a broken binary cannot make the run take minutes.
DEADLINE=$((SECONDS + TIME_LIMIT))

ok() { PASSED=$((PASSED + 1)); printf 'ok - %s\n' "$1"; }
not_ok() {
    FAILED=$((FAILED + 1))
    printf 'not ok - %s\n' "$1"
    if [ $# -gt 1 ] && [ -n "$2" ]; then printf '%s\n' "$2" | sed 's/^/#   /'; fi
}
# check NAME EVIDENCE COMMAND...: ok when COMMAND succeeds, else not ok with EVIDENCE.
check() {
    local name=$1 evidence=$2
    shift 2
    if "$@"; then ok "$name"; else not_ok "$name" "$evidence"; fi
}
summary() {
    printf '%d passed, %d failed\n' "$PASSED" "$FAILED"
    [ "$FAILED" -eq 0 ]
    exit $?
}

# --- tmux helpers ---------------------------------------------------------------------------

SESSION_COUNT=0
# new_shell COLS ROWS: a fresh session running an interactive bash with the prompt "$ ", its pane
# titled "before-N" so a title change can be seen; sets S and TITLE.
new_shell() {
    SESSION_COUNT=$((SESSION_COUNT + 1))
    S=t$SESSION_COUNT
    TITLE=before-$SESSION_COUNT
    tm new-session -d -s "$S" -c "$TMPD" -x "$1" -y "$2" \
        "env PS1='\$ ' HISTFILE=/dev/null bash --norc --noprofile -i" || return 1
    tm select-pane -t "$S" -T "$TITLE"
    wait_for "$S" '^\$ ?$'
}
# screen SESSION [-J]: the visible text of the pane.
screen() { tm capture-pane -p ${2:-} -t "$1" 2>&1; }
# fmt SESSION FORMAT: a tmux format, e.g. '#{alternate_on}'.
fmt() { tm display-message -p -t "$1" "$2" 2>&1; }
# typeline SESSION TEXT: types TEXT literally, then Enter.
typeline() { tm send-keys -t "$1" -l "$2" && tm send-keys -t "$1" Enter; }
keys() { local s=$1; shift; tm send-keys -t "$s" "$@"; }

# poll FUNCTION [SECONDS]: retries FUNCTION every 50 ms until it succeeds or time runs out.
poll() {
    local test=$1 limit=${2:-5} tries left
    left=$((DEADLINE - SECONDS))
    [ "$left" -lt "$limit" ] && limit=$left
    tries=$((limit * 20))
    [ "$tries" -lt 6 ] && tries=6
    while :; do
        "$test" && return 0
        tries=$((tries - 1))
        [ "$tries" -le 0 ] && return 1
        sleep 0.05
    done
}
# wait_for SESSION REGEX [SECONDS] [-J]: until the screen matches REGEX (grep -E); SCREEN holds it.
# A match counts once a second capture 20 ms later is the same: a capture taken while a frame is
# still arriving can match in its new top half and keep the old frame's status bar below.
wait_for() {
    _ws=$1 _wre=$2 _wj=${4:-}
    _wait_for_test() {
        SCREEN=$(screen "$_ws" "$_wj")
        printf '%s\n' "$SCREEN" | grep -Eq -- "$_wre" || return 1
        sleep 0.02
        [ "$(screen "$_ws" "$_wj")" = "$SCREEN" ]
    }
    poll _wait_for_test "${3:-5}"
}
# wait_fmt SESSION FORMAT EXPECTED: until the format expands to EXPECTED; FMT holds the last value.
wait_fmt() {
    _fs=$1 _ff=$2 _fe=$3
    _wait_fmt_test() { FMT=$(fmt "$_fs" "$_ff"); [ "$FMT" = "$_fe" ]; }
    poll _wait_fmt_test "${4:-3}"
}
# The header line of the dashboard, whatever the counts.
HEADER_RE='Coalition · [0-9]+ meetings · [0-9]+ resolutions · [0-9]+ Africa Focus Group sessions · [0-9]+ members'
# q TEXT: TEXT quoted for a shell line.
q() { printf '%q' "$1"; }
# run_line TAG ARGS...: the shell line that runs the dashboard through the pane runner.
run_line() {
    local tag=$1 line
    shift
    line="clear; bash $(q "$RUNNER") $(q "$tag") $(q "$BIN")"
    for a in "$@"; do line+=" $(q "$a")"; done
    printf '%s' "$line"
}
# start_dashboard TAG COLS ROWS ARGS...: new shell, dashboard started, header awaited.
start_dashboard() {
    local tag=$1 cols=$2 rows=$3
    shift 3
    new_shell "$cols" "$rows" || return 1
    typeline "$S" "$(run_line "$tag" "$@")"
    wait_for "$S" "$HEADER_RE"
}
# dashboard_pid SESSION: the pid of the dashboard running somewhere under the pane's shell.
dashboard_pid() {
    local queue next p args
    queue=$(fmt "$1" '#{pane_pid}')
    while [ -n "$queue" ]; do
        next=
        for p in $queue; do
            args=$(ps -o args= -p "$p" 2>/dev/null)
            case $args in "$BIN"*) printf '%s\n' "$p"; return 0 ;; esac
            next+=" $(pgrep -P "$p" | tr '\n' ' ')"
        done
        queue=$(echo $next)
    done
    return 1
}
# modes SESSION: "alternate_on cursor_flag" of the pane.
modes() { fmt "$1" '#{alternate_on} #{cursor_flag}'; }

# start_server: checks the binary, then starts the private tmux server with the options every
# session shares; a placeholder session keeps the server up while they are set.
start_server() {
    if [ ! -x "$BIN" ]; then
        not_ok "the binary exists: $BIN (build it with swift build)" "$(ls -l "$BIN" 2>&1)"
        summary
    fi
    if infocmp tmux-256color >/dev/null 2>&1; then TERMNAME=tmux-256color; else TERMNAME=screen; fi
    tm -f /dev/null new-session -d -s keep -x 80 -y 24 'sleep 300' || {
        not_ok "a private tmux server starts" "$(tm -f /dev/null new-session -d -s keep2 'sleep 1' 2>&1)"
        summary
    }
    SOCKET_PATH=$(tm display-message -p '#{socket_path}')
    tm set-option -g default-terminal "$TERMNAME" >/dev/null
    tm set-option -g remain-on-exit on >/dev/null
    tm set-option -g history-limit 100 >/dev/null
    tm set-option -g status off >/dev/null
}
