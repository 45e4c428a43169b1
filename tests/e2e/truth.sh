#!/usr/bin/env bash
# The screen tells the truth, under Xvfb with xdotool (no window manager):
#   1. F11 fills the screen and F11 again gives back the window's size and
#      place; quitting in full screen (Ctrl+Q) keeps the windowed size.
#   2. Own digits: the same drawing added twice is said ("own digit already"),
#      not stored twice; U (and its legend button undo-digit) takes the last
#      one back.
#
#   tests/e2e/truth.sh [path/to/neuropad]   (default .build/release/neuropad)
set -u
BIN=${1:-.build/release/neuropad}
# shellcheck source=../tools/session.sh
. "$(dirname "$0")/../tools/session.sh"
export LANG=C
session_open 1600x900 xdotool python3

key() { xdotool key --window "$WID" "$@"; }
# The app's own window (not one of an app before it), focused for plain keys.
app_window() {
    WID=$(timeout 10 xdotool search --sync --pid "$APP_PID" --name '^NeuroPad$' | head -1)
    [ -n "$WID" ] && timeout 5 xdotool windowfocus --sync "$WID" 2>/dev/null
    [ -n "$WID" ]
}
# Waits at most 5 s until the window's geometry is $1 (WxH); true if it came.
geometry_is() {
    local i
    for i in $(seq 100); do
        [ "$(xdotool getwindowgeometry "$WID" | sed -n 's/ *Geometry: //p')" = "$1" ] && return 0
        sleep 0.05
    done
    echo "geometry: $(xdotool getwindowgeometry "$WID" | tr '\n' ' ')"
    return 1
}
position() { xdotool getwindowgeometry "$WID" | sed -n 's/ *Position: \([0-9]*,[0-9]*\).*/\1/p'; }

# 1. Full screen and back.
session_start_app --window 1000x700 --pace 50 --lang en
if wait_for '^ready$' 15 && app_window; then
    geometry_is 1000x700 && pass "the window opens at 1000x700" || fail "the window opens at 1000x700"
    before=$(position)
    key F11
    geometry_is 1600x900 && [ "$(position)" = "0,0" ] && pass "F11 fills the 1600x900 screen" || fail "F11 fills the screen"
    key F11
    geometry_is 1000x700 && [ "$(position)" = "$before" ] \
        && pass "F11 again: 1000x700 at $before as before" || fail "F11 again restores 1000x700 at $before ($(position))"
    key F11
    geometry_is 1600x900 || fail "F11 a second time"
    # Esc would leave full screen first; Ctrl+Q quits from it (J answers the question).
    asked=$(grep -c '^ask quit$' "$LOG")
    key ctrl+q
    sleep 0.5
    [ "$(grep -c '^ask quit$' "$LOG")" -gt "$asked" ] && key j
    wait_exit 5 "$(now)"
    [ "$EXIT_CODE" -eq 0 ] && pass "Ctrl+Q quits from full screen" || fail "Ctrl+Q quits from full screen (exit $EXIT_CODE)"
    w=$(python3 -c 'import json, sys; s = json.load(open(sys.argv[1])); print(s.get("windowWidth"), s.get("windowHeight"))' "$SETTINGS")
    [ "$w" = "1000 700" ] && pass "quit in full screen: the windowed size 1000x700 is kept" \
        || fail "quit in full screen keeps 1000x700 (kept: $w)"
else
    fail "the app starts"
fi
[ -n "$APP_PID" ] && { kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null; APP_PID=""; }

# 2. Own digits: twice the same drawing, then taken back.
session_start_app --pace 50 --lang en
if wait_for '^ready$' 15 && app_window; then
    read -r GX GY GW GH < <(grep '^layout grid ' "$LOG" | tail -1 | cut -d' ' -f3-)
    xdotool mousemove --window "$WID" $((GX + GW / 2)) $((GY + GH / 5)) mousedown 1
    for i in 1 2 3 4 5 6; do xdotool mousemove --window "$WID" $((GX + GW / 2)) $((GY + GH * i / 8)); sleep 0.02; done
    xdotool mouseup 1
    key 1
    wait_for '^own digit 1 count 1$' 5 && pass "key 1 adds the drawing" || fail "key 1 adds the drawing"
    wait_for '^layout button undo-digit ' 5 && pass "the legend shows the button undo-digit (U)" \
        || fail "no layout button undo-digit"
    key 7
    wait_for '^own digit already 1$' 5 && pass "the same drawing again (as 7): 'already' (as 1), not stored twice" \
        || fail "the same drawing twice is said"
    grep -q '^own digit 7 ' "$LOG" && fail "the drawing was stored twice"
    read -r UX UY UW UH < <(grep '^layout button undo-digit ' "$LOG" | tail -1 | cut -d' ' -f4-)
    xdotool mousemove --window "$WID" $((UX + UW / 2)) $((UY + UH / 2)) click 1
    wait_for '^own digit undone 1 count 0$' 5 && pass "the undo-digit button takes the digit back" \
        || fail "undo-digit takes the digit back"
    [ ! -e "$XDG_DATA_HOME/neuropad/own-digits.csv" ] || [ "$(wc -l <"$XDG_DATA_HOME/neuropad/own-digits.csv")" -eq 0 ] \
        && pass "no own digit left on disk" || fail "own digits left on disk"
    key 4
    wait_for '^own digit 4 count 1$' 5 || fail "key 4 adds it again"
    key u
    wait_for '^own digit undone 4 count 0$' 5 && pass "U takes the digit back" || fail "U takes the digit back"
    quit_check
else
    fail "the app starts (own digits)"
fi
finish
