#!/usr/bin/env bash
# Live reload: the dashboard runs on a copy of the shipped data while this suite edits it, breaks
# it, writes it in two halves, fixes it, removes the folder and puts it back; and with --no-watch
# it does not reload. The data folder must hold the same files afterwards: the dashboard only reads.
#
#   Tests/EndToEnd/reload.sh                  # tests .build/debug/coalition
#   COALITION_BIN=/path/to/coalition Tests/EndToEnd/reload.sh
#
# Same output conventions as run.sh: "ok - ..." or "not ok - ..." per check, then "N passed, M failed".
set -u

SUITE=reload
TIME_LIMIT=150
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/harness.sh"

# wait_gone SESSION REGEX [SECONDS]: until the screen no longer matches REGEX.
wait_gone() {
    _ws=$1 _wre=$2
    _wait_gone_test() { SCREEN=$(screen "$_ws"); ! printf '%s\n' "$SCREEN" | grep -Eq -- "$_wre"; }
    poll _wait_gone_test "${3:-5}"
}
# The first content line of the detail pane in the wide layout (the record's title).
detail_title() { printf '%s\n' "$1" | sed -n 3p | sed 's/^.*││//; s/ *│ *$//'; }
status_line() { printf '%s\n' "$1" | tail -1; }
# wait_title TITLE [SECONDS]: until the detail pane shows that title; SCREEN holds the screen.
wait_title() {
    _wt=$1
    _wait_title_test() { SCREEN=$(screen "$S"); [ "$(detail_title "$SCREEN")" = "$_wt" ]; }
    poll _wait_title_test "${2:-5}"
}
# edit_title FILE OLD NEW: an editor's save: a new file written beside it and renamed over it.
edit_title() { sed -i "s/\"title\": \"$2\"/\"title\": \"$3\"/" "$1"; }
# The names in a folder, one a line, for "nothing was added or removed".
names() { ls -A "$1"; }

PROBLEM_RE='not reloaded: meetings\.json:[0-9]+:[0-9]+: '
RELOADED_RE='reloaded: [0-9]+ meetings, [0-9]+ resolutions'

if ! command -v tmux >/dev/null 2>&1; then
    not_ok "tmux is installed" "$(command -v tmux 2>&1)"
    summary
fi
start_server

COPY=$TMPD/data
cp -R "$DATA" "$COPY"
MEETINGS=$COPY/meetings.json
NAMES_BEFORE=$(names "$COPY")
# The title the dashboard starts on and what the edits make of it.
ORIGINAL='Marrakesh ministerial'
EDITED='Marrakesh ministerial edited live'

if ! start_dashboard WATCH 120 30 --data "$COPY" --select "$MARRAKESH"; then
    not_ok "the dashboard starts on a copy of the data" "$SCREEN"
    summary
fi
wait_for "$S" "$ORIGINAL" >/dev/null
HEADER=$(printf '%s\n' "$SCREEN" | sed -n 1p)

# --- 1. an edit shows, the selection stays ------------------------------------------------------

started=$SECONDS
edit_title "$MEETINGS" "$ORIGINAL" "$EDITED"
if wait_title "$EDITED" 3 && printf '%s\n' "$SCREEN" | grep -Eq "$RELOADED_RE"; then
    ok "1 an edited title shows within $((SECONDS - started)) s, on the same selected meeting: \"$(detail_title "$SCREEN")\"; status: $(status_line "$SCREEN" | sed 's/  */ /g')"
else
    not_ok "1 an edited title shows within 3 s with the selection kept (detail title \"$EDITED\")" "$SCREEN"
fi
# The notice counts the members as the header does, the named ones beside when they differ.
header_members=$(printf '%s\n' "$HEADER" | grep -Eo '[0-9]+ members' | head -1)
named=$(jq '.members | length' "$COPY/members.json" 2>/dev/null)
notice_members=$(status_line "$SCREEN" | grep -Eo '[0-9]+ members( \([0-9]+ named\))?' | head -1)
if [ -n "$header_members" ] && [ -n "$named" ] && { [ "$notice_members" = "$header_members ($named named)" ] || [ "$notice_members" = "$named members" -a "$header_members" = "$named members" ]; }; then
    ok "1 the notice says \"$notice_members\", the header's figure and the named members"
else
    not_ok "1 the notice counts the members as the header does" "header: $HEADER
notice: $(status_line "$SCREEN"); named in the file: $named"
fi
GOOD=$(cat "$MEETINGS")

# --- 2. broken data: the last valid data stays, the problem shows --------------------------------

printf '{"meetings": [\n  {"id": }\n]}\n' >"$MEETINGS"
if wait_for "$S" "$PROBLEM_RE" 3 && [ "$(detail_title "$SCREEN")" = "$EDITED" ] \
    && [ "$(printf '%s\n' "$SCREEN" | sed -n 1p)" = "$HEADER" ]; then
    ok "2 invalid JSON: the last valid data stays and the status line says $(status_line "$SCREEN" | grep -Eo 'not reloaded: [^ ]+')"
else
    not_ok "2 invalid JSON: last valid data kept and status shows meetings.json:LINE:COLUMN" "$SCREEN"
fi
keys "$S" Escape
sleep 0.3
if printf '%s\n' "$(screen "$S")" | grep -Eq "$PROBLEM_RE"; then
    ok "2b the problem stays after a key"
else
    not_ok "2b the problem stays after a key" "$(screen "$S")"
fi

# --- 3. fixed: the problem goes ----------------------------------------------------------------

printf '%s\n' "$GOOD" >"$MEETINGS"
if wait_gone "$S" "$PROBLEM_RE" 3 && printf '%s\n' "$SCREEN" | grep -Eq "$RELOADED_RE"; then
    ok "3 the file fixed: the problem is gone and the data reloaded"
else
    not_ok "3 the file fixed: the problem is gone" "$SCREEN"
fi

# --- 4. a file written in two halves: no error flashes ------------------------------------------

keys "$S" Escape
HALVES=$TMPD/halves.json
printf '%s\n' "$GOOD" | sed "s/\"title\": \"$EDITED\"/\"title\": \"Written in two halves\"/" >"$HALVES"
half=$(($(wc -c <"$HALVES") / 2))
flashes=0
seen=""
head -c "$half" "$HALVES" >"$MEETINGS"
# During the pause, and until the whole file shows, the screen must never show a problem.
pause_end=$(($(date +%s%3N) + 100))
while [ "$(date +%s%3N)" -lt "$pause_end" ]; do
    seen=$(screen "$S")
    printf '%s\n' "$seen" | grep -Eq 'not reloaded' && flashes=$((flashes + 1))
    sleep 0.02
done
tail -c "+$((half + 1))" "$HALVES" >>"$MEETINGS"
_whole_test() {
    SCREEN=$(screen "$S")
    printf '%s\n' "$SCREEN" | grep -q 'not reloaded' && flashes=$((flashes + 1))
    printf '%s\n' "$SCREEN" | grep -q 'Written in two halves'
}
if poll _whole_test 4 && [ "$flashes" -eq 0 ]; then
    ok "4 a file written in two halves 100 ms apart: no problem flashed, the whole file shows"
else
    not_ok "4 a file written in two halves: no problem flashes ($flashes screens showed one)" "$SCREEN"
fi
# The same again, the first half left alone for almost the settle time (300 ms): no problem may
# show before the writes have been quiet that long, however fast the reading.
printf '%s\n' "$GOOD" >"$HALVES"
flashes=0
head -c "$half" "$HALVES" >"$MEETINGS"
quiet_end=$(($(date +%s%3N) + 280))
while [ "$(date +%s%3N)" -lt "$quiet_end" ]; do
    seen=$(screen "$S")
    printf '%s\n' "$seen" | grep -q 'not reloaded' && flashes=$((flashes + 1))
    sleep 0.02
done
if [ "$flashes" -eq 0 ]; then
    ok "4b for 280 ms after half a file is written the screen shows no problem"
else
    not_ok "4b for 280 ms after half a file is written the screen shows no problem ($flashes screens showed one)" "$seen"
fi
tail -c "+$((half + 1))" "$HALVES" >>"$MEETINGS"
wait_title "$EDITED" 4 >/dev/null

# --- 5. the folder removed and put back ----------------------------------------------------------

mv "$COPY" "$COPY.away"
if wait_for "$S" 'not reloaded: data: data folder not found' 4 && [ "$(detail_title "$SCREEN")" = "$EDITED" ]; then
    ok "5a the folder removed: the data stays and the status line says so"
else
    not_ok "5a the folder removed: the data stays and the status line says \"data folder not found\"" "$SCREEN"
fi
mv "$COPY.away" "$COPY"
edit_title "$MEETINGS" "$EDITED" "$ORIGINAL"
if wait_title "$ORIGINAL" 4 && printf '%s\n' "$SCREEN" | grep -Eq "$RELOADED_RE"; then
    ok "5b the folder back: it is watched again and an edit shows"
else
    not_ok "5b the folder back: watched again, the edit shows" "$SCREEN"
fi

# --- 6. quitting ends the watch and the program --------------------------------------------------

keys "$S" q
if wait_for "$S" 'WATCH EXIT=0 TTY=\[icanon echo\]' 3; then
    ok "6 q quits at once with the terminal restored while the folder is watched"
else
    not_ok "6 q quits with exit 0 and the terminal restored" "$SCREEN"
fi

# --- 7. --no-watch ----------------------------------------------------------------------------------

if start_dashboard NOWATCH 120 30 --no-watch --data "$COPY" --select "$MARRAKESH"; then
    edit_title "$MEETINGS" "$ORIGINAL" "$EDITED"
    sleep 2.5
    SCREEN=$(screen "$S")
    if [ "$(detail_title "$SCREEN")" = "$ORIGINAL" ] && ! printf '%s\n' "$SCREEN" | grep -q 'reloaded'; then
        ok "7 --no-watch: an edit is not reloaded"
    else
        not_ok "7 --no-watch: an edit is not reloaded" "$SCREEN"
    fi
    keys "$S" q
    wait_for "$S" 'NOWATCH EXIT=0' 3 >/dev/null
else
    not_ok "7 --no-watch: the dashboard starts" "$SCREEN"
fi

# --- 8. nothing written -----------------------------------------------------------------------------

NAMES_AFTER=$(names "$COPY")
if [ "$NAMES_AFTER" = "$NAMES_BEFORE" ]; then
    ok "8 the data folder holds the same files as before: $(echo $NAMES_AFTER)"
else
    not_ok "8 the data folder holds the same files as before" "before: $NAMES_BEFORE"$'\n'"after: $NAMES_AFTER"
fi

summary
