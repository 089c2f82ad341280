#!/usr/bin/env bash
# End-to-end tests of the mouse path of the built `coalition` binary: tmux types the bytes a
# terminal sends for clicks and wheel turns (SGR 1006 reports with TERM=xterm-256color, the older
# X10 reports with the harness's terminal), ncurses decodes them and the dashboard must move its
# selection and focus on screen.
#
#   Tests/EndToEnd/mouse.sh                   # tests .build/debug/coalition
#   COALITION_BIN=/path/to/coalition Tests/EndToEnd/mouse.sh
#
# Same conventions as run.sh: "ok - ..." or "not ok - ..." (with evidence) per check, then
# "N passed, M failed"; exits 1 when a check failed.
set -u

SUITE=mouse
TIME_LIMIT=60
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/harness.sh"

# --- helpers of this suite ------------------------------------------------------------------

# start_with_term TAG TERM ARGS...: a shell whose TERM is TERM, the dashboard started in it.
start_with_term() {
    local tag=$1 term=$2
    shift 2
    new_shell 120 40 || return 1
    typeline "$S" "export TERM=$term"
    typeline "$S" "$(run_line "$tag" "$@")"
    wait_for "$S" "$HEADER_RE"
}
# SGR 1006 reports: ESC [ < button ; column ; row M (pressed) or m (released), 1-based.
sgr_click() { keys "$S" -l $'\e[<0;'"$1;$2"$'M\e[<0;'"$1;$2"'m'; }
sgr_wheel_down() { keys "$S" -l $'\e[<65;'"$1;$2"'M'; }
# X10 reports: ESC [ M, then button, column and row each as one byte offset by 32 (1-based).
x10_click() {
    local column row
    column=$(printf "\\$(printf '%03o' $(($1 + 32)))")
    row=$(printf "\\$(printf '%03o' $(($2 + 32)))")
    keys "$S" -l $'\e[M '"$column$row"$'\e[M#'"$column$row"
}

# The text of screen line N (1-based, as the reports count) without its border and marker.
row_text() { sed -n "${1}p" <<<"$SCREEN" | sed 's/^│.//; s/│.*$//'; }
# The rows marked ">" (the current pane's selection), one a line.
selected() { grep -F '│>' <<<"$1" | sed 's/^│>//; s/│.*$//'; }
# The title line of the detail pane in the wide layout: its box's top border.
detail_header() { sed -n 2p <<<"$1" | sed 's/^.*┐┌─ //; s/ ─.*$//'; }
# The status bar: the screen's last line.
status_bar() { tail -1 <<<"$1"; }

# wait_selected TEXT: until the row marked ">" is TEXT.
wait_selected() {
    _want=$1
    _wait_selected_test() { SCREEN=$(screen "$S"); [ "$(selected "$SCREEN")" = "$_want" ]; }
    poll _wait_selected_test
}

# --- prerequisites --------------------------------------------------------------------------

if ! command -v tmux >/dev/null 2>&1; then
    not_ok "tmux is installed" "$(command -v tmux 2>&1)"
    summary
fi
if ! infocmp xterm-256color >/dev/null 2>&1; then
    not_ok "the xterm-256color terminfo entry is installed (ncurses-base)" "$(infocmp xterm-256color 2>&1)"
    summary
fi
start_server

# --- 1. SGR reports (xterm-256color asks for mode 1006) --------------------------------------

if start_with_term SGR xterm-256color --mouse; then
    wait_fmt "$S" '#{mouse_standard_flag} #{mouse_sgr_flag}' '1 1'
    check "1a --mouse with TERM=xterm-256color turns on click reports in SGR form" \
        "mouse_standard_flag mouse_sgr_flag = $FMT" [ "$FMT" = "1 1" ]

    # Line 3 is the first row of Meetings; line 6 its fourth.
    target=$(row_text 6)
    sgr_click 10 6
    if [ "$(selected "$SCREEN")" != "$target" ] && wait_selected "$target" \
        && [ "$(detail_header "$SCREEN")" = Meeting ]; then
        ok "1b a click on the fourth Meetings row selects it (\"$(cut -c1-40 <<<"$target")…\") and opens it in the detail"
    else
        not_ok "1b a click on the fourth Meetings row selects it" "want selected: $target"$'\n'"$SCREEN"
    fi

    target=$(row_text 9)
    sgr_wheel_down 10 6
    if wait_selected "$target"; then
        ok "1c the wheel turned down over Meetings moves the selection three rows"
    else
        not_ok "1c the wheel turned down over Meetings moves the selection three rows" "want selected: $target"$'\n'"$SCREEN"
    fi

    meeting=$target
    line=$(grep -n '┌─ 2 Resolutions' <<<"$SCREEN" | cut -d: -f1)
    target=$(row_text $((line + 3)))
    sgr_click 10 $((line + 3))
    if [ -n "$line" ] && wait_selected "$target" && [ "$(detail_header "$SCREEN")" = Resolution ] \
        && grep -qF "│*$meeting" <<<"$SCREEN"; then
        ok "1d a click on the third Resolutions row makes Resolutions the current pane; Meetings keeps its row marked *"
    else
        not_ok "1d a click on a Resolutions row makes it the current pane" \
            "Resolutions box at line ${line:-none}; want selected: $target; Meetings row: $meeting"$'\n'"$SCREEN"
    fi

    # In the detail, Down chooses a link rather than moving the list: the screen changes, the
    # list's row stays.
    resolution=$target
    bar=$(status_bar "$SCREEN")
    sgr_click 80 10
    _bar_changed() { SCREEN=$(screen "$S"); [ "$(status_bar "$SCREEN")" != "$bar" ]; }
    if poll _bar_changed; then
        focused=$SCREEN
        keys "$S" Down
        _screen_changed() { SCREEN=$(screen "$S"); [ "$SCREEN" != "$focused" ]; }
        if poll _screen_changed && [ "$(selected "$SCREEN")" = "$resolution" ]; then
            ok "1e a click in the detail pane gives it the focus (the status bar changes); Down then acts there, not on the list"
        else
            not_ok "1e after a click in the detail pane, Down acts there and leaves the list's row" \
                "want selected: $resolution"$'\n'"$SCREEN"
        fi
    else
        not_ok "1e a click in the detail pane gives it the focus (the status bar changes)" "status bar before: $bar"$'\n'"$SCREEN"
    fi

    keys "$S" q
    wait_for "$S" 'SGR EXIT=[0-9]+' >/dev/null
    wait_fmt "$S" '#{alternate_on} #{mouse_any_flag} #{mouse_standard_flag} #{mouse_sgr_flag}' '0 0 0 0'
    check "1f q exits 0 and turns mouse reports off again" \
        "alternate_on mouse_any_flag mouse_standard_flag mouse_sgr_flag = $FMT"$'\n'"$SCREEN" \
        bash -c '[ "$1" = "0 0 0 0" ] && grep -q "SGR EXIT=0 " <<<"$2"' _ "$FMT" "$SCREEN"
else
    not_ok "1 the dashboard starts with --mouse and TERM=xterm-256color" "$SCREEN"
fi

# --- 2. X10 reports (the harness's terminal) --------------------------------------------------

if start_dashboard X10 120 40 --mouse; then
    target=$(row_text 7)
    x10_click 10 7
    if wait_selected "$target"; then
        ok "2 with TERM=$TERMNAME, an X10 click on the fifth Meetings row selects it"
    else
        not_ok "2 with TERM=$TERMNAME, an X10 click on the fifth Meetings row selects it" "want selected: $target"$'\n'"$SCREEN"
    fi
    keys "$S" q
else
    not_ok "2 the dashboard starts with --mouse" "$SCREEN"
fi

# --- 3. without --mouse ---------------------------------------------------------------------------

if start_with_term PLAIN xterm-256color; then
    modes=$(fmt "$S" '#{mouse_any_flag} #{mouse_standard_flag} #{mouse_sgr_flag}')
    check "3 without --mouse the dashboard asks for no mouse reports" \
        "mouse_any_flag mouse_standard_flag mouse_sgr_flag = $modes" [ "$modes" = "0 0 0" ]
    keys "$S" q
else
    not_ok "3 the dashboard starts without --mouse" "$SCREEN"
fi

summary
