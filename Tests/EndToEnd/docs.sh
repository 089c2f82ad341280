#!/usr/bin/env bash
# The README's pictures are the real screen: they must match what the binary renders now.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export COALITION_BIN=${COALITION_BIN:-$root/.build/debug/coalition}
if out=$("$root/scripts/update-screenshots" --check 2>&1); then
    echo "ok - docs/*.svg match the rendered screens"
    echo "1 passed, 0 failed"
else
    echo "not ok - docs/*.svg match the rendered screens"
    printf '%s\n' "$out" | sed 's/^/  /'
    echo "0 passed, 1 failed"
    exit 1
fi
