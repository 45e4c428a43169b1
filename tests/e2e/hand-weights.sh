#!/usr/bin/env bash
# End-to-end test of weights set by hand in the plane: loads AND with its key,
# sets w1 = 1, w2 = 1, Θ = 1.5 with the arrow keys and waits for the
# `weights ... errors 0` line of --verbose; then drags the line with the mouse
# and checks that the `weights` line changes (w stays, b moves) without a
# `points` line: a drag never adds a point.
#
#   tests/e2e/hand-weights.sh [path/to/neuropad]   (default .build/release/neuropad)
#
# Needs Xvfb and xdotool.
set -u
BIN=${1:-.build/release/neuropad}
# shellcheck source=../tools/session.sh
. "$(dirname "$0")/../tools/session.sh"
session_open 1280x720 xdotool
session_start_app --pace 100 --window 1280x720
wait_for '^ready$' 10 || { fail "window ready"; cat "$ERR"; finish; }
session_window || { fail "window found"; finish; }
xdotool windowfocus "$WID" 2>/dev/null
xdotool key Tab
wait_for '^mode perceptron$' 3 || { fail "Tab switches to the plane"; finish; }
xdotool key 1
if wait_for '^preset and$' 3 && wait_for '^weights w1 ' 3; then
    pass "AND loaded with its key: $(grep '^weights ' "$LOG" | tail -1)"
else
    fail "AND loaded with its key"; finish
fi
read -r PX PY PW PH < <(grep '^layout plane ' "$LOG" | tail -1 | cut -d' ' -f3-)

weights_count() { grep -c '^weights ' "$LOG"; }
# The value after NAME in the last weights line.
field() { grep '^weights ' "$LOG" | tail -1 | awk -v n="$1" '{ for (i = 1; i < NF; i++) if ($i == n) print $(i + 1) }'; }
# Presses Up or Down until field NAME reads VALUE (at most 60 presses,
# each waited for: one weights line per press). SIGN -1: Up lowers the
# field (the perceptron's Up raises Θ, and the line prints b = -Θ).
set_field() {
    local name=$1 want=$2 sign=${3:-1} have k before
    for k in $(seq 60); do
        have=$(field "$name")
        awk -v h="$have" -v w="$want" 'BEGIN { exit !(h + 0 == w + 0) }' && return 0
        before=$(weights_count)
        if awk -v h="$have" -v w="$want" -v s="$sign" 'BEGIN { exit !(s * (h + 0) < s * (w + 0)) }'; then
            xdotool key Up
        else
            xdotool key Down
        fi
        for _ in $(seq 40); do [ "$(weights_count)" -gt "$before" ] && break; sleep 0.05; done
    done
    return 1
}

# 1. w1 = 1, w2 = 1, Θ = 1.5 (b = -1.5) with the arrow keys.
xdotool key Right
set_field w1 1 && xdotool key Right && set_field w2 1 && xdotool key Right && set_field b -1.5 -1
if wait_for '^weights w1 1\.0000 w2 1\.0000 b -1\.5000 errors 0$' 3; then
    pass "arrow keys set AND by hand: '$(grep '^weights ' "$LOG" | tail -1)'"
else
    fail "arrow keys set AND by hand (last: $(grep '^weights ' "$LOG" | tail -1))"
fi

# 2. Drag the line x1 + x2 = 1.5 at (1.25, 0.25), away from the arrow at its
# middle, 40 pixels to the right: it moves parallel, and no point is added.
px() { awk -v v="$1" -v o="$PX" -v s="$PW" 'BEGIN { printf "%d", o + (v + 0.5) / 2 * s }'; }
py() { awk -v v="$1" -v o="$PY" -v s="$PH" 'BEGIN { printf "%d", o + (1.5 - v) / 2 * s }'; }
points_before=$(grep -c '^points ' "$LOG")
before=$(weights_count)
X=$(px 1.25) Y=$(py 0.25)
xdotool mousemove --window "$WID" "$X" "$Y" mousedown 1
for k in 1 2 3 4 5; do xdotool mousemove --window "$WID" $((X + 8 * k)) "$Y"; sleep 0.05; done
xdotool mouseup 1
sleep 0.5
last=$(grep '^weights ' "$LOG" | tail -1)
if [ "$(weights_count)" -gt "$before" ] && echo "$last" | grep -qE '^weights w1 1\.0000 w2 1\.0000 b -1\.[0-9]+ errors' \
    && [ "$last" != "weights w1 1.0000 w2 1.0000 b -1.5000 errors 0" ]; then
    pass "dragging the line changes the weights line: '$last'"
else
    fail "dragging the line changes the weights line (last: $last)"
fi
if [ "$(grep -c '^points ' "$LOG")" -eq "$points_before" ]; then
    pass "the drag added no point"
else
    fail "the drag added no point ($(grep '^points ' "$LOG" | tail -1))"
fi

# 3. Esc quits cleanly (answering the quit question if it comes).
quit_check
finish
