#!/usr/bin/env bash
# Frame times while strokes are drawn and the network trains at full speed:
# the app at 1920x1080 under its own Xvfb with --stats --pace max for
# SECONDS (default 20) while xdotool draws strokes without pause (40 moves
# each, one a millisecond, so several mouse moves queue up between two
# frames); then
# `neuropad bench`, the trainer's speed without a window, for the ratio:
# once as it is (best of three short rounds), once as one round of about
# SECONDS. This machine's speed drifts by a third from second to second, so
# a best-of-three of half-second rounds lies above any 20-second average;
# the long round measures over as long a time as the window's trainer.
#
#   tools/frame-stats.sh [path/to/neuropad] [SECONDS] [more app options...]
#   (e.g. --renderer gpu: whole frames through OpenGL even on llvmpipe, to
#   compare with the default, which draws only the changed tiles there)
set -u
BIN=${1:-.build/release/neuropad}
RUN_SECONDS=${2:-20}
shift 2 2>/dev/null || shift $#
# shellcheck source=../tests/tools/session.sh
. "$(dirname "$0")/../tests/tools/session.sh"
session_need Xvfb xdotool
session_start_x 1920x1080 || exit 1
session_start_app --pace max --stats --window 1920x1080 --quit-after "$RUN_SECONDS" "$@"
wait_for '^layout grid ' 20 && session_window || { echo "the window did not come up"; cat "$ERR"; exit 1; }
read -r GX GY GW GH < <(grep '^layout grid ' "$LOG" | tail -1 | cut -d' ' -f3-)
# One xdotool reads all strokes from a pipe, so the measuring starts no
# process per stroke (that took CPU time from the app and its trainer); it
# moves at most once a millisecond, as a 1000 Hz mouse reports, so about 16
# moves queue up between two frames.
COUNT=$SESSION_WORK/strokes
{
    strokes=0
    while kill -0 "$APP_PID" 2>/dev/null; do
        echo "mousemove --window $WID $((GX + GW / 5)) $((GY + GH / 5)) mousedown 1"
        for ((k = 1; k <= 40; k++)); do
            echo "mousemove --window $WID $((GX + GW / 5 + k * GW * 3 / 200)) $((GY + GH / 5 + (k % 8) * GH / 14)) sleep 0.001"
        done
        echo "mouseup 1 key BackSpace"
        strokes=$((strokes + 1))
        echo "$strokes" >"$COUNT"
    done
} | timeout $((RUN_SECONDS + 30)) xdotool - 2>/dev/null
wait_exit 10 "$(now)"
grep -E '^(frame|training|digit classifications|window drawn|renderer)' "$LOG"
echo "strokes sent $(cat "$COUNT" 2>/dev/null || echo 0) ($(grep -c '^prediction ' "$LOG") prediction lines)"
BENCH=$("$BIN" bench 2>&1 | sed -n 's/^neuropad samples\/s: //p')
echo "neuropad samples/s: $BENCH"
# One round as long as the window ran, sized from the rate just measured.
[ -n "$BENCH" ] && echo "bench over ${RUN_SECONDS} s: $("$BIN" bench --rounds 1 --samples $((BENCH * RUN_SECONDS)) 2>&1 |
    sed -n 's/^neuropad samples\/s: //p') samples/s"
