#!/usr/bin/env bash
# End-to-end tests of the built `coalition` binary, driven in real terminals with tmux.
#
#   Tests/EndToEnd/run.sh                     # tests .build/debug/coalition
#   COALITION_BIN=/path/to/coalition Tests/EndToEnd/run.sh
#
# Prints "ok - ..." or "not ok - ..." (with the captured evidence) for every check, then one line
# "N passed, M failed". Exits 1 when any check failed. Needs tmux; writes only into a temporary
# folder, removed on exit together with the private tmux server.
set -u

SUITE=e2e
TIME_LIMIT=100
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/harness.sh"

# --- helpers of this suite ------------------------------------------------------------------

# wait_gone SESSION REGEX [SECONDS]: until the screen no longer matches REGEX.
wait_gone() {
    _ws=$1 _wre=$2
    _wait_gone_test() { SCREEN=$(screen "$_ws"); ! printf '%s\n' "$SCREEN" | grep -Eq -- "$_wre"; }
    poll _wait_gone_test "${3:-5}"
}
# wait_change SESSION FUNCTION OLD: until FUNCTION (screen text on stdin) prints something else.
wait_change() {
    _cs=$1 _cf=$2 _co=$3
    _wait_change_test() {
        SCREEN=$(screen "$_cs")
        CHANGED=$(printf '%s\n' "$SCREEN" | "$_cf")
        [ -n "$CHANGED" ] && [ "$CHANGED" != "$_co" ]
    }
    poll _wait_change_test "${4:-5}"
}

# search_for TEXT: types / TEXT Enter in the dashboard of session S, waiting for each step to show.
search_for() {
    keys "$S" /
    wait_for "$S" '^ /' >/dev/null
    keys "$S" -l "$1"
    wait_for "$S" "^ /$1" >/dev/null
    keys "$S" Enter
}

# The first content line of the detail pane in the wide layout (the record's title).
detail_title() { sed -n 3p | sed 's/^.*││//; s/ *│ *$//'; }
# Every selected row (marked ">") plus the detail title: what "the selection" looks like.
selection() {
    local text
    text=$(cat)
    printf '%s\n' "$text" | grep -F '│>' | sed 's/^│>//; s/│.*$//'
    printf '%s\n' "$text" | detail_title
}


# --- prerequisites --------------------------------------------------------------------------

if ! command -v tmux >/dev/null 2>&1; then
    not_ok "tmux is installed" "$(command -v tmux 2>&1)"
    summary
fi
start_server

# --- 1. start-up ------------------------------------------------------------------------------

if start_dashboard START 120 40; then
    first=$(printf '%s\n' "$SCREEN" | sed -n 1p)
    if printf '%s\n' "$first" | grep -Eq "$HEADER_RE" \
        && printf '%s\n' "$SCREEN" | grep -Eq '┌─ 1 Meetings · by date \([0-9]+\)' \
        && printf '%s\n' "$SCREEN" | grep -Eq '┌─ Meeting '; then
        ok "1 start at 120x40: header counts meetings, resolutions, Africa Focus Group sessions, members; Meetings pane shown"
    else
        not_ok "1 start at 120x40: header counts and Meetings pane" "$SCREEN"
    fi
else
    not_ok "1 start at 120x40: the dashboard draws its header" "$SCREEN"
fi

# --- 2. moving --------------------------------------------------------------------------------

if start_dashboard MOVE 120 40; then
    before=$(printf '%s\n' "$SCREEN" | detail_title)
    keys "$S" j j
    if wait_change "$S" detail_title "$before"; then
        ok "2 j j moves the selection (detail title \"$before\" -> \"$CHANGED\")"
    else
        not_ok "2 j j moves the selection (detail title stayed \"$before\")" "$SCREEN"
    fi
else
    not_ok "2 j j moves the selection: the dashboard did not start" "$SCREEN"
fi

# --- 3. region filter ---------------------------------------------------------------------------

if start_dashboard REGION 120 40; then
    keys "$S" r
    if wait_for "$S" 'Filter by region'; then
        keys "$S" -l africa
        wait_for "$S" 'Region: africa' >/dev/null
        keys "$S" Enter
        if wait_for "$S" 'Meetings · by date \([0-9]+ of [0-9]+\)' \
            && [[ $SCREEN =~ Meetings\ ·\ by\ date\ \(([0-9]+)\ of\ ([0-9]+)\) ]] \
            && [ "${BASH_REMATCH[1]}" -lt "${BASH_REMATCH[2]}" ] \
            && printf '%s\n' "$SCREEN" | sed -n 1p | grep -q 'Region: '; then
            ok "3a r, \"africa\", Enter filters: header shows Region:, Meetings (${BASH_REMATCH[1]} of ${BASH_REMATCH[2]})"
            keys "$S" R
            if wait_for "$S" '┌─ 1 Meetings · by date \([0-9]+\)' && ! printf '%s\n' "$SCREEN" | sed -n 1p | grep -q 'Region:'; then
                ok "3b R clears the region filter"
            else
                not_ok "3b R clears the region filter" "$SCREEN"
            fi
        else
            not_ok "3a r, \"africa\", Enter filters (Region: in header, Meetings (N of M) with N < M)" "$SCREEN"
            not_ok "3b R clears the region filter (not tried: no filter applied)"
        fi
    else
        not_ok "3a r opens the region picker" "$SCREEN"
        not_ok "3b R clears the region filter (not tried: no picker)"
    fi
else
    not_ok "3 region filter: the dashboard did not start" "$SCREEN"
fi

# --- 4. search ----------------------------------------------------------------------------------

if start_dashboard SEARCH 120 40; then
    search_for marrakesh
    if wait_for "$S" 'Search: .marrakesh' && wait_gone "$S" '^ /marrakesh' \
        && printf '%s\n' "$SCREEN" | selection | grep -qi marrakesh; then
        ok "4a / marrakesh Enter: header shows Search, the selection is about Marrakesh ($(printf '%s\n' "$SCREEN" | detail_title))"
        before=$(printf '%s\n' "$SCREEN" | selection)
        keys "$S" n
        if wait_change "$S" selection "$before"; then
            ok "4b n moves to the next match ($(printf '%s\n' "$SCREEN" | detail_title))"
        else
            not_ok "4b n moves to the next match" "$SCREEN"
        fi
    else
        not_ok "4a / marrakesh Enter: header shows Search and the selection mentions Marrakesh" "$SCREEN"
        not_ok "4b n moves to the next match (not tried)"
    fi
else
    not_ok "4 search: the dashboard did not start" "$SCREEN"
fi

# --- 5. details and links ---------------------------------------------------------------------

if start_dashboard LINKS 120 40; then
    search_for marrakesh
    if wait_for "$S" 'Search: .marrakesh' && wait_gone "$S" '^ /marrakesh' \
        && printf '%s\n' "$SCREEN" | grep -F '│>' | head -1 | grep -qi marrakesh; then
        keys "$S" Enter
        # The status bar of an open detail offers "Esc back".
        if wait_for "$S" '^ .*Esc back.*q quit'; then
            keys "$S" Down
            # Once a link is chosen the status bar offers to follow it; go on regardless, since
            # whether Enter followed a link is what is checked next.
            wait_for "$S" 'Enter follow' 2 >/dev/null
            keys "$S" Enter
            if wait_for "$S" '┌─ Resolution' && printf '%s\n' "$SCREEN" | grep -Eq 'Id +res-'; then
                ok "5a Marrakesh meeting, Enter, Down, Enter follows a link: the detail shows a Resolution ($(printf '%s\n' "$SCREEN" | grep -Eo 'res-[a-z0-9-]+' | head -1))"
                keys "$S" Escape
                if wait_for "$S" '┌─ Meeting' && printf '%s\n' "$SCREEN" | grep -q "$MARRAKESH" \
                    && printf '%s\n' "$SCREEN" | detail_title | grep -qi marrakesh; then
                    ok "5b Esc goes back to the Marrakesh meeting"
                else
                    not_ok "5b Esc goes back to the Marrakesh meeting" "$SCREEN"
                fi
            else
                not_ok "5a Down then Enter on a resolution link opens a Resolution" "$SCREEN"
                not_ok "5b Esc goes back to the meeting (not tried)"
            fi
        else
            not_ok "5a Enter opens the meeting's details (status bar offers Esc back)" "$SCREEN"
            not_ok "5b Esc goes back to the meeting (not tried)"
        fi
    else
        not_ok "5a the search selects the Marrakesh meeting" "$SCREEN"
        not_ok "5b Esc goes back to the meeting (not tried)"
    fi
else
    not_ok "5 details and links: the dashboard did not start" "$SCREEN"
fi

# --- 6. resizing --------------------------------------------------------------------------------

if start_dashboard RESIZE 120 40; then
    tm resize-window -t "$S" -x 70 -y 30
    if wait_for "$S" '^ *1 Meetings +2 Resolutions +3 Africa Focus Group +4 Members'; then
        ok "6a resized to 70x30: the tab bar layout appears"
    else
        not_ok "6a resized to 70x30: the tab bar layout appears" "$SCREEN"
    fi
    tm resize-window -t "$S" -x 30 -y 8
    if wait_for "$S" 'terminal too small'; then
        ok "6b resized to 30x8: \"terminal too small\""
    else
        not_ok "6b resized to 30x8: \"terminal too small\"" "$SCREEN"
    fi
    tm resize-window -t "$S" -x 120 -y 40
    if wait_for "$S" '┌─ 1 Meetings · by date \([0-9]+\).*┌─ Meeting' && wait_gone "$S" 'too small|^ *1 Meetings +2 Resolutions' \
        && printf '%s\n' "$SCREEN" | sed -n 1p | grep -Eq "$HEADER_RE"; then
        ok "6c back to 120x40: the normal screen again"
    else
        not_ok "6c back to 120x40: the normal screen again" "$SCREEN"
    fi
else
    not_ok "6 resize: the dashboard did not start" "$SCREEN"
fi

# --- 7. help ------------------------------------------------------------------------------------

if start_dashboard HELP 120 40; then
    keys "$S" '?'
    if wait_for "$S" 'Keys' && printf '%s\n' "$SCREEN" | grep -q 'next pane' \
        && printf '%s\n' "$SCREEN" | grep -q 'filter by region' \
        && printf '%s\n' "$SCREEN" | grep -q 'search all panes' \
        && printf '%s\n' "$SCREEN" | grep -Eq ' q +quit'; then
        ok "7a ? shows Keys with summaries (next pane, filter by region, search all panes, quit)"
    else
        not_ok "7a ? shows Keys with summaries" "$SCREEN"
    fi
    keys "$S" Escape
    if wait_gone "$S" 'Keys|filter by region' && printf '%s\n' "$SCREEN" | grep -Eq "$HEADER_RE"; then
        ok "7b Esc closes the help"
    else
        not_ok "7b Esc closes the help" "$SCREEN"
    fi
else
    not_ok "7 help: the dashboard did not start" "$SCREEN"
fi

# --- 8. quitting with q restores the terminal ---------------------------------------------------

if start_dashboard QUIT 120 40; then
    wait_fmt "$S" '#{alternate_on} #{cursor_flag}' '1 0'
    check "8a while running: alternate screen on, cursor hidden (alternate_on cursor_flag = 1 0)" \
        "alternate_on cursor_flag = $FMT" [ "$FMT" = "1 0" ]
    keys "$S" q
    if wait_for "$S" 'QUIT EXIT=[0-9]+'; then
        check "8b q exits with status 0" "$SCREEN" grep -q 'QUIT EXIT=0 ' <<<"$SCREEN"
        wait_fmt "$S" '#{alternate_on} #{cursor_flag}' '0 1'
        check "8c after q: main screen, cursor shown (alternate_on cursor_flag = 0 1)" \
            "alternate_on cursor_flag = $FMT" [ "$FMT" = "0 1" ]
        check "8d after q: icanon and echo on as the dashboard left them" "$SCREEN" \
            grep -q 'QUIT EXIT=[0-9]* TTY=\[icanon echo\]' <<<"$SCREEN"
        typeline "$S" 'echo "SHELLTTY=[$(stty -a | tr " ;" "\n\n" | grep -xE -- "-?(icanon|echo)" | tr "\n" " ")]"'
        if wait_for "$S" 'SHELLTTY=\[[a-z -]*\]'; then
            check "8e stty -a in the pane's shell afterwards: icanon and echo on" "$SCREEN" \
                grep -q 'SHELLTTY=\[icanon echo \]' <<<"$SCREEN"
        else
            not_ok "8e stty -a in the pane's shell afterwards: icanon and echo on (no answer)" "$SCREEN"
        fi
    else
        not_ok "8b q exits (no exit status seen)" "$SCREEN"
    fi
else
    not_ok "8 quit: the dashboard did not start" "$SCREEN"
fi

# --- 9. Ctrl-C, SIGTERM and SIGHUP ---------------------------------------------------------------

# stop_check TAG HOW EXPECTED-STATUS-REGEX DESCRIPTION
stop_check() {
    local tag=$1 how=$2 want=$3 what=$4 pid status
    if ! start_dashboard "$tag" 120 40; then
        not_ok "$what: the dashboard did not start" "$SCREEN"
        return
    fi
    wait_fmt "$S" '#{alternate_on} #{cursor_flag}' '1 0'
    case $how in
        C-c) keys "$S" C-c ;;
        *)
            pid=$(dashboard_pid "$S")
            if [ -z "$pid" ]; then
                not_ok "$what: the dashboard's pid is found under the pane" "$(ps -ef 2>&1 | grep -F "$BIN")"
                return
            fi
            kill "-$how" "$pid"
            ;;
    esac
    if ! wait_for "$S" "$tag EXIT=[0-9]+"; then
        not_ok "$what: the dashboard exits" "$SCREEN"
        return
    fi
    status=$(printf '%s\n' "$SCREEN" | grep -Eo "$tag EXIT=[0-9]+" | head -1)
    status=${status##*=}
    wait_fmt "$S" '#{alternate_on} #{cursor_flag}' '0 1'
    local m=$FMT
    if [[ $status =~ ^($want)$ ]] && [ "$m" = "0 1" ] \
        && grep -q "$tag EXIT=[0-9]* TTY=\[icanon echo\]" <<<"$SCREEN"; then
        ok "$what: exit status $status, terminal restored (alternate_on cursor_flag = $m, icanon echo)"
    else
        not_ok "$what: want exit status $want, alternate_on cursor_flag = 0 1, icanon echo" \
            "exit status $status; alternate_on cursor_flag = $m"$'\n'"$SCREEN"
    fi
}
stop_check CTRLC C-c '0|130' "9a Ctrl-C quits cleanly"
stop_check SIGTERM TERM 143 "9b SIGTERM"
stop_check SIGHUP HUP 129 "9c SIGHUP"
stop_check SIGSEGV SEGV 139 "9d a crash signal (SIGSEGV): the crash handler restores the terminal and re-raises"

# --- 10. not a terminal ---------------------------------------------------------------------------

if new_shell 120 40; then
    typeline "$S" "clear; $(q "$BIN") 2>$(q "$TMPD/pipe.err") | cat >$(q "$TMPD/pipe.out"); echo \"PIPE EXIT=\${PIPESTATUS[0]}\""
    if wait_for "$S" 'PIPE EXIT=[0-9]+'; then
        status=$(printf '%s\n' "$SCREEN" | grep -Eo 'PIPE EXIT=[0-9]+' | head -1)
        status=${status##*=}
        message=$(cat "$TMPD/pipe.err" "$TMPD/pipe.out" 2>&1)
        if [ "$status" != 0 ] && ! LC_ALL=C grep -q $'\x1b' "$TMPD/pipe.out" \
            && grep -q 'render' <<<"$message" && grep -qi 'terminal' <<<"$message"; then
            ok "10a coalition | cat: exit $status, no ESC on stdout, message: $(head -1 <<<"$message")"
        else
            not_ok "10a coalition | cat: non-zero exit, no ESC byte in stdout, a message mentioning render" \
                "exit $status; stdout+stderr:"$'\n'"$(cat -v <<<"$message" | head -20)"
        fi
    else
        not_ok "10a coalition | cat: finishes" "$SCREEN"
    fi
else
    not_ok "10a coalition | cat: no shell" "$SCREEN"
fi

# term_check TAG ENV-PREFIX DESCRIPTION: runs the dashboard with a changed TERM in a terminal.
term_check() {
    local tag=$1 prefix=$2 what=$3 status message
    if ! new_shell 120 40; then
        not_ok "$what: no shell" "$SCREEN"
        return
    fi
    typeline "$S" "clear; $prefix $(run_line "$tag" | sed 's/^clear; //')"
    if ! wait_for "$S" "$tag EXIT=[0-9]+" 5 -J; then
        not_ok "$what: finishes" "$SCREEN"
        return
    fi
    status=$(printf '%s\n' "$SCREEN" | grep -Eo "$tag EXIT=[0-9]+" | head -1)
    status=${status##*=}
    message=$(grep -vF 'pane-run.sh' <<<"$SCREEN")
    if [ "$status" != 0 ] && grep -q 'render' <<<"$message" && grep -q 'TERM' <<<"$message" \
        && [ "$(modes "$S")" = "0 1" ]; then
        ok "$what: exit $status with a clear message ($(grep -m1 'TERM' <<<"$message" | cut -c1-90))"
    else
        not_ok "$what: non-zero exit and a message naming TERM and render" \
            "exit $status; alternate_on cursor_flag = $(modes "$S")"$'\n'"$SCREEN"
    fi
}
term_check DUMB 'TERM=dumb' "10b TERM=dumb coalition"
term_check NOTERM 'env -u TERM' "10c env -u TERM coalition"

# --- 11. hostile data -------------------------------------------------------------------------

HOSTILE=$TMPD/hostile
cp -R "$DATA" "$HOSTILE"
# In the meeting with id $MARRAKESH, replace the title with one full of terminal controls.
EVIL='Marrakesh \\u001b]0;PWNED\\u0007 clear\\u001b[2J c1\\u009b31m bidi\\u202eevil cr\\rEND'
sed -i.bak "/\"id\": \"$MARRAKESH\"/,/\"title\":/ s|\"title\": \"[^\"]*\"|\"title\": \"$EVIL\"|" "$HOSTILE/meetings.json"
rm -f "$HOSTILE/meetings.json.bak"
if ! grep -q 'PWNED' "$HOSTILE/meetings.json"; then
    not_ok "11 hostile data: the meeting title could be replaced" "$(grep -n -A2 "$MARRAKESH\"" "$HOSTILE/meetings.json" | head)"
else
    # Harness sanity: this tmux does take a title from OSC 0, so the pane_title check can fail.
    if new_shell 80 24; then
        typeline "$S" "printf '\\033]0;PWNED\\007'"
        wait_fmt "$S" '#{pane_title}' PWNED
        check "11a (harness) a raw OSC 0 sets tmux's pane_title" "pane_title = $FMT" [ "$FMT" = PWNED ]
    fi
    if start_dashboard HOSTILE 120 40 --data "$HOSTILE" --select "$MARRAKESH"; then
        if wait_for "$S" 'PWNED'; then
            title=$(fmt "$S" '#{pane_title}')
            if grep -qF '^[]0;PWNED' <<<"$SCREEN" && grep -qF '^[[2J' <<<"$SCREEN" \
                && ! LC_ALL=C grep -q $'\xe2\x80\xae' <<<"$SCREEN" \
                && grep -Eq "$HEADER_RE" <<<"$SCREEN" && [[ $title != *PWNED* ]]; then
                ok "11b the dashboard shows the controls escaped (^[]0;PWNED, ^[[2J), no raw U+202E, pane_title \"$title\""
            else
                not_ok "11b the dashboard shows the controls escaped, no raw U+202E, pane_title not PWNED" \
                    "pane_title = $title"$'\n'"$(cat -v <<<"$SCREEN")"
            fi
        else
            not_ok "11b the hostile meeting's title is shown" "$(fmt "$S" '#{pane_title}')"$'\n'"$SCREEN"
        fi
        keys "$S" q
        wait_for "$S" 'HOSTILE EXIT=' >/dev/null
    else
        not_ok "11b the dashboard starts on the hostile data" "$SCREEN"
    fi
    "$BIN" render --size 120x40 --data "$HOSTILE" --select "$MARRAKESH" >"$TMPD/hostile.out" 2>"$TMPD/hostile.err"
    status=$?
    bad=
    LC_ALL=C grep -q $'\x1b' "$TMPD/hostile.out" && bad+=" ESC(1b)"
    LC_ALL=C grep -q $'\xc2\x9b' "$TMPD/hostile.out" && bad+=" C1-CSI(c2 9b)"
    LC_ALL=C grep -q $'\x07' "$TMPD/hostile.out" && bad+=" BEL(07)"
    LC_ALL=C grep -q $'\r' "$TMPD/hostile.out" && bad+=" CR(0d)"
    LC_ALL=C grep -q $'\xe2\x80\xae' "$TMPD/hostile.out" && bad+=" RLO(e2 80 ae)"
    if [ "$status" = 0 ] && [ -z "$bad" ] && grep -q PWNED "$TMPD/hostile.out"; then
        ok "11c render --select on hostile data: no ESC, C1 CSI, BEL, CR or bidi override bytes"
    else
        not_ok "11c render --select on hostile data: no ESC, C1 CSI, BEL, CR or bidi override bytes" \
            "exit $status; found:${bad:- none}"$'\n'"$(grep -a PWNED "$TMPD/hostile.out" | cat -v)"$'\n'"$(cat "$TMPD/hostile.err")"
    fi
fi

# --- 12. validate -----------------------------------------------------------------------------

out=$(cd "$ROOT" && "$BIN" validate 2>&1)
status=$?
if [ "$status" = 0 ] && grep -q '^ok' <<<"$out"; then
    ok "12a validate: exit 0, \"$(head -1 <<<"$out" | cut -c1-100)\""
else
    not_ok "12a validate: exit 0 and a line starting with ok" "exit $status"$'\n'"$out"
fi

BROKEN=$TMPD/broken
cp -R "$DATA" "$BROKEN"
# A trailing comma after the first string that ends an array in meetings.json.
awk 'done == 0 && prev ~ /"$/ && $0 ~ /^[ \t]*\]/ { print prev ","; line = NR - 1; done = 1; prev = $0; next }
     NR > 1 { print prev } { prev = $0 }
     END { print prev; if (line) print line > "/dev/stderr" }' "$DATA/meetings.json" \
    >"$BROKEN/meetings.json" 2>"$TMPD/comma-line"
comma_line=$(cat "$TMPD/comma-line")
out=$("$BIN" validate --data "$BROKEN" 2>&1)
status=$?
if [ -z "$comma_line" ]; then
    not_ok "12b validate on a trailing comma: the comma could be inserted"
elif [ "$status" = 65 ] && grep -Eq "meetings\.json:($comma_line|$((comma_line + 1))):[0-9]+" <<<"$out"; then
    ok "12b validate with a trailing comma (line $comma_line): exit 65, $(grep -Eo 'meetings\.json:[0-9]+:[0-9]+' <<<"$out" | head -1)"
else
    not_ok "12b validate with a trailing comma at meetings.json line $comma_line: exit 65 and FILE:LINE:COLUMN" \
        "exit $status"$'\n'"$out"
fi

out=$("$BIN" validate --data "$TMPD/no-such-folder" 2>&1)
status=$?
check "12c validate on a missing folder: exit 66" "exit $status"$'\n'"$out" [ "$status" = 66 ]

# --- 13. usage errors -------------------------------------------------------------------------

if new_shell 120 40; then
    typeline "$S" "$(run_line ATLANTIS --region Atlantis)"
    if wait_for "$S" 'ATLANTIS EXIT=[0-9]+' 5 -J; then
        if grep -q 'ATLANTIS EXIT=64 ' <<<"$SCREEN" && grep -q 'Atlantis' <<<"$SCREEN" \
            && grep -q 'Africa' <<<"$SCREEN" && grep -q 'Western Asia' <<<"$SCREEN"; then
            ok "13a coalition --region Atlantis: exit 64, lists the valid regions"
        else
            not_ok "13a coalition --region Atlantis: exit 64 and the valid regions" "$SCREEN"
        fi
    else
        not_ok "13a coalition --region Atlantis: finishes" "$SCREEN"
    fi
else
    not_ok "13a coalition --region Atlantis: no shell" "$SCREEN"
fi
out=$("$BIN" render --size 0x0 2>&1)
status=$?
check "13b render --size 0x0: exit 64" "exit $status"$'\n'"$out" [ "$status" = 64 ]

# --- 14. timeline -------------------------------------------------------------------------------

if start_dashboard TIMELINE 120 40; then
    keys "$S" t
    if wait_for "$S" 'Timeline · .* zoom: whole span'; then
        check "14a t opens the timeline with its lanes" "$SCREEN" \
            grep -q 'Ministerials' <<<"$SCREEN"
    else
        not_ok "14a t opens the timeline" "$SCREEN"
    fi
    chosen_event() { grep -E '^ → '; }
    before=$(printf '%s\n' "$SCREEN" | chosen_event)
    keys "$S" l l
    wait_change "$S" chosen_event "$before"
    after=$(screen "$S" | chosen_event)
    check "14b Right moves the cursor to a later event" "before: $before"$'\n'"after: $after" [ -n "$after" ] && [ "$before" != "$after" ]
    keys "$S" +
    if wait_for "$S" 'zoom: year'; then ok "14c + zooms in to a year"; else not_ok "14c + zooms in to a year" "$SCREEN"; fi
    keys "$S" Enter
    # Its title offers Esc back: to the timeline the event was opened from (steer.sh follows it).
    if wait_for "$S" '─ Meeting · Esc back ─'; then ok "14d Enter opens the event's meeting in the detail pane"; else not_ok "14d Enter opens the event's meeting" "$SCREEN"; fi
    keys "$S" t
    tm resize-window -t "$S" -x 50 -y 30
    if wait_for "$S" '^ 2014$'; then ok "14e a narrow terminal gets the timeline as a list by year"; else not_ok "14e a narrow terminal gets the timeline as a list by year" "$SCREEN"; fi
    keys "$S" q
    wait_for "$S" "TIMELINE EXIT=[0-9]+" >/dev/null
else
    not_ok "14 timeline: the dashboard did not start" "$SCREEN"
fi
out=$("$BIN" timeline --width 100 2>&1)
status=$?
check "14f coalition timeline prints the chart and the list" "exit $status"$'\n'"$out" \
    bash -c '[ "$1" = 0 ] && grep -q "Ministerials" <<<"$2" && grep -q "Marrakesh ministerial" <<<"$2"' _ "$status" "$out"
out=$("$BIN" timeline --format json 2>&1)
check "14g coalition timeline --format json is valid JSON" "$(head -c 400 <<<"$out")" \
    bash -c 'python3 -m json.tool >/dev/null <<<"$1"' _ "$out"
out=$("$BIN" timeline --kind nonsense 2>&1)
status=$?
check "14h coalition timeline --kind nonsense: exit 64" "exit $status"$'\n'"$out" [ "$status" = 64 ]

summary
