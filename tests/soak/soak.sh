#!/usr/bin/env bash
# Soak test: the real app under its own Xvfb for DURATION seconds while
# xdotool draws random strokes, clicks points into the plane, switches
# modes, changes settings and resets, with training at full speed.
# Afterwards the app must still answer (a `prediction` line after a final
# stroke), must not have died, and its resident memory may not grow by
# more than 10% between minute 1 and the end.
#
#   tests/soak/soak.sh [DURATION seconds, default 180] [path/to/neuropad]
#
# Prints: soak: D s, N actions (...), rss at 1 min X MB, at end Y MB, growth Z %
set -u
DURATION=${1:-180}
BIN=${2:-.build/release/neuropad}
MAX_GROWTH=${SOAK_MAX_GROWTH:-10}
HERE=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=../tools/session.sh
. "$HERE/tools/session.sh"
fail() { echo "FAIL - soak: $1"; [ -s "$ERR" ] && tail -20 "$ERR"; exit 1; }

[ -x "$BIN" ] || fail "no neuropad binary at $BIN"
for tool in Xvfb xdotool; do command -v "$tool" >/dev/null || fail "missing tool: $tool"; done
[ "$DURATION" -ge 70 ] || fail "the duration must be at least 70 s (memory is compared from minute 1)"
session_start_x || fail "no X display"
session_start_app --pace max --seed 7
wait_for '^ready$' 20 && wait_for '^layout grid ' 5 || fail "the window did not come up"
session_window || fail "no window with the title NeuroPad"

RANDOM=42  # the same actions on every run
rand() { echo $((RANDOM % $1)); }
# The newest "layout grid|plane X Y W H" line, as "X Y W H".
area() { grep "^layout $1 " "$LOG" | tail -1 | cut -d' ' -f3-; }
mode() { grep '^mode ' "$LOG" | tail -1 | cut -d' ' -f2; }

# A random stroke of 4-12 points inside the grid, in one xdotool call.
stroke() {
    local gx gy gw gh x y args k
    read -r gx gy gw gh < <(area grid)
    x=$((gx + gw / 4 + $(rand $((gw / 2)))))
    y=$((gy + gh / 4 + $(rand $((gh / 2)))))
    args=(mousemove --window "$WID" "$x" "$y" mousedown 1)
    for k in $(seq $((4 + $(rand 9)))); do
        x=$((x + $(rand 41) - 20)); y=$((y + $(rand 41) - 20))
        x=$((x < gx ? gx : x > gx + gw - 1 ? gx + gw - 1 : x))
        y=$((y < gy ? gy : y > gy + gh - 1 ? gy + gh - 1 : y))
        args+=(mousemove --window "$WID" "$x" "$y" sleep 0.01)
    done
    xdotool "${args[@]}" mouseup 1
}

# A click in the plane (its layout line, else the middle of the window).
click_plane() {
    local px=440 py=160 pw=400 ph=400 b
    [ -n "$(area plane)" ] && read -r px py pw ph < <(area plane)
    b=$((1 + 2 * $(rand 2)))  # left or right button: the two classes
    xdotool mousemove --window "$WID" $((px + $(rand pw))) $((py + $(rand ph))) click "$b"
}

KEYS=(space r plus minus bracketleft bracketright comma period c)
PLANE_KEYS=(1 2 3 4 5 6 7 8 9 0 k n s)
key() { xdotool key --window "$WID" "$1"; }

actions=0 rss_1min=0 start=$(date +%s)
timeout 5 xdotool windowfocus --sync "$WID" 2>/dev/null
while [ $(($(date +%s) - start)) -lt "$DURATION" ]; do
    kill -0 "$APP_PID" 2>/dev/null || fail "the app died after $(($(date +%s) - start)) s ($actions actions)"
    if [ "$rss_1min" -eq 0 ] && [ $(($(date +%s) - start)) -ge 60 ]; then rss_1min=$(rss_kb); fi
    r=$(rand 100)
    if [ "$(mode)" = "perceptron" ]; then
        if [ "$r" -lt 55 ]; then click_plane
        elif [ "$r" -lt 80 ]; then key "${PLANE_KEYS[$(rand ${#PLANE_KEYS[@]})]}"
        elif [ "$r" -lt 92 ]; then key "${KEYS[$(rand ${#KEYS[@]})]}"
        else key Tab; fi
    else
        if [ "$r" -lt 60 ]; then stroke
        elif [ "$r" -lt 92 ]; then key "${KEYS[$(rand ${#KEYS[@]})]}"
        else key Tab; fi
    fi
    actions=$((actions + 1))
    sleep 0.0$((2 + $(rand 6)))
done
kill -0 "$APP_PID" 2>/dev/null || fail "the app died at the end"
rss_end=$(rss_kb)

# Still answering: back to the digits, clear, one more stroke, a new prediction.
for _ in 1 2 3; do [ "$(mode)" = "digits" ] && break; key Tab; sleep 0.3; done
[ "$(mode)" = "digits" ] || fail "Tab does not lead back to the digits"
key c
before=$(grep -c '^prediction ' "$LOG")
stroke
sleep 0.5
for _ in $(seq 30); do [ "$(grep -c '^prediction ' "$LOG")" -gt "$before" ] && break; sleep 0.1; done
[ "$(grep -c '^prediction ' "$LOG")" -gt "$before" ] || fail "no prediction after the final stroke"

growth=$(awk -v a="$rss_1min" -v b="$rss_end" 'BEGIN { printf "%.1f", (a > 0 ? 100 * (b - a) / a : 999) }')
printf 'soak: %d s, %d actions (%d predictions, %d mode switches, %d plane changes), rss at 1 min %.1f MB, at end %.1f MB, growth %s %%\n' \
    "$DURATION" "$actions" "$(grep -c '^prediction ' "$LOG")" "$(grep -c '^mode ' "$LOG")" \
    "$(grep -c '^points ' "$LOG")" "$(awk -v k="$rss_1min" 'BEGIN { print k / 1024 }')" \
    "$(awk -v k="$rss_end" 'BEGIN { print k / 1024 }')" "$growth"
awk -v g="$growth" -v m="$MAX_GROWTH" 'BEGIN { exit !(g <= m) }' || fail "memory grew by $growth % (limit $MAX_GROWTH %)"

# Esc closes what the random input left open (help, a view, a question),
# then asks about quitting: Y answers.
for _ in 1 2 3 4 5 6; do
    kill -0 "$APP_PID" 2>/dev/null || break
    asked=$(grep -c '^ask quit$' "$LOG")
    key Escape
    sleep 0.3
    [ "$(grep -c '^ask quit$' "$LOG")" -gt "$asked" ] && { key y; break; }
done
wait_exit 5 "$(now)"
[ "$EXIT_CODE" -eq 0 ] || fail "Esc after the soak: exit $EXIT_CODE"
echo "ok   - soak: the app survived $DURATION s of random input and still answers"
