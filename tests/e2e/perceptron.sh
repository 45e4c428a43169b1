#!/usr/bin/env bash
# End-to-end test of the perceptron mode: starts the real app under its own
# Xvfb, switches to the plane with Tab, clicks points of both classes on
# either side of a line (xdotool), trains, and waits for the `epoch N errors 0`
# line of --verbose. Checks removing points, the layout after a resize, that
# a click lands where the plane says (by the colour on screen), a screenshot
# and a clean quit.
#
#   tests/e2e/perceptron.sh [path/to/neuropad]   (default .build/release/neuropad)
#
# Needs Xvfb, xdotool and ImageMagick (import, convert).
set -u
BIN=${1:-.build/release/neuropad}
# shellcheck source=../tools/session.sh
. "$(dirname "$0")/../tools/session.sh"
session_open 1920x1080 xdotool import convert
count() { grep -cE "$1" "$LOG"; }
last_points() { grep '^points ' "$LOG" | tail -1 | cut -d' ' -f2; }

# A slow digit trainer, so the plane has the CPU.
session_start_app --pace 100 --window 1280x720

if wait_for '^ready$' 10 && wait_for '^layout plane ' 2; then
    pass "window ready, plane layout announced at start"
else
    fail "window ready, plane layout announced at start"; cat "$ERR"; finish
fi
session_window || { fail "window found by its title"; finish; }
xdotool windowfocus "$WID" 2>/dev/null

# 1. Tab switches to the plane.
xdotool key Tab
if wait_for '^mode perceptron$' 3; then pass "Tab switches to the perceptron"; else fail "Tab switches to the perceptron"; finish; fi
read -r PX PY PW PH < <(grep '^layout plane ' "$LOG" | tail -1 | cut -d' ' -f3-)

# Plane coordinates (x1, x2 in the start view -0.5 ... 1.5) to window pixels.
px() { awk -v v="$1" -v o="$PX" -v s="$PW" 'BEGIN { printf "%d", o + (v + 0.5) / 2 * s }'; }
py() { awk -v v="$1" -v o="$PY" -v s="$PH" 'BEGIN { printf "%d", o + (1.5 - v) / 2 * s }'; }
click() {  # x1 x2 button
    xdotool mousemove --window "$WID" "$(px "$1")" "$(py "$2")" click "$3"
    sleep 0.15
}

# 2. Class +1 (left) above the diagonal, class -1 (right) below it.
for p in "0 1" "0.3 1.2" "-0.2 0.6" "0.5 1.4"; do click $p 1; done
for p in "1 0" "1.2 0.3" "0.6 -0.2" "1.4 0.5"; do click $p 3; done
if wait_for '^points 8$' 3; then pass "eight clicks, eight points"; else fail "eight clicks, eight points (last: $(last_points))"; fi

# 3. A click on a point removes it, a Shift+click as well; clicking adds again.
click 1 0 1
wait_for '^points 7$' 2 && removed=1 || removed=0
xdotool mousemove --window "$WID" "$(px 0.5)" "$(py 0.5)" click 1
sleep 0.15
xdotool mousemove --window "$WID" "$(px 0.5)" "$(py 0.5)" keydown shift click 1 keyup shift
sleep 0.3
if [ "$removed" -eq 1 ] && [ "$(last_points)" = "7" ] && [ "$(count '^points 8$')" -ge 2 ]; then
    pass "clicking a point removes it, Shift+click too"
else
    fail "clicking a point removes it, Shift+click too (last: $(last_points))"
fi
click 1 0 3

# 4. Training at the fastest pace reaches zero errors on the separable set.
for _ in $(seq 10); do xdotool key period; done
xdotool key space
if wait_for '^epoch [0-9]+ errors 0 w1 -?[0-9.]+ w2 -?[0-9.]+ b -?[0-9.]+$' 20; then
    pass "training ends with '$(grep -E '^epoch [0-9]+ errors 0 ' "$LOG" | head -1)'"
else
    fail "training reaches an 'epoch N errors 0' line ($(grep '^epoch [0-9]* errors' "$LOG" | tail -1))"
fi

# 5. After a resize the plane is announced again, and a click lands where it says.
layouts=$(count '^layout plane ')
xdotool windowsize "$WID" 1000 700
for _ in $(seq 30); do [ "$(count '^layout plane ')" -gt "$layouts" ] && break; sleep 0.1; done
if [ "$(count '^layout plane ')" -gt "$layouts" ]; then
    read -r PX PY PW PH < <(grep '^layout plane ' "$LOG" | tail -1 | cut -d' ' -f3-)
    pass "resize announces the plane again ($PX $PY $PW $PH)"
else
    fail "resize announces the plane again"; grep -v '^epoch' "$LOG" | tail -5; xdotool getwindowgeometry "$WID"
fi
sleep 0.3
click 0.25 1.35 1
sleep 0.3
read -r WX WY < <(xdotool getwindowgeometry "$WID" | awk '/Position/ { split($2, a, ","); print a[1], a[2] }')
import -window root "$WORK/shot.png"
colour=$(convert "$WORK/shot.png" -format "%[fx:int(255*p{$((WX + $(px 0.25))),$((WY + $(py 1.35)))}.r)] %[fx:int(255*p{$((WX + $(px 0.25))),$((WY + $(py 1.35)))}.b)]" info:)
read -r red blue <<<"$colour"
if [ "$(last_points)" = "9" ] && [ "$red" -gt 180 ] && [ "$blue" -lt 60 ]; then
    pass "the click after the resize shows an orange +1 point under the pointer (r $red, b $blue)"
else
    fail "the click after the resize shows an orange +1 point under the pointer (points $(last_points), r $red, b $blue)"
fi

# 6. The screenshot is a real picture: many colours, not one flat fill.
read -r colours spread < <(convert "$WORK/shot.png" -format '%k %[fx:standard_deviation]' info:)
if [ "$colours" -gt 200 ] && awk -v s="$spread" 'BEGIN { exit !(s > 0.08) }'; then
    pass "screenshot is non-trivial ($colours colours, spread $spread)"
else
    fail "screenshot is non-trivial ($colours colours, spread $spread)"
fi

# 7. Esc quits cleanly (after the quit question).
quit_check
finish
