#!/usr/bin/env bash
# A generated data set of tens of thousands of records: valid, loaded with progress on stderr
# (loads over half a second say what they are doing), and drawn.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${COALITION_BIN:-$root/.build/debug/coalition}
generate=${COALITION_GENERATE:-$(dirname "$bin")/coalition-generate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Snapshots of the test data go to the suite's own folder, never the user's ~/.cache.
export XDG_CACHE_HOME=$work/cache
passed=0
failed=0
check() {
    local what=$1 evidence=$2
    shift 2
    if "$@"; then echo "ok - $what"; passed=$((passed + 1))
    else echo "not ok - $what"; printf '%s\n' "$evidence" | head -20 | sed 's/^/  /'; failed=$((failed + 1)); fi
}

out=$("$generate" --records 30000 --seed 7 --output "$work/data" 2>&1)
check "coalition-generate writes 30 000 records" "$out" test -s "$work/data/resolutions.json"
again=$("$generate" --records 30000 --seed 7 --output "$work/again" 2>&1)
check "the generator is deterministic for a seed" "$again" cmp -s "$work/data/resolutions.json" "$work/again/resolutions.json"

"$bin" validate --data "$work/data" >"$work/out" 2>"$work/err"
status=$?
check "the generated data validates" "exit $status: $(cat "$work/out" "$work/err")" \
    bash -c '[ "$1" = 0 ] && grep -q "^ok: " "$2"' _ "$status" "$work/out"
check "a load over half a second shows progress on stderr" "$(cat "$work/err")" \
    grep -q "coalition: loading data" "$work/err"
out=$("$bin" render --size 120x40 --data "$work/data" --region "Western Africa" 2>/dev/null)
check "the first frame draws with a region filter" "$out" grep -q "Region: Western Africa" <<<"$out"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
