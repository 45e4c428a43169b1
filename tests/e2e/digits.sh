#!/usr/bin/env bash
# End-to-end test of the digit window: starts the real app under its own
# Xvfb, waits for training, draws digits with the mouse (xdotool) and checks
# the `prediction` lines, a screenshot and a clean quit.
#
#   tests/e2e/digits.sh [path/to/neuropad]   (default .build/release/neuropad)
#
# Needs Xvfb, xdotool and ImageMagick (import, convert).
set -u
BIN=${1:-.build/release/neuropad}
# shellcheck source=../tools/session.sh
. "$(dirname "$0")/../tools/session.sh"
session_open 1280x720 xdotool import convert
session_start_app --pace max --window 1280x720

# 1. The window shows up and reports its grid.
if wait_for '^ready$' 10 && wait_for '^layout grid ' 2; then
    pass "window ready, grid announced"
else
    fail "window ready, grid announced"; cat "$ERR"; finish
fi
read -r GX GY GW GH < <(grep '^layout grid ' "$LOG" | tail -1 | cut -d' ' -f3-)
session_window || { fail "window found by its title"; finish; }
CELL=$((GW / 28))

# Cell coordinates (column, row; may be fractional) to window pixels.
px() { awk -v c="$1" -v g="$GX" -v s="$CELL" 'BEGIN { printf "%d", g + c * s }'; }
py() { awk -v r="$1" -v g="$GY" -v s="$CELL" 'BEGIN { printf "%d", g + r * s }'; }

# Draws one stroke through the given "col,row" points with small steps.
stroke() {
    local first=1 prev="" p
    for p in "$@"; do
        local c=${p%,*} r=${p#*,}
        if [ $first -eq 1 ]; then
            xdotool mousemove --window "$WID" "$(px "$c")" "$(py "$r")" mousedown 1
            first=0
        else
            xdotool mousemove --window "$WID" "$(px "$c")" "$(py "$r")"
        fi
        sleep 0.02
    done
    xdotool mouseup 1
}

grid_mean() {
    import -window root "$1"
    convert "$1" -crop "${GW}x${GH}+${GX}+${GY}" -colorspace gray -format '%[fx:mean]' info:
}

# Trained weights read digits well; the embedded set takes well under a
# second per epoch at full speed.
wait_for '^epoch 5 ' 60 || { fail "training reaches epoch 5"; finish; }
blank=$(grid_mean "$WORK/blank.png")

# 2. A one: a long vertical stroke, slightly slanted.
stroke 15,4 14.8,8 14.6,12 14.4,16 14.2,20 14,24
if wait_for '^prediction ' 3 && grep '^prediction ' "$LOG" | tail -1 | grep -q '^prediction 1 '; then
    pass "a drawn 1 is read as 1"
else
    fail "a drawn 1 is read as 1 ($(grep '^prediction' "$LOG" | tail -1))"
fi

# 3. The screenshot shows the ink where it was drawn.
inked=$(grid_mean "$WORK/inked.png")
if awk -v a="$blank" -v b="$inked" 'BEGIN { exit !(b < a - 0.02) }'; then
    pass "screenshot shows the stroke (grid brightness $blank -> $inked)"
else
    fail "screenshot shows the stroke (grid brightness $blank -> $inked)"
fi

# 4. C clears the pad.
xdotool key c
sleep 0.3
cleared=$(grid_mean "$WORK/cleared.png")
if awk -v a="$blank" -v b="$cleared" 'BEGIN { exit !(b > a - 0.005) }'; then
    pass "C clears the grid"
else
    fail "C clears the grid (brightness $cleared, blank $blank)"
fi

# 5. A small zero, far off centre: normalisation must still make it a 0.
before=$(grep -c '^prediction ' "$LOG")
stroke 6,3 4.5,3.5 3.5,5 3.2,7 3.5,9 4.5,10.5 6,11 7.5,10.5 8.5,9 8.8,7 8.5,5 7.5,3.5 6,3 5.5,3.2
wait_for '^prediction ' 3
sleep 0.3
last=$(grep '^prediction ' "$LOG" | tail -1)
if [ "$(grep -c '^prediction ' "$LOG")" -gt "$before" ] && echo "$last" | grep -q '^prediction 0 '; then
    pass "a small zero in the corner is read as 0"
else
    fail "a small zero in the corner is read as 0 ($last)"
fi

# 6. A resized window announces a new grid that fits inside it.
xdotool windowsize "$WID" 1000 640
sleep 0.5
read -r RX RY RW RH < <(grep '^layout grid ' "$LOG" | tail -1 | cut -d' ' -f3-)
if [ "$RW" -ne "$GW" ] && [ $((RX + RW)) -le 1000 ] && [ $((RY + RH)) -le 640 ] && [ $((RW % 28)) -eq 0 ]; then
    pass "resizing re-lays out the grid inside the window ($RX $RY $RW $RH)"
else
    fail "resizing re-lays out the grid inside the window ($RX $RY $RW $RH)"
fi

# 7. Esc quits cleanly (after the quit question): the training thread stops, exit code 0.
quit_check
finish
