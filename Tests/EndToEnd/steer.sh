#!/usr/bin/env bash
# End-to-end tests of steering the dashboard in a real terminal: the timeline's calendar zoom and
# its month labels, Enter then Esc coming back to the timeline as it was, and `o` starting the
# browser on a record's source ($BROWSER as a command with arguments, else xdg-open, else a message).
#
#   Tests/EndToEnd/steer.sh                   # tests .build/debug/coalition
#   COALITION_BIN=/path/to/coalition Tests/EndToEnd/steer.sh
#
# Same conventions as run.sh: "ok - ..." or "not ok - ..." (with evidence) per check, then
# "N passed, M failed"; exits 1 when a check failed.
set -u

SUITE=steer
TIME_LIMIT=90
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/harness.sh"

if ! command -v tmux >/dev/null 2>&1; then
    not_ok "tmux is installed" "$(command -v tmux 2>&1)"
    summary
fi
start_server

MONTHS='(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)'
status_bar() { tail -1 <<<"$1"; }
# The axis: the line under the timeline's title.
axis() { grep -A1 -E '^ Timeline · ' <<<"$1" | tail -1; }

# --- 1. zoom snaps to the calendar and labels the months ------------------------------------

if start_dashboard ZOOM 120 40 --pane timeline; then
    keys "$S" +
    if wait_for "$S" 'zoom: year'; then
        line=$(axis "$SCREEN")
        count=$(grep -oE "$MONTHS" <<<"$line" | sort -u | wc -l)
        check "1a + zooms to a calendar year (1 Jan to 31 Dec) with all twelve months labelled" "$SCREEN" \
            bash -c '[ "$1" -eq 12 ] && grep -qE "Timeline · 1 Jan [0-9]{4} – 31 Dec [0-9]{4}" <<<"$2"' _ "$count" "$SCREEN"
    else
        not_ok "1a + zooms to a calendar year" "$SCREEN"
    fi
    keys "$S" +
    if wait_for "$S" 'zoom: quarter'; then
        check "1b the next + shows the quarter from its first day, each month named" "$SCREEN" \
            bash -c 'grep -qE "Timeline · 1 (Jan|Apr|Jul|Oct) [0-9]{4} – (31 Mar|30 Jun|30 Sep|31 Dec) [0-9]{4}" <<<"$1" && [ "$(grep -oE "'"$MONTHS"'" <<<"$2" | wc -l)" -eq 3 ]' _ "$SCREEN" "$(axis "$SCREEN")"
    else
        not_ok "1b the next + shows a quarter" "$SCREEN"
    fi
    keys "$S" +
    if wait_for "$S" 'zoom: month'; then
        check "1c the next + shows one month with day ticks from its 1st" "$(axis "$SCREEN")" \
            bash -c 'grep -qE "^ +1 '"$MONTHS"' .* 15 " <<<"$1"' _ "$(axis "$SCREEN")"
    else
        not_ok "1c the next + shows a month" "$SCREEN"
    fi

    # --- 2. Enter opens the event; Esc comes back to the same timeline ------------------------
    keys "$S" Right
    sleep 0.2
    before=$(screen "$S")
    keys "$S" Enter
    if wait_for "$S" 'Esc back'; then
        keys "$S" Escape
        _same_timeline() { SCREEN=$(screen "$S"); [ "$SCREEN" = "$before" ]; }
        if poll _same_timeline; then
            ok "2a Enter opens the event's record and Esc returns to the timeline as it was (lane, event, month zoom)"
        else
            not_ok "2a Esc returns to the timeline as it was" "before:"$'\n'"$before"$'\n'"after:"$'\n'"$SCREEN"
        fi
    else
        not_ok "2a Enter opens the event's record" "$SCREEN"
    fi
    keys "$S" q
    wait_for "$S" 'ZOOM EXIT=0' >/dev/null || not_ok "1d q quits" "$SCREEN"
fi

# --- 3. o starts $BROWSER with the address as one argument ---------------------------------

browser=$TMPD/browser.sh
cat >"$browser" <<'SCRIPT'
#!/bin/sh
# Writes each argument on a line of its own, as the test browser.
printf '%s\n' "$@" >"$(dirname "$0")/opened.tmp" && mv "$(dirname "$0")/opened.tmp" "$(dirname "$0")/opened"
SCRIPT
chmod +x "$browser"
first_meeting=$("$BIN" list meetings --format csv --data "$DATA" 2>/dev/null | sed -n 2p | cut -d, -f1)
want_url=$("$BIN" show "$first_meeting" --format json --data "$DATA" 2>/dev/null | grep -m1 -oE '"url" *: *"https?://[^"]*"' | sed -E 's/.*"(https?:[^"]*)"/\1/')
want_host=$(sed -E 's|^https?://([^/:?#]*).*|\1|' <<<"$want_url" | tr 'A-Z' 'a-z')

new_shell 120 40
typeline "$S" "export BROWSER=$(q "$browser --new-tab")"
typeline "$S" "$(run_line OPEN)"
if wait_for "$S" "$HEADER_RE"; then
    keys "$S" o
    _opened() { [ -s "$TMPD/opened" ]; }
    if poll _opened && wait_for "$S" "opened $want_host"; then
        got=$(cat "$TMPD/opened")
        check "3a o runs \$BROWSER's words with the first source's address as one last argument, and says \"opened $want_host\"" \
            "got: $got; want: --new-tab / $want_url" [ "$got" = $'--new-tab\n'"$want_url" ]
    else
        not_ok "3a o runs \$BROWSER on the first source" "opened: $(cat "$TMPD/opened" 2>&1)"$'\n'"$SCREEN"
    fi
    keys "$S" j
    _message_gone() { SCREEN=$(screen "$S"); ! grep -q "opened $want_host" <<<"$(status_bar "$SCREEN")"; }
    check "3b the message gives way to the key hints at the next key" "$(status_bar "$SCREEN")" poll _message_gone
    keys "$S" q
    wait_for "$S" 'OPEN EXIT=0' >/dev/null || not_ok "3c q quits after opening a link" "$SCREEN"
else
    not_ok "3a the dashboard starts with BROWSER set" "$SCREEN"
fi

# --- 4. no BROWSER and no xdg-open: a message, the dashboard carries on ---------------------

mkdir -p "$TMPD/empty-path"
new_shell 100 30
typeline "$S" "clear; env -u BROWSER PATH=$(q "$TMPD/empty-path") $(q "$BIN") --data $(q "$DATA"); echo NOBROWSER EXIT=\$?"
if wait_for "$S" "$HEADER_RE"; then
    keys "$S" o
    if wait_for "$S" 'BROWSER is not set and xdg-open is not on PATH'; then
        ok "4a with BROWSER unset and no xdg-open on PATH, o says so on the status line"
    else
        not_ok "4a with BROWSER unset and no xdg-open on PATH, o says so" "$SCREEN"
    fi
    keys "$S" q
    wait_for "$S" 'NOBROWSER EXIT=0' >/dev/null && ok "4b the dashboard goes on and quits normally" || not_ok "4b the dashboard quits normally" "$SCREEN"
else
    not_ok "4a the dashboard starts without BROWSER" "$SCREEN"
fi

# --- 5. a browser that fails at once is reported --------------------------------------------

new_shell 100 30
typeline "$S" "export BROWSER=false"
typeline "$S" "$(run_line FAILING)"
if wait_for "$S" "$HEADER_RE"; then
    keys "$S" o
    check "5a a BROWSER that fails at once is reported with its exit status" "$SCREEN" \
        wait_for "$S" 'false failed \(exit status 1\)'
    keys "$S" q
else
    not_ok "5a the dashboard starts with BROWSER=false" "$SCREEN"
fi

# --- 6. OSC 8 hyperlinks, forced on inside tmux, leave the screen exactly as without ----------

# members_screen VALUE: with COALITION_HYPERLINKS=VALUE, the Members pane's screen once a source
# address shows, in LINKS_SCREEN.
members_screen() {
    LINKS_SCREEN=
    new_shell 120 40 || return 1
    typeline "$S" "export COALITION_HYPERLINKS=$1"
    typeline "$S" "$(run_line "LINKS$1" --pane members)"
    wait_for "$S" '│ +https?://' || return 1
    keys "$S" j k
    sleep 0.5
    LINKS_SCREEN=$(screen "$S")
    keys "$S" q
}
members_screen 0
without=$LINKS_SCREEN
members_screen 1
with=$LINKS_SCREEN
if [ -n "$without" ] && grep -qE 'https?://' <<<"$without" && [ "$with" = "$without" ]; then
    ok "6a hyperlinks forced on (COALITION_HYPERLINKS=1) leave the screen cell for cell as without them"
else
    not_ok "6a hyperlinks forced on leave the screen as without them" "without:"$'\n'"$without"$'\n'"with:"$'\n'"$with"
fi

# --- 7. a long address in a narrow detail pane breaks after / ? & or - ------------------------

# A statement whose first source's address is far wider than the pane.
if command -v jq >/dev/null 2>&1; then
    long_id=$("$BIN" list resolutions --format json --data "$DATA" 2>/dev/null | jq -r '[.[] | select((.sources[0].url // "") | length > 110)][0].id // empty')
    long_url=$("$BIN" list resolutions --format json --data "$DATA" 2>/dev/null | jq -r --arg id "$long_id" '.[] | select(.id == $id) | .sources[0].url')
    if [ -n "$long_id" ] && new_shell 60 70 && typeline "$S" "$(run_line LONGURL --pane resolutions --select "$long_id")" \
        && wait_for "$S" '│ +https?://'; then
        # The address's lines: from its first, inside the box, without the indent, until whole.
        # Widths in characters (bash's ${#…} in a UTF-8 locale), as the screen has them.
        first=$(grep -m1 -E '│ +https?://' <<<"$SCREEN")
        inner=$(( ${#first} - 2 - 4 ))
        pieces= joined= bad=
        while IFS= read -r line; do
            line=${line#│    }
            line=${line%│}
            line=${line%"${line##*[! ]}"}
            # A line cut at the edge is right only when no / ? & or - would have left it half full.
            if [ -n "$joined" ] && [[ $previous != *[/?\&-] ]]; then
                before_last_break=${previous%[/?\&-]*}
                if [ ${#previous} -lt "$inner" ] || { [ "$before_last_break" != "$previous" ] && [ $(( (${#before_last_break} + 1) * 2 )) -ge "$inner" ]; }; then
                    bad+="$previous"$'\n'
                fi
            fi
            pieces+="$line"$'\n' joined+=$line previous=$line
            [ ${#joined} -ge ${#long_url} ] && break
        done < <(sed -n '/│ *https\{0,1\}:\/\//,$p' <<<"$SCREEN")
        pieces=${pieces%$'\n'}
        if [ "$joined" = "$long_url" ] && [ "$(wc -l <<<"$pieces")" -ge 3 ] && [ -z "$bad" ]; then
            ok "7 a $(printf %s "$long_url" | wc -m)-character address shows whole on $(wc -l <<<"$pieces") lines, broken after / ? & or - where one leaves the line half full"
        else
            not_ok "7 a long address breaks after / ? & or -" "want: $long_url"$'\n'"lines:"$'\n'"$pieces"$'\n'"not at a break: $bad"
        fi
        keys "$S" q
    else
        not_ok "7 a statement with a long address opens in a narrow pane" "id: $long_id"$'\n'"$SCREEN"
    fi
fi

summary
