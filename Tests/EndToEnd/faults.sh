#!/usr/bin/env bash
# End-to-end fault tests of the built `coalition` binary in tmux: resize storms, odd terminal
# sizes, every way out (q, Ctrl-C, stop and crash signals), hostile text in the data, stdin that is
# not a terminal, unreadable files, and a check that nothing is ever written to the data.
#
#   Tests/EndToEnd/faults.sh                  # tests .build/debug/coalition
#   COALITION_BIN=/path/to/coalition Tests/EndToEnd/faults.sh
#
# Same conventions as run.sh: "ok - ..." or "not ok - ..." (with evidence) per check, then
# "N passed, M failed"; exits 1 when a check failed. Needs tmux and python3; writes only into a
# temporary folder, removed on exit together with the private tmux server.
set -u

SUITE=faults
TIME_LIMIT=110
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/harness.sh"

# --- helpers of this suite ------------------------------------------------------------------

# new_direct TAG COLS ROWS ARGS...: a session whose program is the dashboard (through the pane
# runner), for sizes too small for a shell prompt; sets S. The pane then sleeps rather than die:
# tmux hides the cursor of a dead pane, which would hide what the dashboard left behind.
new_direct() {
    local tag=$1 cols=$2 rows=$3
    shift 3
    SESSION_COUNT=$((SESSION_COUNT + 1))
    S=t$SESSION_COUNT
    tm new-session -d -s "$S" -c "$TMPD" -x "$cols" -y "$rows" \
        "$(run_line "$tag" "$@" | sed 's/^clear; //'); exec sleep $TIME_LIMIT"
}
# The wide layout at 120x40: the header, the Meetings list and the detail pane side by side.
WIDE_RE='┌─ 1 Meetings · by date \([0-9]+\).*┌─ Meeting'
# The wide screen drawn right: header on line 1, the panes side by side, not "too small".
wide_screen_ok() {
    sed -n 1p <<<"$1" | grep -Eq "$HEADER_RE" && grep -Eq "$WIDE_RE" <<<"$1" && ! grep -q 'too small' <<<"$1"
}
# quit_and_check SESSION TAG WHAT [MODES-REGEX]: q, then exit 0, terminal restored (alternate_on
# cursor_flag matching MODES-REGEX, by default "0 1") and the pane title kept.
quit_and_check() {
    local s=$1 tag=$2 what=$3 want=${4:-0 1} title
    keys "$s" q
    # With history (-S -): after a start at 1x1, tmux can scroll the line out of view.
    if ! wait_for "$s" "$tag EXIT=[0-9]+" 5 '-S -'; then
        not_ok "$what: q ends the dashboard" "$SCREEN"
        return
    fi
    wait_fmt "$s" '#{alternate_on} #{cursor_flag}' '0 1'
    title=$(fmt "$s" '#{pane_title}')
    if grep -q "$tag EXIT=0 TTY=\[icanon echo\]" <<<"$SCREEN" && [[ $FMT =~ ^($want)$ ]] && [ "$title" = "$TITLE" ]; then
        ok "$what: q exits 0, terminal restored (alternate_on cursor_flag = $FMT, icanon echo, title kept)"
    else
        not_ok "$what: q exits 0 with the terminal restored and the title kept" \
            "alternate_on cursor_flag = $FMT; pane_title = $title (want $TITLE)"$'\n'"$SCREEN"
    fi
}

# --- prerequisites --------------------------------------------------------------------------

for tool in tmux python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        not_ok "$tool is installed"
        summary
    fi
done
start_server
# Applications may set tmux's paste buffers with OSC 52, so a leaked OSC 52 leaves a buffer behind.
tm set-option -s set-clipboard on >/dev/null

# --- hostile data -----------------------------------------------------------------------------

# A copy of the data with terminal controls in titles, summaries, source publishers and member
# names. JSON escapes carry the C0 controls (raw ones are a syntax error); C1, bidi, invisible,
# wide and combining characters are written raw in the file.
HOSTILE=$TMPD/hostile
cp -R "$DATA" "$HOSTILE"
python3 - "$HOSTILE" "$MARRAKESH" <<'PY'
import json, sys
folder, marrakesh = sys.argv[1], sys.argv[2]
payloads = [
    "\x1b]0;PWNED\x07",                                   # OSC 0: window title
    "\x1b]52;c;UFdORUQ=\x07",                             # OSC 52: clipboard
    "\x1b]8;;https://evil.example/\x1b\\link\x1b]8;;\x1b\\",  # OSC 8: hyperlink
    "\x1b[5A\x1b[20Cmoved",                               # cursor movement
    "\x1b[2J\x1b[Hcleared",                               # screen clear
    "\x1b(0charset",                                      # character-set switch
    "\x1b[6n\x1b[cquery",                                 # queries the terminal answers
    "\x9b31mC1\x9d0;C1title\x9c",                         # C1 CSI, OSC, ST
    "over\rwrite back\b\bspace tab\there line\nfeed bell\x07 del\x7f nul\x00",
    "\u202eevil\u202c \u2066isolate\u2069 \u200fmark",    # bidi controls
    "zero\u200bwidth word\u2060joiner bom\ufeff soft\u00adhyphen",  # invisible
    "\u0301lead 中文ＦＵＬＬ 👨\u200d👩\u200d👧 e\u0301\u0301",  # combining first, wide
]
everything = " ".join(payloads)

def load(name):
    with open(f"{folder}/{name}", encoding="utf-8") as f:
        return json.load(f)

def save(name, value):
    with open(f"{folder}/{name}", "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False, indent=2)

def poison_sources(record, index):
    for source in record.get("sources", []):
        source["publisher"] = payloads[index % len(payloads)] + " " + source["publisher"]

meetings = load("meetings.json")
for index, meeting in enumerate(meetings["meetings"]):
    prefix = everything if meeting["id"] == marrakesh else payloads[index % len(payloads)]
    meeting["title"] = prefix + " " + meeting["title"]
    poison_sources(meeting, index)
save("meetings.json", meetings)
resolutions = load("resolutions.json")
for index, resolution in enumerate(resolutions["resolutions"]):
    resolution["summary"] = payloads[index % len(payloads)] + " " + resolution["summary"]
    poison_sources(resolution, index)
save("resolutions.json", resolutions)
members = load("members.json")
for index, member in enumerate(members["members"]):
    member["name"] = payloads[index % len(payloads)] + " " + member["name"]
    poison_sources(member, index)
save("members.json", members)
PY
if out=$("$BIN" validate --data "$HOSTILE" 2>&1); then
    ok "0 the hostile copy of the data is valid data ($(cut -c1-60 <<<"$out")…)"
else
    not_ok "0 the hostile copy of the data is valid data" "$out"
    summary
fi

# Bytes that must never reach the terminal from the data: C0 controls but LF, DEL, C1 (as UTF-8),
# bidi controls, zero-width and other invisible characters.
FORBIDDEN='[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\x8b\x8c\x8e\x8f\xaa-\xae]|\xe2\x81[\xa0-\xa9]|\xef\xbb\xbf|\xc2\xad'
# forbidden_bytes FILE: the offending lines, shown with od, or nothing.
forbidden_bytes() {
    local lines
    lines=$(LC_ALL=C grep -naP "$FORBIDDEN" "$1" | head -3)
    [ -n "$lines" ] && od -c <<<"$lines" | head -12
}

# --- 1. the hostile data in the dashboard -----------------------------------------------------

# Harness sanity: this tmux takes a title from OSC 0 and a paste buffer from OSC 52, so the checks
# below can fail.
if new_shell 80 24; then
    typeline "$S" "printf '\\033]0;PWNED\\007\\033]52;c;UFdORUQ=\\007'"
    wait_fmt "$S" '#{pane_title}' PWNED
    check "1a (harness) a raw OSC 0 sets tmux's pane_title, a raw OSC 52 a paste buffer" \
        "pane_title = $FMT; buffers: $(tm list-buffers 2>&1)" \
        bash -c '[ "$1" = PWNED ] && [ -n "$2" ]' _ "$FMT" "$(tm list-buffers 2>/dev/null)"
    tm delete-buffer >/dev/null 2>&1
fi

# 200x150 shows the selected meeting's whole detail, sources included.
if start_dashboard HOSTILE 200 150 --data "$HOSTILE" --select "$MARRAKESH"; then
    wait_for "$S" 'PWNED' >/dev/null
    title=$(fmt "$S" '#{pane_title}')
    buffers=$(tm list-buffers 2>&1)
    missing=
    for visible in '^[]0;PWNED^G' '^[]52;c;UFdORUQ=^G' '^[]8;;https://evil.example/^[\link' '^[[5A^[[20Cmoved' \
        '^[[2J^[[Hcleared' '^[(0charset' '^[[6n^[[cquery' '\u{9B}31mC1\u{9D}0;C1title\u{9C}' \
        'over write back^H^Hspace tab here line feed bell^G del^? nul^@' '\u{202E}evil\u{202C}' \
        '\u{2066}isolate\u{2069}' 'zero\u{200B}width' 'bom\u{FEFF}' '中文ＦＵＬＬ' '◌́lead'; do
        grep -qF -- "$visible" <<<"$SCREEN" || missing+=" [$visible]"
    done
    check "1b every class shows in an escaped form in the Meetings list (CR, TAB, LF as spaces)" \
        "missing:$missing"$'\n'"$SCREEN" [ -z "$missing" ]
    check "1c the detail shows the title and the sources' publishers escaped" "$SCREEN" \
        bash -c 'grep -qF "││^[]0;PWNED^G ^[]52;c;" <<<"$1" && grep -Eq "│\[[0-9]+\] [^│]*(\^\[|\\u\{)" <<<"$1"' _ "$SCREEN"
    check "1d pane_title unchanged ($TITLE), no paste buffer set by OSC 52" \
        "pane_title = $title; buffers: $buffers" bash -c '[ "$1" = "$2" ] && [ -z "$3" ]' _ "$title" "$TITLE" "$(tm list-buffers 2>/dev/null)"
    # capture-pane -e adds tmux's own SGR colour sequences; anything else would be from the data.
    tm capture-pane -p -e -t "$S" | sed 's/\x1b\[[0-9;:]*m//g' >"$TMPD/hostile.pane"
    bad=$(forbidden_bytes "$TMPD/hostile.pane")
    check "1e capture-pane -e holds no raw control, C1, bidi or invisible bytes (SGR aside)" "$bad" [ -z "$bad" ]
    # Wide and combining characters keep the columns: every bordered line is exactly 200 wide.
    widths=$(python3 -c '
import sys, unicodedata
def width(line):
    return sum(0 if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf") else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
bad = [f"{n}: {width(l)}" for n, l in enumerate(sys.stdin.read().split("\n"), 1)
       if l.rstrip().endswith(("│", "┐", "┘")) and width(l.rstrip()) != 200]
print("\n".join(bad))' <<<"$SCREEN")
    check "1f every bordered line is 200 columns wide (wide and combining characters counted right)" \
        "$widths"$'\n'"$SCREEN" [ -z "$widths" ]
    keys "$S" 2
    wait_for "$S" '┌─ 2 Resolutions' >/dev/null
    keys "$S" 4
    wait_for "$S" '┌─ 4 Members' >/dev/null
    tm capture-pane -p -e -t "$S" | sed 's/\x1b\[[0-9;:]*m//g' >"$TMPD/hostile-members.pane"
    bad=$(forbidden_bytes "$TMPD/hostile-members.pane")
    check "1g Resolutions and Members panes (summaries, names): no raw control bytes, names escaped" \
        "$bad"$'\n'"$(cat "$TMPD/hostile-members.pane")" \
        bash -c '[ -z "$1" ] && grep -qF "^[" "$2"' _ "$bad" "$TMPD/hostile-members.pane"
    quit_and_check "$S" HOSTILE "1h hostile data"
else
    not_ok "1 the dashboard starts on the hostile data" "$SCREEN"
fi

for pane in meetings resolutions sessions members; do
    "$BIN" render --size 200x150 --data "$HOSTILE" --pane "$pane" --select "$MARRAKESH" >>"$TMPD/render.out" 2>&1 \
        || echo "render --pane $pane: exit $?" >>"$TMPD/render.fail"
done
bad=$(forbidden_bytes "$TMPD/render.out")
check "1i coalition render of every pane on the hostile data: no forbidden bytes (grep -P), escaped forms present" \
    "$(cat "$TMPD/render.fail" 2>/dev/null)"$'\n'"$bad" \
    bash -c '[ ! -e "$1" ] && [ -z "$2" ] && grep -qF "^[]0;PWNED^G" "$3" && grep -qF "\\u{202E}" "$3"' \
    _ "$TMPD/render.fail" "$bad" "$TMPD/render.out"

# --- 2. every way out restores the terminal and keeps the title --------------------------------

# fault_check TAG HOW EXPECTED-STATUS-REGEX DESCRIPTION (on the hostile data)
fault_check() {
    local tag=$1 how=$2 want=$3 what=$4 pid status title
    if ! start_dashboard "$tag" 120 40 --data "$HOSTILE"; then
        not_ok "$what: the dashboard did not start" "$SCREEN"
        return
    fi
    wait_fmt "$S" '#{alternate_on} #{cursor_flag}' '1 0'
    case $how in
        q | C-c) keys "$S" "$how" ;;
        *)
            pid=$(dashboard_pid "$S")
            [ -n "$pid" ] && kill "-$how" "$pid"
            ;;
    esac
    if ! wait_for "$S" "$tag EXIT=[0-9]+"; then
        not_ok "$what: the dashboard exits" "$SCREEN"
        return
    fi
    status=$(grep -Eo "$tag EXIT=[0-9]+" <<<"$SCREEN" | head -1)
    status=${status##*=}
    wait_fmt "$S" '#{alternate_on} #{cursor_flag}' '0 1'
    title=$(fmt "$S" '#{pane_title}')
    if [[ $status =~ ^($want)$ ]] && [ "$FMT" = "0 1" ] && [ "$title" = "$TITLE" ] \
        && grep -q "$tag EXIT=[0-9]* TTY=\[icanon echo\]" <<<"$SCREEN"; then
        ok "$what: exit $status, alternate_on cursor_flag = $FMT, icanon echo, pane title kept"
    else
        not_ok "$what: want exit $want, alternate_on cursor_flag = 0 1, icanon echo, title $TITLE" \
            "exit $status; alternate_on cursor_flag = $FMT; pane_title = $title"$'\n'"$SCREEN"
    fi
}
fault_check QUIT q 0 "2a q"
fault_check CTRLC C-c '0|130' "2b Ctrl-C"
fault_check SIGTERM TERM 143 "2c SIGTERM"
fault_check SIGHUP HUP 129 "2d SIGHUP"
fault_check SIGQUIT QUIT 131 "2e SIGQUIT"
fault_check SIGSEGV SEGV 139 "2f SIGSEGV (crash handler)"
fault_check SIGABRT ABRT 134 "2g SIGABRT (crash handler)"

# --- 3. resize storm ------------------------------------------------------------------------------

if start_dashboard STORM 120 40; then
    RANDOM=6  # a fixed seed, so a failing sequence of sizes can be replayed
    for _ in $(seq 300); do
        tm resize-window -t "$S" -x $((RANDOM % 400 + 1)) -y $((RANDOM % 150 + 1))
    done
    tm resize-window -t "$S" -x 120 -y 40
    wait_for "$S" "$WIDE_RE" >/dev/null
    pid=$(dashboard_pid "$S")
    if [ -n "$pid" ] && wide_screen_ok "$SCREEN"; then
        ok "3a 300 random resizes from 1x1 to 400x150: still running (pid $pid), redraws right at 120x40"
    else
        not_ok "3a 300 random resizes: still running and redrawn at 120x40" "pid: ${pid:-none}"$'\n'"$SCREEN"
    fi
    quit_and_check "$S" STORM "3b after the storm"
else
    not_ok "3 resize storm: the dashboard did not start" "$SCREEN"
fi

# --- 4. extreme sizes from the start ---------------------------------------------------------------

for size in 1x1 2x2; do
    tag=SIZE${size/x/BY}
    new_direct "$tag" "${size%x*}" "${size#*x}"
    TITLE=$(fmt "$S" '#{pane_title}')
    # Grown only once the dashboard owns the terminal (alternate screen on, cursor hidden), so the
    # resize always reaches a running dashboard rather than one still starting.
    wait_fmt "$S" '#{alternate_on} #{cursor_flag}' '1 0' 5
    pid=$(dashboard_pid "$S")
    tm resize-window -t "$S" -x 120 -y 40
    if [ "$FMT" = "1 0" ] && [ -n "$pid" ] && wait_for "$S" "$WIDE_RE" && wide_screen_ok "$SCREEN"; then
        ok "4 started at $size: running, then drawn right when grown to 120x40"
    else
        not_ok "4 started at $size: running, then drawn right at 120x40" \
            "alternate_on cursor_flag = $FMT; pid: ${pid:-none}"$'\n'"$SCREEN"
    fi
    quit_and_check "$S" "$tag" "4 started at $size"
done
if start_dashboard BIG 400 150; then
    last=$(sed -n 150p <<<"$SCREEN")
    if grep -Eq "$WIDE_RE" <<<"$SCREEN" && grep -q 'q quit' <<<"$last"; then
        ok "4 started at 400x150: panes drawn, status bar on row 150"
    else
        not_ok "4 started at 400x150: panes drawn, status bar on row 150" "row 150: $last"$'\n'"$(head -5 <<<"$SCREEN")"
    fi
    quit_and_check "$S" BIG "4 started at 400x150"
else
    not_ok "4 started at 400x150: the dashboard draws its header" "$SCREEN"
fi

# --- 5. stdin not a terminal -----------------------------------------------------------------------

if new_shell 120 40; then
    typeline "$S" "clear; $(q "$BIN") </dev/null; echo \"STDIN EXIT=\$?\""
    if wait_for "$S" 'STDIN EXIT=[0-9]+' 5 -J; then
        status=$(grep -Eo 'STDIN EXIT=[0-9]+' <<<"$SCREEN" | head -1)
        if [ "${status##*=}" = 69 ] && grep -q 'standard input is not' <<<"$SCREEN" && grep -q render <<<"$SCREEN" \
            && [ "$(modes "$S")" = "0 1" ]; then
            ok "5 coalition </dev/null: exit 69, \"$(grep -m1 -o 'standard input is not[^.]*' <<<"$SCREEN")\", no curses"
        else
            not_ok "5 coalition </dev/null: exit 69 and a message about standard input" \
                "$status; alternate_on cursor_flag = $(modes "$S")"$'\n'"$SCREEN"
        fi
    else
        not_ok "5 coalition </dev/null: finishes" "$SCREEN"
    fi
fi

# --- 6. a file the user may not read ----------------------------------------------------------------

# Root reads any file whatever its mode, so the check runs the binary as nobody.
if [ "$(id -u)" != 0 ]; then
    LOCKED_RUN=()
elif command -v runuser >/dev/null 2>&1 && runuser -u nobody -- test -x "$BIN" 2>/dev/null; then
    LOCKED_RUN=(runuser -u nobody --)
else
    LOCKED_RUN=(skip)
fi
if [ "${LOCKED_RUN[0]:-}" = skip ]; then
    ok "6 a mode-000 file: exit 66 # SKIP running as root without runuser, or nobody cannot run $BIN"
else
    LOCKED=$(mktemp -d "${TMPDIR:-/tmp}/coalition-locked.XXXXXX")
    cp -R "$DATA/." "$LOCKED"
    chmod 755 "$LOCKED"
    chmod 644 "$LOCKED"/*.json
    chmod 000 "$LOCKED/regions.json"
    out=$(cd / && "${LOCKED_RUN[@]}" "$BIN" validate --data "$LOCKED" 2>&1)
    status=$?
    rm -rf "$LOCKED"
    check "6 a mode-000 regions.json, run as $("${LOCKED_RUN[@]}" id -un): exit 66, names the file" \
        "exit $status"$'\n'"$out" \
        bash -c '[ "$1" = 66 ] && grep -q "regions.json: cannot be read: permission denied" <<<"$2"' _ "$status" "$out"
fi

# --- 7. nothing is written to the data ----------------------------------------------------------------

UNTOUCHED=$TMPD/untouched
cp -R "$DATA" "$UNTOUCHED"
# Names, sizes, nanosecond mtimes and checksums of everything in the folder.
snapshot() { (cd "$UNTOUCHED" && find . -print0 | sort -z | xargs -0 stat -c '%n %s %y' && sha256sum ./*.json); }
before=$(snapshot)
"$BIN" validate --data "$UNTOUCHED" >/dev/null 2>&1
"$BIN" render --size 120x40 --data "$UNTOUCHED" >/dev/null 2>&1
"$BIN" render --size 120x40 --data "$UNTOUCHED" --pane members --select "$MARRAKESH" >/dev/null 2>&1
if start_dashboard UNTOUCHED 120 40 --data "$UNTOUCHED"; then
    keys "$S" j j Enter / m a r Enter q
    wait_for "$S" 'UNTOUCHED EXIT=[0-9]+' >/dev/null
fi
after=$(snapshot)
check "7 validate, render and the dashboard leave every data file's bytes and mtime unchanged" \
    "$(diff <(echo "$before") <(echo "$after"))" [ "$before" = "$after" ]

summary
