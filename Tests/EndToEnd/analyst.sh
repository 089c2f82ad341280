#!/usr/bin/env bash
# End-to-end tests of what an analyst reaches for first in the built `coalition` binary: the
# region picker's analyst regions, the date prompt, sorting, filter-to-matches with "match k of N",
# clearing every filter with x, the timeline's go-to-date, and the same filters on `render`.
#
#   Tests/EndToEnd/analyst.sh                   # tests .build/debug/coalition
#   COALITION_BIN=/path/to/coalition Tests/EndToEnd/analyst.sh
#
# Same conventions as run.sh: "ok - ..." or "not ok - ..." (with evidence) per check, then
# "N passed, M failed"; exits 1 when a check failed.
set -u

SUITE=analyst
TIME_LIMIT=90
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/harness.sh"

header() { head -1 <<<"$1"; }
status_bar() { tail -1 <<<"$1"; }
# The titles of the list boxes ("1 Meetings · by date (11 of 61)").
meetings_title() { grep -o '1 Meetings[^─]*' <<<"$1" | head -1; }

if ! command -v tmux >/dev/null 2>&1; then
    not_ok "tmux is installed" "$(command -v tmux 2>&1)"
    summary
fi
start_server

# --- 1. the region picker finds the Sahel; Enter filters every pane ---------------------------

if start_dashboard REGION 120 40; then
    all=$(meetings_title "$SCREEN")
    keys "$S" r
    wait_for "$S" 'Filter by region'
    keys "$S" -l sahel
    if wait_for "$S" 'Region: sahel_' && grep -qE 'Sahel \(UN Integrated.*analyst' <<<"$SCREEN" \
        && ! grep -qE '(Africa|Asia|Europe|Americas)  ' <<<"$SCREEN"; then
        ok "1a typing \"sahel\" in the picker lists the analyst regions named so"
    else
        not_ok "1a typing \"sahel\" in the picker lists the analyst regions named so" "$SCREEN"
    fi
    check "1b each analyst row counts records within apart from those via a broader area" "$SCREEN" \
        grep -qE '[0-9]+ \+ [0-9]+ via ' <<<"$SCREEN"
    keys "$S" Enter
    if wait_for "$S" 'Region: Sahel \(UN Integrated' && [ "$(meetings_title "$SCREEN")" != "$all" ] \
        && grep -qE '1 Meetings · by date \([0-9]+ of [0-9]+\)' <<<"$SCREEN"; then
        ok "1c Enter filters every pane to the Sahel and the header names it"
    else
        not_ok "1c Enter filters every pane to the Sahel and the header names it" "before: $all"$'\n'"$SCREEN"
    fi
    check "1d rows kept only as being about a broader area are marked \"via\"" "$SCREEN" grep -qE 'via (Africa|Sub-Saharan Africa)' <<<"$SCREEN"

    # --- 2. d opens the date prompt; bad input is explained; 2022.. filters ---------------------
    keys "$S" d
    if wait_for "$S" 'Dates \(2022, 2021-06\.\., \.\.2019, 2022\.\.2024\): _'; then
        ok "2a d opens the date prompt, its syntax shown"
    else
        not_ok "2a d opens the date prompt, its syntax shown" "$SCREEN"
    fi
    keys "$S" -l 20x2
    keys "$S" Enter
    check "2b bad input is explained in the prompt, which stays open" "$SCREEN" \
        wait_for "$S" '"20x2" is not a date'
    keys "$S" BSpace BSpace BSpace BSpace
    keys "$S" -l 2022..
    keys "$S" Enter
    if wait_for "$S" 'Dates: 2022\.\.' && grep -qF 'Region: Sahel (UN' <<<"$(header "$SCREEN")" \
        && ! grep -q 'Dates (' <<<"$(status_bar "$SCREEN")"; then
        ok "2c 2022.. applies: the header shows the region and the dates together"
    else
        not_ok "2c 2022.. applies: the header shows the region and the dates together" "$SCREEN"
    fi
    if grep -E '^│[>* ]20(1[0-9]|21)-' <<<"$SCREEN" | grep -q .; then
        not_ok "2d no row dated before 2022 is left" "$SCREEN"
    else
        ok "2d no row dated before 2022 is left"
    fi

    # --- 3. s cycles the sort, shown in the title ----------------------------------------------
    keys "$S" s
    check "3a s sorts Meetings by title, and its title says so" "$SCREEN" wait_for "$S" '1 Meetings · by title'
    keys "$S" s
    check "3b s again sorts by place" "$SCREEN" wait_for "$S" '1 Meetings · by place'

    # --- 4. x clears every filter ----------------------------------------------------------------
    keys "$S" x
    if wait_for "$S" '1 Meetings · by place \([0-9]+\)' && ! grep -qE 'Region:|Dates:' <<<"$(header "$SCREEN")"; then
        ok "4 x clears the region and the dates; the order stays"
    else
        not_ok "4 x clears the region and the dates; the order stays" "$SCREEN"
    fi
    keys "$S" q
else
    not_ok "1 the dashboard starts" "$SCREEN"
fi

# --- 5. search, then f: only the matches, "match k of N" ------------------------------------------

if start_dashboard MATCHES 120 40; then
    keys "$S" /
    keys "$S" -l marrakesh
    keys "$S" Enter
    check "5a the status bar says which match is selected: match k of N" "$SCREEN" wait_for "$S" 'match 1 of [0-9]+ · 61 meetings *$'
    keys "$S" f
    if wait_for "$S" 'matches only' && grep -qE '1 Meetings · by date \([0-9]+ of [0-9]+\)' <<<"$SCREEN" \
        && ! grep -E '^│[>* ]20[0-9][0-9]' <<<"$SCREEN" | grep -vi marrakesh | grep -q 'MIN\|PD \|DEF'; then
        ok "5b f shows only the matching rows; the header says so"
    else
        not_ok "5b f shows only the matching rows; the header says so" "$SCREEN"
    fi
    keys "$S" x
    if wait_for "$S" '1 Meetings · by date \([0-9]+\) ' && ! grep -qE 'Search:|matches only' <<<"$(header "$SCREEN")"; then
        ok "5c x clears the search and filter-to-matches"
    else
        not_ok "5c x clears the search and filter-to-matches" "$SCREEN"
    fi

    # --- 6. go to date on the timeline ------------------------------------------------------------
    keys "$S" t
    wait_for "$S" 'of [0-9]+ Ministerials'
    keys "$S" :
    check "6a : opens the go-to-date prompt" "$SCREEN" wait_for "$S" 'Go to \(YYYY, YYYY-MM or YYYY-MM-DD\): _'
    keys "$S" -l 2022-05
    keys "$S" Enter
    if wait_for "$S" 'Marrakesh ministerial' && ! grep -q 'Go to (' <<<"$(status_bar "$SCREEN")"; then
        ok "6b 2022-05 moves the cursor to the first ministerial on or after it (Marrakesh)"
    else
        not_ok "6b 2022-05 moves the cursor to the first ministerial on or after it (Marrakesh)" "$SCREEN"
    fi
    keys "$S" q
else
    not_ok "5 the dashboard starts" "$SCREEN"
fi

# --- 7. the same filters on render ---------------------------------------------------------------

out=$("$BIN" render --data "$DATA" --size 120x40 --region Sahel --from 2022 --to 2023 --sort title 2>&1)
if grep -qF 'Dates: 2022..2023' <<<"$out" && grep -qF '1 Meetings · by title' <<<"$out" \
    && ! grep -E '^│[>* ]20(1[0-9]|2[14])-' <<<"$out" | grep -q .; then
    ok "7a render --region --from --to --sort draws the filtered, sorted lists"
else
    not_ok "7a render --region --from --to --sort draws the filtered, sorted lists" "$out"
fi
out=$("$BIN" render --data "$DATA" --size 120x40 --filter marrakesh 2>&1)
check "7b render --filter shows only the matches and says so" "$out" grep -qF 'matches only' <<<"$out"
out=$("$BIN" render --data "$DATA" --size 120x40 --pane sessions --region "Horn of Africa" --from 2025 2>&1)
check "7e a pane the filters empty names the nearest filter with rows" "$out" \
    grep -qE 'nothing here; try no dates \([0-9]+\); x clears filters' <<<"$out"
out=$("$BIN" render --data "$DATA" --sort sideways 2>&1)
status=$?
if [ "$status" -eq 64 ] && grep -qF 'unknown sort order "sideways"' <<<"$out"; then
    ok "7c render --sort with an unknown order exits 64 naming the valid orders"
else
    not_ok "7c render --sort with an unknown order exits 64 naming the valid orders" "exit $status"$'\n'"$out"
fi
out=$("$BIN" render --data "$DATA" --from 2022-13 2>&1)
status=$?
check "7d render --from with a bad date exits 64" "exit $status: $out" [ "$status" -eq 64 ]

# --- 8. at 80x24: S reverses the sort; the picker names each broader area; the header abbreviates --

# At 80 columns the header's totals end in "…", so the list's title says the dashboard is up.
start_dashboard NARROW 80 24
if wait_for "$S" '1 Meetings · by date \(61\)'; then
    keys "$S" S
    check "8a S reverses the sort; the title says \"by date ↓\"" "$SCREEN" wait_for "$S" '1 Meetings · by date ↓ \(61\)'
    keys "$S" r
    wait_for "$S" 'Filter by region'
    check "8b the picker names each broader area a region's extra records come through" "$SCREEN" \
        grep -qE 'Western Africa +[0-9]+ \+ [0-9]+ via Africa [0-9]+, Sub-Saharan Africa [0-9]+' <<<"$SCREEN"
    keys "$S" -l 'UN Integrated'
    keys "$S" Enter
    wait_for "$S" 'Region: Sahel'
    keys "$S" d
    keys "$S" -l 2022..
    keys "$S" Enter
    keys "$S" /
    keys "$S" -l terror
    keys "$S" Enter
    keys "$S" f
    if wait_for "$S" 'Sahel · 2022– · /terror \(f\) *$' && grep -q '^ Coalition' <<<"$(header "$SCREEN")"; then
        ok "8c with region, dates and a filtering search the 80-column header abbreviates them, none cut"
    else
        not_ok "8c with region, dates and a filtering search the 80-column header abbreviates them, none cut" "$SCREEN"
    fi
    keys "$S" q
else
    not_ok "8 the dashboard starts at 80x24" "$SCREEN"
fi

summary
