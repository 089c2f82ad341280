#!/usr/bin/env bash
# `make install PREFIX=…` puts the binary, the data, the completions and the man page under a
# prefix; the installed command then works from any folder, and `make uninstall` removes it all.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
prefix=$(mktemp -d)
elsewhere=$(mktemp -d)
trap 'rm -rf "$prefix" "$elsewhere"' EXIT
# Snapshots of the test data go to the suite's own folder, never the user's ~/.cache.
export XDG_CACHE_HOME=$elsewhere/cache
passed=0
failed=0
check() {
    local what=$1
    shift
    if "$@" >/dev/null 2>&1; then
        echo "ok - $what"; passed=$((passed + 1))
    else
        echo "not ok - $what"; failed=$((failed + 1))
    fi
}

log=$(make -C "$root" install PREFIX="$prefix" 2>&1)
status=$?
check "make install PREFIX=… succeeds" test "$status" -eq 0
[ "$status" -eq 0 ] || printf '%s\n' "$log" | tail -20 | sed 's/^/  /'
check "the binary is installed" test -x "$prefix/bin/coalition"
check "the data set is installed" test -f "$prefix/share/coalition/data/meetings.json"
check "the man page is installed" test -s "$prefix/share/man/man1/coalition.1"
check "the bash completion is installed" grep -q coalition "$prefix/share/bash-completion/completions/coalition"
check "the zsh completion is installed" grep -q coalition "$prefix/share/zsh/site-functions/_coalition"
check "the fish completion is installed" grep -q coalition "$prefix/share/fish/vendor_completions.d/coalition.fish"
check "the installed command validates its data from another folder" \
    bash -c 'cd "$1" && env -u COALITION_DATA "$2/bin/coalition" validate | grep -q "^ok: $2/share/coalition/data"' _ "$elsewhere" "$prefix"
check "the installed command renders from another folder" \
    bash -c 'cd "$1" && env -u COALITION_DATA "$2/bin/coalition" render --size 80x24 | grep -q Meetings' _ "$elsewhere" "$prefix"
check "the man page names the commands" grep -q "validate" "$prefix/share/man/man1/coalition.1"

make -C "$root" uninstall PREFIX="$prefix" >/dev/null 2>&1
check "make uninstall removes every installed file" bash -c '[ -z "$(find "$1" -type f)" ]' _ "$prefix"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
