#!/usr/bin/env bash
# Runs every end-to-end suite against the built binary and adds up their results, so one failing
# suite does not hide the others. Each suite prints "N passed, M failed" as its last line.
set -u
here=$(cd "$(dirname "$0")" && pwd)
suites=(run.sh mouse.sh steer.sh views.sh commands.sh faults.sh signals.sh reload.sh unicode.sh scale.sh install.sh docs.sh analyst.sh)
helpers=(all.sh harness.sh pane-run.sh)
passed=0
failed=0
# A suite added to the folder but not to the list would never run.
for file in "$here"/*.sh; do
    name=${file##*/}
    case " ${suites[*]} ${helpers[*]} " in
        *" $name "*) ;;
        *) echo "not ok - $name is in $here but neither a listed suite nor a helper"; failed=$((failed + 1)) ;;
    esac
done
for suite in "${suites[@]}"; do
    echo "# $suite"
    # A suite that cannot run counts as a failure, never as a silent skip.
    if [ ! -f "$here/$suite" ] || [ ! -x "$here/$suite" ]; then
        echo "not ok - $suite cannot be run: $(ls -l "$here/$suite" 2>&1)"
        failed=$((failed + 1))
        continue
    fi
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
