#!/usr/bin/env bash
# Stop means stop: every signal whose default action ends a program, sent to the dashboard while it
# waits for a key (idle) and while its main loop is busy and reads no input, must end it at once
# with the terminal restored: alternate screen off, cursor visible, icanon and echo back, and the
# exit status of that signal (128 + its number).
#
#   Tests/EndToEnd/signals.sh                  # tests .build/debug/coalition
#   COALITION_BIN=/path/to/coalition Tests/EndToEnd/signals.sh
#
# "Busy" is made deterministic by a test hook: with COALITION_TEST_BUSY_FILE set, Ctrl-B makes the
# dashboard's loop compute for 20 seconds without reading input, after creating that file; the
# test waits for the file (no fixed sleeps), then sends the signal. Same output conventions as
# run.sh: "ok - ..." or "not ok - ..." per check, then "N passed, M failed".
set -u

SUITE=signals
TIME_LIMIT=280
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/harness.sh"

BUSY=$TMPD/busy
export COALITION_TEST_BUSY_FILE=$BUSY
# The test's own shell must not die of the signals it sends to the dashboard.
start_server

# Every signal whose default action is to terminate (man 7 signal; IO is SIGPOLL), and the crash
# signals.
SIGNALS=(TERM INT HUP QUIT USR1 USR2 ALRM PIPE XCPU XFSZ VTALRM PROF IO SYS STKFLT PWR RTMIN RTMAX
    SEGV BUS ILL FPE ABRT TRAP)
# How long a signal may take to end the dashboard. It is handled at once; the slack is for a
# loaded two-core machine. A busy dashboard that only set a flag would run on for 20 seconds.
LIMIT_MS=1000

now_ms() { date +%s%3N; }

# signal_check NAME MODE (idle or busy)
signal_check() {
    local name=$1 mode=$2 tag pid number status started elapsed m
    tag=${name}_$mode
    number=$(kill -l "$name" 2>/dev/null) || { not_ok "$name ($mode): the shell knows the signal"; return; }
    rm -f "$BUSY"
    if ! start_dashboard "$tag" 100 30; then
        not_ok "$name ($mode): the dashboard did not start" "$SCREEN"
        return
    fi
    wait_fmt "$S" '#{alternate_on} #{cursor_flag}' '1 0'
    pid=$(dashboard_pid "$S")
    if [ -z "$pid" ]; then
        not_ok "$name ($mode): the dashboard's pid is found under the pane"
        return
    fi
    if [ "$mode" = busy ]; then
        keys "$S" C-b
        _busy_test() { [ -e "$BUSY" ]; }
        if ! poll _busy_test 5; then
            not_ok "$name ($mode): the dashboard became busy (test hook)" "$(screen "$S")"
            return
        fi
    fi
    started=$(now_ms)
    kill "-$name" "$pid"
    # Polls the process itself (a shell builtin, no sleep), up to 20 s.
    while kill -0 "$pid" 2>/dev/null && [ $(($(now_ms) - started)) -lt 20000 ]; do :; done
    elapsed=$(($(now_ms) - started))
    if ! wait_for "$S" "$tag EXIT=[0-9]+"; then
        not_ok "$name ($mode): the dashboard exits" "$SCREEN"
        return
    fi
    status=$(printf '%s\n' "$SCREEN" | grep -Eo "$tag EXIT=[0-9]+" | head -1)
    status=${status##*=}
    wait_fmt "$S" '#{alternate_on} #{cursor_flag}' '0 1'
    m=$FMT
    if [ "$status" = $((128 + number)) ] && [ "$m" = "0 1" ] && [ "$elapsed" -lt "$LIMIT_MS" ] \
        && grep -q "$tag EXIT=[0-9]* TTY=\[icanon echo\]" <<<"$SCREEN"; then
        ok "SIG$name while $mode: ended in $elapsed ms, exit $status, alternate_on cursor_flag = $m, icanon echo"
    else
        not_ok "SIG$name while $mode: want exit $((128 + number)) within $LIMIT_MS ms, alternate_on cursor_flag = 0 1, icanon echo" \
            "exit $status after $elapsed ms; alternate_on cursor_flag = $m"$'\n'"$SCREEN"
    fi
    tm kill-session -t "$S" 2>/dev/null
}

for name in ${ONLY_SIGNALS:-${SIGNALS[@]}}; do
    signal_check "$name" idle
    signal_check "$name" busy
done

# A signal ignored by the parent (as nohup ignores SIGHUP) stays ignored: the dashboard runs on,
# and q still quits it cleanly.
new_shell 100 30
typeline "$S" "trap '' HUP; $(run_line IGNORED)"
if wait_for "$S" "$HEADER_RE"; then
    pid=$(dashboard_pid "$S")
    kill -HUP "$pid"
    # Still drawing: a key that changes the screen is answered after the signal.
    keys "$S" 2
    if wait_for "$S" '1 Meetings.*|2 Resolutions' && kill -0 "$pid" 2>/dev/null; then
        keys "$S" q
        wait_for "$S" "IGNORED EXIT=[0-9]+"
        check "an ignored SIGHUP stays ignored (nohup), and q then quits with exit 0" "$SCREEN" \
            grep -q "IGNORED EXIT=0 TTY=\[icanon echo\]" <<<"$SCREEN"
    else
        not_ok "an ignored SIGHUP stays ignored (nohup)" "$SCREEN"
    fi
else
    not_ok "an ignored SIGHUP: the dashboard did not start" "$SCREEN"
fi

summary
