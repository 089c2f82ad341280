#!/usr/bin/env bash
# The documentation is the real thing: the README's pictures match what the binary renders now,
# and the man page generated from the command definitions (as `make manual` makes it) has the
# sections the project promises and no warning under groff.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
export COALITION_BIN=${COALITION_BIN:-$root/.build/debug/coalition}
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok - $1"; }
not_ok() { failed=$((failed + 1)); echo "not ok - $1"; [ $# -gt 1 ] && printf '%s\n' "$2" | head -n 20 | sed 's/^/  /'; }

if out=$("$root/scripts/update-screenshots" --check 2>&1); then
    ok "docs/*.svg match the rendered screens"
else
    not_ok "docs/*.svg match the rendered screens" "$out"
fi

# --- the man page -----------------------------------------------------------------------------
tmpd=$(mktemp -d "${TMPDIR:-/tmp}/coalition-docs.XXXXXX")
trap 'rm -rf "$tmpd"' EXIT
command -v groff >/dev/null 2>&1 || "$root/scripts/install-deps" >/dev/null 2>&1
generator="$root/.build/debug/generate-manual"
[ -x "$generator" ] || (cd "$root" && swift build --product generate-manual >/dev/null 2>&1)
page="$tmpd/coalition.1"
if "$generator" "$COALITION_BIN" --output-directory "$tmpd" >"$tmpd/log" 2>&1 && "$root/scripts/finish-manual" "$page" "$COALITION_BIN" 2>>"$tmpd/log"; then
    ok "the man page is generated and finished"
    warnings=$(groff -ww -mandoc -z "$page" 2>&1)
    if [ -z "$warnings" ]; then ok "the man page has no groff warning"; else not_ok "the man page has no groff warning" "$warnings"; fi
    missing=""
    for section in KEYS ENVIRONMENT FILES "EXIT STATUS"; do
        grep -q "^\.Sh \"\{0,1\}$section\"\{0,1\}$" "$page" || missing="$missing $section"
    done
    if [ -z "$missing" ]; then ok "the man page has KEYS, ENVIRONMENT, FILES and EXIT STATUS"; else not_ok "the man page lacks:$missing"; fi
    text=$(groff -mandoc -Tutf8 -P-c "$page" 2>/dev/null | sed 's/.\x08//g')
    ok_codes=1
    for code in 64 65 66 69; do
        printf '%s\n' "$text" | sed -n '/^EXIT STATUS/,$p' | grep -Eq "^ +$code +[A-Z]" || ok_codes=0
    done
    for variable in NO_COLOR COALITION_DATA BROWSER ESCDELAY; do
        printf '%s\n' "$text" | sed -n '/^ENVIRONMENT/,/^FILES/p' | grep -q "$variable" || ok_codes=0
    done
    if [ $ok_codes -eq 1 ]; then ok "EXIT STATUS explains 64, 65, 66 and 69; ENVIRONMENT names the variables"
    else not_ok "EXIT STATUS explains 64, 65, 66 and 69; ENVIRONMENT names the variables" "$(printf '%s\n' "$text" | sed -n '/^ENVIRONMENT/,$p')"; fi
else
    not_ok "the man page is generated and finished" "$(cat "$tmpd/log")"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
