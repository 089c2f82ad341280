#!/usr/bin/env bash
# End-to-end tests of the scriptable commands (list, show, regions, stats) of the built binary:
# every command in every format, the error paths and their exit codes, and terminal-independent
# output in pipes.
#
#   Tests/EndToEnd/commands.sh                     # tests .build/debug/coalition
#   COALITION_BIN=/path/to/coalition Tests/EndToEnd/commands.sh
#
# Prints "ok - ..." or "not ok - ..." (with the evidence) for every check, then one line
# "N passed, M failed". Exits 1 when any check failed. Writes only into a temporary folder.
set -u

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BIN=${COALITION_BIN:-.build/debug/coalition}
case $BIN in /*) ;; *) BIN=$ROOT/$BIN ;; esac
DATA=$ROOT/data
MARRAKESH=mtg-2022-05-11-marrakesh

if locale -a 2>/dev/null | grep -qix 'c.utf-\{0,1\}8'; then export LC_ALL=C.UTF-8; else export LC_ALL=en_US.UTF-8; fi
export LANG=$LC_ALL
unset NO_COLOR COALITION_DATA

TMPD=$(mktemp -d "${TMPDIR:-/tmp}/coalition-commands.XXXXXX")
trap 'rm -rf "$TMPD"' EXIT
# The snapshot cache goes to the temporary folder, not the user's.
export XDG_CACHE_HOME=$TMPD/cache

PASSED=0
FAILED=0
ok() { PASSED=$((PASSED + 1)); printf 'ok - %s\n' "$1"; }
not_ok() {
    FAILED=$((FAILED + 1))
    printf 'not ok - %s\n' "$1"
    if [ $# -gt 1 ] && [ -n "$2" ]; then printf '%s\n' "$2" | head -n 20 | sed 's/^/#   /'; fi
}

if [ ! -x "$BIN" ]; then
    not_ok "the binary exists at $BIN (run swift build first)"
    printf '%d passed, %d failed\n' "$PASSED" "$FAILED"
    exit 1
fi

# run ARGS...: runs the binary on the shipped data; OUT, ERR and CODE hold what happened. A slow
# load (a busy machine) may report its progress on stderr; those lines are not an error.
run() {
    "$BIN" "$@" >"$TMPD/out" 2>"$TMPD/err"
    CODE=$?
    OUT=$(cat "$TMPD/out")
    ERR=$(grep -v -e '^coalition: loading data: ' -e '^coalition: loaded in ' "$TMPD/err")
}

# No crash ever prints a stack trace or a Swift runtime error.
no_crash() { ! grep -Eq 'Fatal error|Stack dump|Backtrace|Current stack trace' "$TMPD/err"; }

# expect_success NAME CHECK: exit 0, a clean standard error, and CHECK (a shell test on OUT) true.
expect_success() {
    local name=$1 check=$2
    if [ "$CODE" -eq 0 ] && [ -z "$ERR" ] && eval "$check"; then
        ok "$name"
    else
        not_ok "$name" "exit $CODE; check: $check
stderr: $ERR
stdout: $(printf '%s\n' "$OUT" | head -n 5)"
    fi
}

# expect_failure NAME CODE STDERR_PATTERN: the exit code, nothing on stdout and the message.
expect_failure() {
    local name=$1 want=$2 pattern=$3
    if [ "$CODE" -eq "$want" ] && [ -z "$OUT" ] && printf '%s\n' "$ERR" | grep -Eq -- "$pattern" && no_crash; then
        ok "$name"
    else
        not_ok "$name" "exit $CODE (wanted $want); stderr should match: $pattern
stderr: $ERR
stdout: $(printf '%s\n' "$OUT" | head -n 3)"
    fi
}

valid_json() {
    if command -v jq >/dev/null; then jq -e . "$TMPD/out" >/dev/null 2>&1
    else python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$TMPD/out" 2>/dev/null; fi
}
json_length() {
    if command -v jq >/dev/null; then jq length "$TMPD/out"
    else python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$TMPD/out"; fi
}
lines() { printf '%s\n' "$OUT" | wc -l | tr -d ' '; }
has_escape() { grep -q $'\e' "$TMPD/out"; }

# --- help -----------------------------------------------------------------------------------

for command in list show regions stats themes compare coverage; do
    run "$command" --help
    expect_success "$command --help shows examples" '[[ $OUT == *"Examples:"* && $OUT == *"coalition $command"* ]]'
done
run --help
expect_success "--help lists the new commands" '[[ $OUT == *"list"* && $OUT == *"show"* && $OUT == *"regions"* && $OUT == *"stats"* ]]'

# --- list -----------------------------------------------------------------------------------

for records in meetings resolutions sessions members; do
    run list "$records"
    expect_success "list $records: a table with a header and a rule" '[[ $(printf "%s\n" "$OUT" | head -n 1) == id* && $(printf "%s\n" "$OUT" | sed -n 2p) == --* ]] && ! has_escape'
    rows=$(($(lines) - 2))

    run list "$records" --format json
    expect_success "list $records --format json: valid JSON, one element a row ($rows)" 'valid_json && [ "$(json_length)" -eq "$rows" ]'

    run list "$records" --format csv
    expect_success "list $records --format csv: header row and CRLF line ends" \
        '[[ $OUT == id,* ]] && [ "$(grep -c $'"'"'\r$'"'"' "$TMPD/out")" -eq $((rows + 1)) ]'

    run list "$records" --format markdown
    expect_success "list $records --format markdown: a table" \
        '[[ $(printf "%s\n" "$OUT" | sed -n 2p) == "|---|"* ]] && [ "$(lines)" -eq $((rows + 2)) ]'
done

run list meetings --kind ministerial --from 2022 --to 2022-12 --format csv
expect_success "list meetings --kind --from --to keeps the Marrakesh ministerial" \
    '[[ $OUT == *"$MARRAKESH,2022-05-11,,ministerial"* ]] && ! [[ $OUT == *",political-directors,"* ]]'
run list resolutions --theme africa --region "western-africa" --format json
expect_success "list resolutions --theme --region" 'valid_json && [ "$(json_length)" -gt 0 ]'
run list resolutions --search "NUMBER ONE PRIORITY"
expect_success "list resolutions --search is case-insensitive" '[[ $OUT == *res-2022-05-11-marrakesh-03* ]]'
run list members --kind organisation --format csv
expect_success "list members --kind organisation" '[[ $OUT == *",organisation,"* ]] && ! [[ $OUT == *",state,"* ]]'

# The same output whatever the terminal when piped: no width, no colour.
run list resolutions
wide=$OUT
OUT=$(COLUMNS=40 TERM=xterm-256color "$BIN" list resolutions 2>&1)
if [ "$OUT" = "$wide" ]; then ok "a piped table does not depend on COLUMNS or TERM"; else not_ok "a piped table does not depend on COLUMNS or TERM"; fi

# On a terminal (script gives one) the table fits and the header is bold, unless NO_COLOR.
if command -v script >/dev/null 2>&1 && script -qc true /dev/null >/dev/null 2>&1; then
    on_terminal() { script -qc "stty cols 80 rows 30; $*" /dev/null | tr -d '\r'; }
    OUT=$(on_terminal "'$BIN' list meetings")
    widest=$(printf '%s\n' "$OUT" | sed 's/\x1b\[[0-9;]*m//g' | wc -L)
    if [[ $OUT == $'\e[1mid'* ]] && [ "$widest" -le 80 ]; then ok "on a terminal the table fits 80 columns with a bold header"
    else not_ok "on a terminal the table fits 80 columns with a bold header" "$(printf '%s\n' "$OUT" | head -n 3 | cat -v)"; fi
    OUT=$(NO_COLOR=1 on_terminal "NO_COLOR=1 '$BIN' list meetings")
    if [[ $OUT != *$'\e'* ]]; then ok "NO_COLOR turns the bold header off"; else not_ok "NO_COLOR turns the bold header off" "$(printf '%s\n' "$OUT" | head -n 2 | cat -v)"; fi
else
    ok "on a terminal the table fits 80 columns with a bold header # SKIP no script(1)"
    ok "NO_COLOR turns the bold header off # SKIP no script(1)"
fi

# --- show -----------------------------------------------------------------------------------

run show "$MARRAKESH"
expect_success "show: fields, linked resolutions and sources" \
    '[[ $OUT == "Marrakesh ministerial"* && $OUT == *"Resolutions ("* && $OUT == *"res-2022-05-11-marrakesh-03"* && $OUT == *Sources* ]] && ! has_escape'
run show "$MARRAKESH" --format json
expect_success "show --format json: the record and its links" \
    'valid_json && [[ $OUT == *"\"type\" : \"meeting\""* && $OUT == *"\"relation\" : \"resolution\""* ]]'
run show afg-2023-03-01-niamey --format markdown
expect_success "show --format markdown: headings and lists" '[[ $OUT == "# Africa Focus Group #5"* && $OUT == *"## Co-chairs"* && $OUT == *"## Sources"* ]]'
run show ma --ascii
expect_success "show finds a member id in any case; --ascii marks lists in ASCII" '[[ $OUT == Morocco* ]] && ! grep -q "[•→·]" "$TMPD/out"'

# --- regions --------------------------------------------------------------------------------

run regions
expect_success "regions: the tree with counts" '[[ $OUT == region* && $OUT == *"  Africa"*africa*002* && $OUT == *"Western Africa"* ]]'
run list meetings --region "$(printf '%s\n' "$OUT" | grep -m1 'Sub-Saharan' | sed 's/^ *//; s/  .*//')"
expect_success "a name regions prints is one --region accepts" '[ "$(lines)" -gt 2 ]'
run regions --format json
expect_success "regions --format json" 'valid_json && [[ $OUT == *"\"id\" : \"world\""* ]]'
run regions --format markdown
expect_success "regions --format markdown: a nested list" '[[ $OUT == "- **World**"* && $OUT == *"  - **Africa**"* ]]'

# --- stats ----------------------------------------------------------------------------------

run stats
expect_success "stats: sections with bars" '[[ $OUT == Records* && $OUT == *"Resolutions by theme"* && $OUT == *█* ]]'
run stats --ascii
expect_success "stats --ascii draws with ASCII only" '[[ $OUT == *"#"* ]] && ! LC_ALL=C grep -q "[^ -~]" "$TMPD/out"'
run stats --format json
expect_success "stats --format json" 'valid_json && [[ $OUT == *"\"resolutionsByTheme\""* ]]'
run stats --format markdown
expect_success "stats --format markdown" '[[ $OUT == "## Records"* && $OUT == *"| theme | count | chart |"* ]]'

# --- themes, compare, coverage, pictures --------------------------------------------------------

json_query() {
    if command -v jq >/dev/null; then jq -r "$1" "$TMPD/out"
    else python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2], {"d": d}))' "$TMPD/out" "$2"; fi
}
statement_count=$("$BIN" list resolutions --format json | { if command -v jq >/dev/null; then jq length; else python3 -c 'import json,sys; print(len(json.load(sys.stdin)))'; fi; })
theme_count=14

run themes
expect_success "themes: a heat map with a row per theme, totals and a legend, plain in a pipe" \
    '[[ $OUT == "Themes by year"* && $OUT == *"░"* && $OUT == *"statements per cell"* ]] && ! has_escape && printf "%s\n" "$OUT" | grep -Eq "^statements .* $statement_count\$"'
LC_ALL=C LANG=C run themes
expect_success "themes in a locale that is not UTF-8: ASCII shades" '! LC_ALL=C grep -q "[^ -~]" "$TMPD/out" && [[ $OUT == *"#"* || $OUT == *"*"* || $OUT == *"+"* ]]'
run themes --ascii --by meeting --region Africa --from 2022
expect_success "themes --ascii --by meeting --region --from: numbered meetings named below" \
    '[[ $OUT == *"Africa"* && $OUT == *"2022-05-11  Marrakesh"* ]] && ! printf "%s\n" "$OUT" | grep -q "2019-02-06"'
run themes --format csv
expect_success "themes --format csv: a header of years, a row per theme and the statements row" \
    '[[ $OUT == theme,2014,* ]] && [ "$(grep -c $'"'"'\r$'"'"' "$TMPD/out")" -eq $((theme_count + 2)) ]'
run themes --format json
expect_success "themes --format json: every statement counted once, ids behind each count" \
    'valid_json && [ "$(json_query .statements "d[\"statements\"]")" -eq "$statement_count" ] && [ "$(json_query ".themes | length" "len(d[\"themes\"])")" -eq $theme_count ]'
run themes --region Africa --format json
expect_success "themes --region narrows the statements" 'valid_json && [ "$(json_query .statements "d[\"statements\"]")" -lt "$statement_count" ]'
run themes --by meeting --format markdown
expect_success "themes --by meeting --format markdown: a table" '[[ $(printf "%s\n" "$OUT" | sed -n 2p) == "|---|"* ]] && [ "$(lines)" -eq $((theme_count + 3)) ]'
run themes --format svg
expect_success "themes --format svg: a picture of the heat map" '[[ $OUT == "<svg"* && $OUT == *"</svg>" && $OUT == *"Themes by year"* && $OUT == *"░"* ]]'
run timeline --format svg
expect_success "timeline --format svg: a picture of the chart" '[[ $OUT == "<svg"* && $OUT == *"</svg>" && $OUT == *"Timeline"* ]]'
run themes --by week
expect_failure "themes --by week exits 64" 64 'week'
run themes --from 2022-13
expect_failure "themes: a bad date exits 64" 64 'YYYY, YYYY-MM or YYYY-MM-DD'

RIYADH=mtg-2023-06-08-riyadh
run compare "$MARRAKESH" "$RIYADH"
expect_success "compare: themes, statements side by side, members and Africa" \
    '[[ $OUT == "first: Marrakesh"* && $OUT == *"only in the second"* && $OUT == *"│"* && $OUT == *"Members"* && $OUT == *"Africa"* ]] && ! has_escape'
run compare "$MARRAKESH" afg-2023-03-01-niamey --format json
expect_success "compare --format json: a meeting and a session" \
    'valid_json && [ "$(json_query .second.record "d[\"second\"][\"record\"]")" = session ]'
run compare "$MARRAKESH" "$RIYADH" --format markdown
expect_success "compare --format markdown: headings and paired tables" '[[ $OUT == "# Marrakesh"* && $OUT == *"| first | second |"* ]]'
run compare mtg-2022-05-11-marakesh "$RIYADH"
expect_failure "compare: an unknown id exits 64 and suggests one" 64 'did you mean "mtg-2022-05-11-marrakesh"'
run compare MA "$RIYADH"
expect_failure "compare: a member is not a text (64)" 64 'is a member'
run compare "$MARRAKESH" mtg-2015-01-22-london
expect_failure "compare: a meeting whose text is not held exits 65 and says why" 65 'has no statements to compare: its text has not been found yet'

run coverage
not_found=$("$BIN" coverage --format json | { if command -v jq >/dev/null; then jq .textNotFound.count; else python3 -c 'import json,sys; print(json.load(sys.stdin)["textNotFound"]["count"])'; fi; })
expect_success "coverage: every gap with its count and ids" \
    '[[ $OUT == *"whose text has not been found yet: $not_found"* && $OUT == *"mtg-2015-01-22-london"* && $OUT == *"Members without an exact join date: "* && $OUT == *"Records with disputes still open: "* ]] && [ "$not_found" -gt 0 ]'
run coverage --format markdown
expect_success "coverage --format markdown: a table per section" '[[ $OUT == "# Coverage of the record"* && $OUT == *"| id | kind | title | detail |"* ]]'

# The dashboard's views of the same reports, through render.
run render --size 100x30 --pane themes
expect_success "render --pane themes: the matrix the dashboard shows, every year in 100 columns" \
    '[[ $OUT == *"Themes by year · $statement_count statements"* && $OUT == *"statements per cell"* && $OUT != *"columns 1–"* ]]'
run render --size 100x30 --pane coverage
expect_success "render --pane coverage: the coverage view" '[[ $OUT == *"Coverage of the record"* && $OUT == *"whose text has not been found yet: $not_found"* ]]'
run render --size 100x30 --compare "$MARRAKESH" --select "$RIYADH"
expect_success "render --compare ID --select ID: the comparison view" '[[ $OUT == *"Compare: Marrakesh ministerial → Riyadh ministerial"* && $OUT == *"Marked: Marrakesh"* ]]'
run render --compare "$MARRAKESH" --select "$MARRAKESH"
expect_failure "render --compare with the same record exits 64 and says why" 64 'compare takes two different meetings or sessions'
run render --compare MA --select "$RIYADH"
expect_failure "render --compare on a member exits 64 and says what it marks" 64 'marks a meeting or an Africa Focus Group session'
run render --compare "$MARRAKESH"
expect_failure "render --compare without --select exits 64 and asks for it" 64 'as --select ID'
run render --pane themez
expect_failure "render --pane: an unknown view lists the valid ones" 64 'timeline, themes, coverage'

# --- usage errors: 64 with the nearest valid name --------------------------------------------

run list meeting
expect_failure "an unknown record type exits 64 and suggests one" 64 'did you mean "meetings"'
run show mtg-2022-05-11-marakesh
expect_failure "an unknown id exits 64 and suggests one" 64 "did you mean \"$MARRAKESH\""
run list meetings --region Afrika
expect_failure "an unknown region exits 64 and suggests one" 64 'unknown region "Afrika" \(did you mean "Africa"\?\)'
run list meetings --kind ministeral
expect_failure "an unknown kind exits 64 and suggests one" 64 'did you mean "ministerial"'
run list resolutions --theme terrorist-finance
expect_failure "an unknown theme exits 64 and lists the themes" 64 'valid values: .*terrorist-financing'
run list meetings --theme africa
expect_failure "--theme on meetings exits 64" 64 '--theme filters resolutions'
run list meetings --from 2022-13
expect_failure "a bad date exits 64" 64 'YYYY, YYYY-MM or YYYY-MM-DD'
for command in "list meetings" "show $MARRAKESH" regions stats coverage "compare $MARRAKESH mtg-2023-06-08-riyadh"; do
    # shellcheck disable=SC2086
    run $command --format jsn
    expect_failure "$command: an unknown format exits 64" 64 'unknown format "jsn" \(did you mean "json"\?\)'
done

# --- analyst regions, broader areas, dates, sorting, exports (issue 13) -----------------------

run regions
expect_success "regions lists the analyst regions with counts via broader areas" \
    '[[ $OUT == *"Sahel (UN Integrated Strategy)"*"sahel-uniss"* && $OUT == *"Lake Chad Basin (LCBC)"* && $OUT == *"Gulf (GCC)"* && $OUT == *"via broader"* ]]'
for name in Sahel "g5 sahel" LAKE-CHAD-BASIN "Horn of Africa" maghreb levant gulf; do
    run list meetings --region "$name" --format csv --columns id
    expect_success "--region \"$name\" is accepted" '[ "$(lines)" -ge 1 ]'
done
run list meetings --region "Western Africa" --from 2022
expect_success "a sub-region keeps records about Africa, marked and counted apart" \
    '[[ $OUT == *"$MARRAKESH"*"via Africa"* && $OUT == *"via Africa"* ]] && printf "%s\n" "$OUT" | tail -1 | grep -Eq "^[0-9]+ meetings: [0-9]+ in Western Africa, .*via Africa"'
run list meetings --region sahl
expect_failure "a mistyped region names the nearest" 64 'unknown region "sahl" \(did you mean "Sahel"\?\)'
"$BIN" list meetings --region "lake chad basin" --from 2026 >"$TMPD/out" 2>"$TMPD/err"; CODE=$?
if [ "$CODE" -eq 0 ] && grep -q 'no meetings match region Lake Chad Basin (LCBC), from 2026' "$TMPD/err" && grep -q 'nearest with results: ' "$TMPD/err"; then
    ok "an empty result says why and suggests the nearest filter with results"
else
    not_ok "an empty result says why and suggests the nearest filter with results" "exit $CODE; $(cat "$TMPD/err")"
fi
# A member known only to have joined "by" a date after 2014 is left out of 2014 and kept --to that date.
bound=$("$BIN" list members --format csv --columns joined | tr -d '\r' | grep -m1 '^by 20[12][5-9]' | cut -c4-)
run list members --from 2014 --to 2014 --format csv --columns id,joined
expect_success "members known only by a later date ($bound) are left out of 2014" \
    '[ -n "$bound" ] && ! printf "%s\n" "$OUT" | grep -q "by $bound" && [ "$(lines)" -gt 1 ]'
run list members --to "$bound" --format csv --columns id,joined
expect_success "--to keeps a member known to have joined by then" 'printf "%s\n" "$OUT" | grep -q ",by $bound"'
run list members --sort joining --format csv --columns id,joined
expect_success "members sort by joining, the undated last" \
    '[ "$(printf "%s\n" "$OUT" | sed -n 2p | cut -d, -f2 | tr -d "\r")" = "2014" ] && [ "$(printf "%s\n" "$OUT" | tail -1 | cut -d, -f2 | tr -d "\r")" = "" ]'
run list meetings --sort place --format csv --columns place
expect_success "meetings sort by place" '[ "$(printf "%s\n" "$OUT" | tail -n +2 | tr -d "\r\"" )" = "$(printf "%s\n" "$OUT" | tail -n +2 | tr -d "\r\"" | LC_ALL=C sort -f)" ]'
run list members --sort date
expect_failure "a sort order members lack names the valid ones" 64 'unknown sort order for members "date".*|valid values: name, joining, region'
run list sessions --format csv
expect_success "sessions CSV carries co-chairs, host, attendance, meeting and sources" \
    '[[ $(printf "%s\n" "$OUT" | head -1) == *"co-chairs"*"host"*"attendance"*"meeting"*"sources"* && $OUT == *"<https://"* ]]'
run list meetings --format markdown --columns id,hosts
expect_success "--columns chooses the Markdown columns" '[ "$(printf "%s\n" "$OUT" | head -1)" = "| id | hosts |" ]'
run list meetings --columns id,dat
expect_failure "an unknown column names the nearest and exits 64" 64 'unknown column for meetings "dat" \(did you mean "date"\?\)'

run stats
expect_success "stats shows named members by year with by-bounds apart" '[[ $OUT == *"Named members by year"*"known by"*"total"* ]]'
run stats --format json
expect_success "stats JSON has membershipByYear and lane counts" '[[ $OUT == *"\"membershipByYear\""* && $OUT == *"\"knownBy\""* && $OUT == *"\"eventsByLane\""* ]]'
# stats --region counts what list --region lists, and takes its names and did-you-mean.
run stats --region Sahel --format json
if command -v jq >/dev/null; then
    listed=$("$BIN" list meetings --region Sahel --format json | jq length)
    counted=$(printf '%s\n' "$OUT" | jq '.records.meetings')
    whole=$("$BIN" stats --format json | jq '.records.meetings')
    if [ "$CODE" -eq 0 ] && [ "$listed" = "$counted" ] && [ "$counted" -lt "$whole" ]; then ok "stats --region Sahel counts the meetings list --region Sahel lists ($counted of $whole)"
    else not_ok "stats --region Sahel counts the meetings list --region Sahel lists" "exit $CODE; listed $listed, counted $counted, whole $whole"; fi
fi
run stats --region "lake chad basin"
expect_success "stats --region says what it counts, first" '[[ $(printf "%s\n" "$OUT" | head -1) == "Counting the records in Lake Chad Basin (LCBC)"* ]]'
run stats --region sahl
stats_error=$ERR
run list meetings --region sahl
expect_failure "stats --region sahl: the same error and exit as list --region" 64 'unknown region "sahl" \(did you mean "Sahel"\?\)'
if [ "$stats_error" = "$ERR" ]; then ok "stats and list word a mistyped region alike"; else not_ok "stats and list word a mistyped region alike" "stats: $stats_error
list: $ERR"; fi
if command -v jq >/dev/null; then
    stats_ministerials=$("$BIN" stats --format json | jq '.eventsByLane.ministerial')
    timeline_ministerials=$("$BIN" timeline --format json | jq '[.[] | select(.lane == "ministerial")] | length')
    if [ "$stats_ministerials" = "$timeline_ministerials" ]; then ok "stats and timeline count the same ministerials ($stats_ministerials)"
    else not_ok "stats and timeline count the same ministerials" "stats $stats_ministerials, timeline $timeline_ministerials"; fi
fi

run timeline --region Africa --format json
all=$("$BIN" timeline --region Africa --context --format json | grep -c '"id"')
expect_success "timeline --region lists only events in the region; --context adds the rest" \
    '! grep -q "\"inRegion\" : false" "$TMPD/out" && [ "$(grep -c "\"id\"" "$TMPD/out")" -lt "$all" ]'
run timeline --region Africa --context
expect_success "--context marks the events outside the region" '[[ $OUT == *"outside the region"* ]]'
run timeline --width 60
widest() { local line max=0; while IFS= read -r line; do [ ${#line} -gt $max ] && max=${#line}; done <"$TMPD/out"; echo $max; }
expect_success "timeline --width bounds every line" '[ "$(widest)" -le 60 ] && [ "$(lines)" -gt 20 ]'
for columns in 40 60 90; do
    run timeline --format markdown --width "$columns" --region Africa --context
    expect_success "timeline --format markdown --width $columns bounds the table's rows too" \
        '[ "$(widest)" -le "$columns" ] && [ "$(grep -c "^| [0-9]" "$TMPD/out")" -gt 20 ] && grep -q "^| Date | Lane | " "$TMPD/out"'
done
run timeline --format markdown
expect_success "timeline --format markdown in a pipe cuts nothing" '[ "$(widest)" -gt 100 ] && ! grep -q "^| [0-9].*…" "$TMPD/out"'
# A filter that keeps no event: the reason and the nearest filter with events on stderr, exit 0 as
# `list`; no chart of empty lanes on stdout, and JSON still a (empty) list.
run timeline --region Sahel --kind ministerial --from 2025 --width 80
if [ "$CODE" -eq 0 ] && [ -z "$OUT" ] && [[ $ERR == *"no events match region Sahel"*", kind ministerial, from 2025"* ]] && [[ $ERR == *"nearest with results: "* ]]; then
    ok "an empty timeline says why and suggests the nearest filter with events"
else
    not_ok "an empty timeline says why and suggests the nearest filter with events" "exit $CODE; stderr: $ERR
stdout: $(printf '%s\n' "$OUT" | head -n 5)"
fi
"$BIN" timeline --from 2026-03 --format json >"$TMPD/out" 2>"$TMPD/err"; CODE=$?
if [ "$CODE" -eq 0 ] && [ "$(tr -d ' \n' <"$TMPD/out")" = "[]" ] && grep -q 'no events match from 2026-03' "$TMPD/err"; then
    ok "an empty timeline in JSON is an empty list"
else
    not_ok "an empty timeline in JSON is an empty list" "exit $CODE; $(cat "$TMPD/out" "$TMPD/err")"
fi
# Lanes with no event in the dates are left out of the chart; the lanes with events stay.
run timeline --from 2025 --width 100
expect_success "the chart leaves out lanes with no event" \
    '[[ $OUT == *" Pol. directors "* ]] && ! printf "%s\n" "$OUT" | grep -Eq "^ (Ministerials|Small Group|Defence|Africa FG) "'
run timeline --kind members --format json
expect_success "--kind members is the membership lane" 'valid_json && [[ $OUT == *"\"lane\" : \"membership\""* ]]'
run timeline --kind membr
expect_failure "an unknown lane exits 64 with the valid ones" 64 'valid values: ministerial'

run lsit
expect_failure "a mistyped command names the nearest and exits 64" 64 'unknown command "lsit" \(did you mean "list"\?\)'
run render --pane timelin
expect_failure "a mistyped pane names the nearest and exits 64" 64 'unknown pane "timelin" \(did you mean "timeline"\?\)'
run render --format sv
expect_failure "a mistyped render format names the nearest" 64 'unknown format "sv" \(did you mean "svg"\?\)'
run --help
expect_success "top-level help has examples and the dashboard's options" '[[ $OUT == *"Examples:"* && $OUT == *"--region <name>"* && $OUT == *"--pane <pane>"* ]]'
run ---completion list -- --region 3 0
expect_success "completion offers the data's regions" '[[ $OUT == *"sahel-uniss"* && $OUT == *"western-africa"* ]]'
run ---completion stats -- --region 3 0
expect_success "completion offers the data's regions for stats --region too" '[[ $OUT == *"sahel-uniss"* && $OUT == *"western-africa"* ]]'
run ---completion show -- positional@0 2 0 coalition show ""
expect_success "completion offers record ids for show" '[[ $OUT == *"$MARRAKESH"* && $OUT == *"afg-2023-03-01-niamey"* ]]'
run ---completion compare -- positional@1 3 0 coalition compare "$MARRAKESH" ""
expect_success "completion offers meeting and session ids for compare" '[[ $OUT == *"mtg-2023-06-08-riyadh"* && $OUT != *"res-"* ]]'
for shell in bash zsh fish; do
    run --generate-completion-script "$shell"
    expect_success "the $shell completion asks the binary for ids to show and offers panes and lanes" \
        '[[ $OUT == *"---completion show -- positional@0"* && $OUT == *"timeline"* && $OUT == *"africa-focus-group"* && $OUT == *"---completion list -- --region"* ]]'
done

# --- data errors: 65 for broken data, 66 for a missing folder ---------------------------------

cp -R "$DATA" "$TMPD/broken"
printf '{ "meetings": [ ' >"$TMPD/broken/meetings.json"
for command in "list meetings" "show $MARRAKESH" regions stats themes coverage "compare $MARRAKESH mtg-2023-06-08-riyadh"; do
    # shellcheck disable=SC2086
    run $command --data "$TMPD/broken"
    expect_failure "$command: broken data exits 65" 65 'meetings.json:1:'
    # shellcheck disable=SC2086
    run $command --data "$TMPD/missing"
    expect_failure "$command: a missing folder exits 66" 66 'data folder not found'
done

# --- the snapshot cache: the same output cold, warm, bypassed and after damage ------------------

CACHE_DIR=$TMPD/cache-check
XDG_CACHE_HOME=$CACHE_DIR run render --size 100x30 --no-cache
bypassed=$OUT
if [ "$CODE" -eq 0 ] && [ ! -e "$CACHE_DIR" ]; then ok "--no-cache reads and writes no snapshot"; else not_ok "--no-cache reads and writes no snapshot" "exit $CODE; $(ls -R "$CACHE_DIR" 2>&1)"; fi
XDG_CACHE_HOME=$CACHE_DIR run render --size 100x30
snapshots=$(find "$CACHE_DIR" -name '*.snapshot' 2>/dev/null | wc -l)
if [ "$CODE" -eq 0 ] && [ "$OUT" = "$bypassed" ] && [ "$snapshots" -eq 1 ]; then ok "a first open draws the same screen and leaves one snapshot in \$XDG_CACHE_HOME/coalition"; else not_ok "a first open leaves one snapshot" "exit $CODE; $snapshots snapshots"; fi
XDG_CACHE_HOME=$CACHE_DIR run render --size 100x30
if [ "$CODE" -eq 0 ] && [ "$OUT" = "$bypassed" ]; then ok "a warm open draws the same screen"; else not_ok "a warm open draws the same screen" "exit $CODE"; fi
snapshot_file=$(find "$CACHE_DIR" -name '*.snapshot' | head -1)
truncate -s 100 "$snapshot_file"
XDG_CACHE_HOME=$CACHE_DIR run render --size 100x30
if [ "$CODE" -eq 0 ] && [ "$OUT" = "$bypassed" ] && [ -z "$ERR" ] && [ "$(stat -c %s "$snapshot_file")" -gt 100 ]; then
    ok "a truncated snapshot is ignored without a word and replaced"
else
    not_ok "a truncated snapshot is ignored and replaced" "exit $CODE; $ERR"
fi
XDG_CACHE_HOME=/nonexistent/read-only/cache run render --size 100x30
if [ "$CODE" -eq 0 ] && [ "$OUT" = "$bypassed" ] && [ -z "$ERR" ]; then ok "a cache folder that cannot be made is no failure"; else not_ok "a cache folder that cannot be made is no failure" "exit $CODE; $ERR"; fi
for args in "list meetings" "show $MARRAKESH" "regions" "stats" "themes" "coverage" "timeline" "validate" "compare $MARRAKESH $RIYADH"; do
    # shellcheck disable=SC2086
    XDG_CACHE_HOME=$CACHE_DIR-$$ run $args --no-cache
    if [ "$CODE" -eq 0 ] && no_crash && [ ! -e "$CACHE_DIR-$$" ]; then ok "$args takes --no-cache"; else not_ok "$args takes --no-cache" "exit $CODE; $ERR"; fi
done

printf '%d passed, %d failed\n' "$PASSED" "$FAILED"
[ "$FAILED" -eq 0 ]
