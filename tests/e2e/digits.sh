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
WORK=$(mktemp -d)
LOG=$WORK/app.log
passed=0
failed=0
APP_PID=""
XVFB_PID=""

pass() { echo "ok   - $1"; passed=$((passed + 1)); }
fail() { echo "FAIL - $1"; failed=$((failed + 1)); }

cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

finish() {
    echo "e2e digits: $passed passed, $failed failed"
    [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
    exit $?
}

if [ ! -x "$BIN" ]; then
    echo "no neuropad binary at $BIN (build it first)"; fail "binary present"; finish
fi
for tool in Xvfb xdotool import convert; do
    command -v "$tool" >/dev/null || { echo "missing tool: $tool"; fail "tools present"; finish; }
done

# A display number nobody uses.
D=""
for n in $(seq 150 199); do
    if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then D=$n; break; fi
done
[ -n "$D" ] || { fail "free X display"; finish; }
Xvfb ":$D" -screen 0 1280x720x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$D" ] && break; sleep 0.1; done
export DISPLAY=":$D"

# Waits until the log has a line matching $1 (at most $2 seconds).
wait_for() {
    local pattern=$1 limit=$2 waited=0
    while ! grep -qE "$pattern" "$LOG"; do
        sleep 0.1
        waited=$((waited + 1))
        if [ "$waited" -ge $((limit * 10)) ]; then return 1; fi
    done
    return 0
}

: >"$LOG"
"$BIN" --verbose --pace max --window 1280x720 >"$LOG" 2>"$WORK/err.log" &
APP_PID=$!

# 1. The window shows up and reports its grid.
if wait_for '^ready$' 10 && wait_for '^layout grid ' 2; then
    pass "window ready, grid announced"
else
    fail "window ready, grid announced"; cat "$WORK/err.log"; finish
fi
read -r GX GY GW GH < <(grep '^layout grid ' "$LOG" | tail -1 | cut -d' ' -f3-)
WID=$(timeout 10 xdotool search --sync --name '^NeuroPad$' | head -1)
[ -n "$WID" ] || { fail "window found by its title"; finish; }
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
xdotool key Escape
# Quitting asks when something would be lost (a trained network): J answers.
sleep 0.5
grep -q '^ask quit$' "$LOG" && xdotool key j
code=124
for _ in $(seq 50); do
    if ! kill -0 "$APP_PID" 2>/dev/null; then wait "$APP_PID"; code=$?; break; fi
    sleep 0.1
done
APP_PID_DONE=$code
if [ "$APP_PID_DONE" -eq 0 ]; then
    pass "Esc quits cleanly within 5 s"
    APP_PID=""
else
    fail "Esc quits cleanly within 5 s (exit $code)"
fi
finish
