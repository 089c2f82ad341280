#!/usr/bin/env bash
# Runs every end-to-end suite against the built binary and adds up their results, so one failing
# suite does not hide the others. Each suite prints "N passed, M failed" as its last line.
set -u
here=$(cd "$(dirname "$0")" && pwd)
suites=(run.sh commands.sh faults.sh signals.sh unicode.sh scale.sh install.sh docs.sh)
passed=0
failed=0
for suite in "${suites[@]}"; do
    [ -x "$here/$suite" ] || continue
    echo "# $suite"
    output=$("$here/$suite" 2>&1)
    status=$?
    printf '%s\n' "$output"
    totals=$(printf '%s\n' "$output" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -1)
    if [ -z "$totals" ]; then
        echo "not ok - $suite printed no result line (exit $status)"
        failed=$((failed + 1))
        continue
    fi
    read -r p _ f _ <<<"$totals"
    passed=$((passed + p))
    failed=$((failed + f))
    if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
        echo "not ok - $suite exited $status"
        failed=$((failed + 1))
    fi
done
echo "end-to-end: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
