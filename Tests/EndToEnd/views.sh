#!/usr/bin/env bash
# End-to-end tests of the dashboard's report views in the built `coalition` binary, in tmux: the
# themes matrix (6), a cell's statements listed with Enter and Esc back to the same cell, the
# coverage report (7) with Enter on a record and Esc back, and two meetings marked (m) and
# compared (c).
#
#   Tests/EndToEnd/views.sh                   # tests .build/debug/coalition
#   COALITION_BIN=/path/to/coalition Tests/EndToEnd/views.sh
#
# Same conventions as run.sh: "ok - ..." or "not ok - ..." (with evidence) per check, then
# "N passed, M failed"; exits 1 when a check failed.
set -u

SUITE=views
TIME_LIMIT=90
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/harness.sh"

BRUSSELS=mtg-2014-12-03-brussels
# The themes view's line under the map: "Africa × 2022: 15 statements ...".
cursor_line() { grep -E '^[A-Za-z][A-Za-z -]* × [0-9]{4}: [0-9]+ statements?' <<<"$1" | head -1; }
status_bar() { tail -1 <<<"$1"; }
header() { head -1 <<<"$1"; }
# press KEY... : one key at a time, each given time to land, as a person types.
press() { local k; for k in "$@"; do keys "$S" "$k"; sleep 0.03; done; }

if ! command -v tmux >/dev/null 2>&1; then
    not_ok "tmux is installed" "$(command -v tmux 2>&1)"
    summary
fi
start_server

# --- 1. the themes matrix --------------------------------------------------------------------

if start_dashboard THEMES 120 40 --data "$DATA"; then
    # The views are found through the status bar: at 120 columns the lists name both.
    if wait_for "$S" '┌─ 1 Meetings' && grep -q '  6 themes  7 coverage  ' <<<"$(status_bar "$SCREEN")"; then
        ok "1 the lists' status bar offers 6 themes and 7 coverage"
    else
        not_ok "1 the lists' status bar offers 6 themes and 7 coverage" "$(status_bar "$SCREEN")"
    fi
    press 6
    if wait_for "$S" '^Themes by year · [0-9]+ statements' && wait_for "$S" '^prevention × 2014: '; then
        ok "1a 6 shows the themes matrix by year, the cursor on the first theme and year"
    else
        not_ok "1a 6 shows the themes matrix by year" "$SCREEN"
    fi
    if grep -q 'Esc back' <<<"$(status_bar "$SCREEN")" && ! grep -q '6 themes' <<<"$(status_bar "$SCREEN")"; then
        ok "1a the themes view does not offer 6 themes, only the way back"
    else
        not_ok "1a the themes view does not offer 6 themes" "$(status_bar "$SCREEN")"
    fi

    # Africa is the ninth theme; 2022 the ninth year from 2014.
    press Down Down Down Down j j j j Right Right Right Right l l l l
    if wait_for "$S" '^Africa × 2022: [0-9]+ statements'; then
        cell=$(cursor_line "$SCREEN")
        count=$(sed -E 's/^[^:]*: ([0-9]+) statements?.*/\1/' <<<"$cell")
        ok "1b arrows and hjkl move the cursor to Africa × 2022 ($count statements)"
    else
        cell= count=
        not_ok "1b arrows and hjkl move the cursor to Africa × 2022" "$SCREEN"
    fi

    press Enter
    if [ -n "$count" ] && wait_for "$S" 'Themes: Africa × 2022' \
        && grep -Eq "$count of [0-9]+ resolutions *$" <<<"$(status_bar "$SCREEN")" && grep -qF '┌─ 2 Resolutions' <<<"$SCREEN"; then
        ok "1c Enter lists the cell's $count statements in Resolutions, the filter named in the header"
    else
        not_ok "1c Enter lists the cell's statements in Resolutions" "$SCREEN"
    fi

    press Escape
    if wait_for "$S" '^Africa × 2022: ' && ! grep -qF 'Themes: Africa' <<<"$(header "$SCREEN")"; then
        ok "1d Esc returns to the matrix on the same cell and drops the listing"
    else
        not_ok "1d Esc returns to the matrix on the same cell" "$SCREEN"
    fi

    press b
    if wait_for "$S" '^Themes by meeting · '; then
        ok "1e b switches to a column per meeting and session"
    else
        not_ok "1e b switches to a column per meeting and session" "$SCREEN"
    fi

    # --- 2. the coverage report --------------------------------------------------------------

    press 7
    if wait_for "$S" 'Coverage of the record' && wait_for "$S" 'whose text has not been found yet: [0-9]+'; then
        ok "2a 7 shows the coverage report with its counts"
    else
        not_ok "2a 7 shows the coverage report" "$SCREEN"
    fi
    press Down
    # Where the cursor stands, as the status bar says it.
    wait_for "$S" ' 2 of [0-9]+ records *$'
    chosen=$(status_bar "$SCREEN")
    press Enter
    if wait_for "$S" '┌─ Meeting' && grep -q 'Esc back' <<<"$SCREEN"; then
        ok "2b Enter on a record of the report opens it in the detail"
    else
        not_ok "2b Enter on a record of the report opens it in the detail" "$SCREEN"
    fi
    press Escape
    # The report's own status bar, not a capture taken while the detail's is still being redrawn.
    if wait_for "$S" 'Coverage of the record' && wait_for "$S" ' 2 of [0-9]+ records *$' && [ "$(status_bar "$SCREEN")" = "$chosen" ]; then
        ok "2c Esc returns to the report on the same record"
    else
        not_ok "2c Esc returns to the report on the same record" "want: $chosen"$'\n'"$SCREEN"
    fi
    press Escape
    if wait_for "$S" '┌─ 1 Meetings'; then ok "2d Esc again returns to the lists"; else not_ok "2d Esc again returns to the lists" "$SCREEN"; fi
    # The coverage keeps to the region and dates, as the lists do, and says so in its title.
    whole_not_found=$(wait_for "$S" '┌─ 1 Meetings' && "$BIN" coverage --data "$DATA" | grep -Eo 'has not been found yet: [0-9]+' | grep -Eo '[0-9]+$')
    press d
    keys "$S" -l '2022..'
    press Enter r
    keys "$S" -l 'sahel'
    press Enter 7
    if wait_for "$S" 'Coverage of the record · within the region and dates' && wait_for "$S" 'has not been found yet: [0-9]+'; then
        not_found=$(grep -Eo 'has not been found yet: [0-9]+' <<<"$SCREEN" | grep -Eo '[0-9]+$')
        if [ -n "$whole_not_found" ] && [ "$not_found" -lt "$whole_not_found" ] && ! grep -q '  mtg-2014-' <<<"$SCREEN"; then
            ok "2e 7 under the Sahel and 2022.. lists only their gaps ($not_found texts not found of $whole_not_found) and says so"
        else
            not_ok "2e 7 under filters lists only their gaps" "not found: $not_found of $whole_not_found"$'\n'"$SCREEN"
        fi
    else
        not_ok "2e 7 under filters says it keeps to them" "$SCREEN"
    fi
    press x
    if wait_for "$S" "has not been found yet: $whole_not_found" && ! grep -q 'within the region and dates' <<<"$SCREEN"; then
        ok "2e x clears the filters and the coverage is the whole record's again"
    else
        not_ok "2e x clears the filters and the coverage is the whole record's again" "$SCREEN"
    fi
    press Escape
    press q
    wait_for "$S" 'THEMES EXIT=[0-9]+' >/dev/null
    check "2e q exits 0 with the terminal restored" "$SCREEN" grep -q 'THEMES EXIT=0 TTY=\[icanon echo\]' <<<"$SCREEN"
else
    not_ok "1 the dashboard starts" "$SCREEN"
fi

# --- 3. two meetings marked and compared -----------------------------------------------------

# Wide enough for every hint of the lists, m and c among them.
if start_dashboard COMPARE 200 40 --data "$DATA" --select "$BRUSSELS"; then
    if wait_for "$S" '┌─ 1 Meetings' && grep -q '  m mark  c compare  ' <<<"$(status_bar "$SCREEN")"; then
        ok "3 the lists' status bar offers m mark and c compare where there is room"
    else
        not_ok "3 the lists' status bar offers m mark and c compare where there is room" "$(status_bar "$SCREEN")"
    fi
    press m
    if wait_for "$S" 'Marked: Brussels ministerial 2014'; then
        ok "3a m marks the selected meeting and the header says which"
    else
        not_ok "3a m marks the selected meeting and the header says which" "$SCREEN"
    fi
    press c
    if wait_for "$S" 'compare takes two different meetings or sessions'; then
        ok "3b c with the marked meeting itself selected says why it cannot compare"
    else
        not_ok "3b c with the marked meeting itself selected says why it cannot compare" "$SCREEN"
    fi
    # Marrakesh through a search, as a user finds it.
    press Escape /
    keys "$S" -l 'Marrakesh ministerial'
    press Enter
    wait_for "$S" '┌─ Meeting' >/dev/null
    press c
    if wait_for "$S" 'Compare: Brussels ministerial → Marrakesh ministerial' && wait_for "$S" 'only in the second \([0-9]+\)'; then
        ok "3c c compares the marked meeting with the selected one: themes in both and in one only"
    else
        not_ok "3c c compares the marked meeting with the selected one" "$SCREEN"
    fi
    press PageDown
    if wait_for "$S" 'line ([2-9]|[1-9][0-9]+) of [0-9]+ *$'; then
        ok "3d PgDn scrolls the comparison"
    else
        not_ok "3d PgDn scrolls the comparison" "$SCREEN"
    fi
    press Escape
    # The search in force shares the header, which cuts the mark's name short.
    if wait_for "$S" '┌─ 1 Meetings' && grep -qF 'Marked: Brussels' <<<"$(header "$SCREEN")"; then
        ok "3e Esc returns to the lists; the mark stays"
    else
        not_ok "3e Esc returns to the lists; the mark stays" "$SCREEN"
    fi
    press q
    wait_for "$S" 'COMPARE EXIT=[0-9]+' >/dev/null
    check "3f q exits 0 with the terminal restored" "$SCREEN" grep -q 'COMPARE EXIT=0 TTY=\[icanon echo\]' <<<"$SCREEN"
else
    not_ok "3 the dashboard starts on $BRUSSELS" "$SCREEN"
fi

# --- 4. a small terminal ---------------------------------------------------------------------

# The header is cut short at 80 columns: wait for the matrix's title instead.
if new_shell 80 24 && typeline "$S" "$(run_line SMALL --data "$DATA" --pane themes)" && wait_for "$S" '^Themes by year'; then
    if wait_for "$S" '^prevention × 2014: [0-9]+ statements? · columns 1–9 of [0-9]+'; then
        ok "4a at 80x24 the matrix shows nine years and says which"
    else
        not_ok "4a at 80x24 the matrix shows nine years and says which" "$SCREEN"
    fi
    press End Right Right Right Right Right Right Right Right Right Right Right Right
    if wait_for "$S" '^coordination × 2026: ' && grep -q 'columns 5–13 of 13' <<<"$SCREEN"; then
        ok "4b moving right past the edge scrolls the columns to the cursor"
    else
        not_ok "4b moving right past the edge scrolls the columns to the cursor" "$SCREEN"
    fi
    press q
    wait_for "$S" 'SMALL EXIT=[0-9]+' >/dev/null
    check "4c q exits 0" "$SCREEN" grep -q 'SMALL EXIT=0 ' <<<"$SCREEN"
else
    not_ok "4 the dashboard starts on the themes at 80x24" "$SCREEN"
fi

summary
