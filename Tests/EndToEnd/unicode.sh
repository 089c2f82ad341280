#!/usr/bin/env bash
# The live screen shows what `render` prints: meeting titles with combining marks (more than a
# terminal cell holds), CJK, Devanagari, Thai, emoji with skin tones, flags, ZWJ sequences and
# VS16 are drawn by the dashboard in tmux, and tmux's capture of the pane must equal
# `coalition render` of the same data at the same size, line for line, also after redraws
# (moving the selection away and back, switching panes, a resize away and back).
#
#   Tests/EndToEnd/unicode.sh                  # tests .build/debug/coalition
#   COALITION_BIN=/path/to/coalition Tests/EndToEnd/unicode.sh
#
# Same conventions as run.sh: "ok - ..." or "not ok - ..." per check, then "N passed, M failed".
set -u

SUITE=unicode
TIME_LIMIT=120
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/harness.sh"

start_server

WORLD=$TMPD/world
cp -R "$DATA" "$WORLD"
python3 - "$WORLD" <<'PY'
import json, sys
folder = sys.argv[1]
titles = [
    "Re\u0301union e\u0301\u0302 and Zalgo a\u0301\u0302\u0303\u0304\u0305\u0306 marks",
    "東京会合 第二回 CJK ministerial",
    "नमस्ते दिल्ली Devanagari meeting",
    "ประชุม กรุงเทพ Thai meeting",
    "Skin tones \U0001F44D\U0001F3FD \U0001F44B\U0001F3FF meeting",
    "Flags \U0001F1EB\U0001F1F7 \U0001F1F2\U0001F1E6 \U0001F1EE\U0001F1F6 meeting",
    "ZWJ \U0001F468\u200D\U0001F469\u200D\U0001F467 \U0001F469\u200D\U0001F4BB \U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 family",
    "VS16 \u2764\uFE0F \u263A\uFE0F and \U0001F6E0 tools",
]
path = f"{folder}/meetings.json"
data = json.load(open(path, encoding="utf-8"))
meetings = sorted(data["meetings"], key=lambda m: m["date"])
for meeting, title in zip(meetings, titles):
    meeting["title"] = title
json.dump(data, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY

check "the data with every kind of cluster validates" "$("$BIN" validate --data "$WORLD" 2>&1)" \
    "$BIN" validate --data "$WORLD"

# same_as_render WHAT ARGS...: the pane's capture equals render --size 120x40 ARGS (trailing blanks aside).
same_as_render() {
    local what=$1 expected actual
    shift
    expected=$("$BIN" render --size 120x40 --data "$WORLD" "$@" | sed 's/[[:space:]]*$//')
    _same_test() {
        actual=$(screen "$S" | sed 's/[[:space:]]*$//')
        [ "$actual" = "$expected" ]
    }
    if poll _same_test 5; then
        ok "$what: the screen equals coalition render"
    else
        not_ok "$what: the screen differs from coalition render" \
            "$(diff <(printf "%s\n" "$expected") <(printf "%s\n" "$actual") | grep "^>" | head -8)"
    fi
}

# The dashboard alone in a 120x40 session (no shell prompt on screen).
start_world() {
    SESSION_COUNT=$((SESSION_COUNT + 1))
    S=u$SESSION_COUNT
    # The pane sleeps after the run rather than die, so the runner's exit line stays readable.
    tm new-session -d -s "$S" -c "$TMPD" -x 120 -y 40 "$(run_line "$1" --data "$WORLD" "${@:2}" | sed 's/^clear; //'); exec sleep $TIME_LIMIT"
    wait_for "$S" "$HEADER_RE"
}

if start_world FIRST; then
    same_as_render "first frame, titles of every script in the list and the detail"
    # Away and back: the cells that change are redrawn over wide and combined ones.
    keys "$S" j j j k k k
    same_as_render "after moving down three rows and back"
    keys "$S" Tab BTab
    same_as_render "after switching panes and back"
    tm resize-window -t "$S" -x 80 -y 24
    wait_fmt "$S" '#{window_width}x#{window_height}' 80x24
    tm resize-window -t "$S" -x 120 -y 40
    same_as_render "after a resize to 80x24 and back"
    keys "$S" q
else
    not_ok "the dashboard did not start on the data" "$SCREEN"
fi

# A pasted search query of 10 000 characters carrying bidi and zero-width characters: the prompt
# shows their visible forms (never the raw characters, which would reorder the line), the
# dashboard answers at once (the paste is one search), and q still quits cleanly.
if start_world PASTE; then
    keys "$S" /
    wait_for "$S" '^ /_' >/dev/null
    paste=$(python3 -c 'print("\u202e\u2066evil\u200b" + "a" * 10000, end="")')
    tm send-keys -t "$S" -l "$paste"
    if wait_for "$S" '/\\u\{202E\}\\u\{2066\}evil\\u\{200B\}aaa' 10; then
        raw=$(screen "$S" | python3 -c 'import sys; t=sys.stdin.read(); print(sum(t.count(c) for c in "\u202e\u2066\u200b"))')
        check "a pasted 10 000-character query with bidi controls shows them escaped, none raw" "$raw raw characters"$'\n'"$SCREEN" \
            test "$raw" = 0
    else
        not_ok "a pasted 10 000-character query with bidi controls shows them escaped" "$SCREEN"
    fi
    keys "$S" Escape q
    if wait_for "$S" "PASTE EXIT=0" 10; then ok "after the paste, Esc and q quit with exit 0"
    else not_ok "after the paste, Esc and q quit with exit 0" "$SCREEN"; fi
else
    not_ok "the dashboard did not start for the paste" "$SCREEN"
fi

# Each title selected, so the detail pane shows it too.
ids=$(python3 -c 'import json,sys; m=sorted(json.load(open(sys.argv[1]))["meetings"], key=lambda m: m["date"]); print(" ".join(x["id"] for x in m[:8]))' "$WORLD/meetings.json")
for id in $ids; do
    if start_world "SEL" --select "$id"; then
        same_as_render "selected $id" --select "$id"
        keys "$S" q
    else
        not_ok "the dashboard did not start with --select $id" "$SCREEN"
    fi
done

summary
