#!/usr/bin/env bash
# Nothing is lost without a question, under Xvfb with xdotool:
#   1. Esc closes help, a view and the forget-digits question before it asks
#      about quitting; N and Esc stay; J quits and keeps the trained network
#      as the last session, which Ctrl+O brings back.
#   2. The window's close button and Ctrl+Q ask as well (German window).
#   3. A model file that cannot be read is shown (`error ...`), training
#      waits, and Ctrl+S does not overwrite the file.
#   4. A learning rate at which training diverged is not kept for the next
#      start; --defaults and the A key start from the lesson's values.
#
#   tests/e2e/quit.sh [path/to/neuropad]   (default .build/release/neuropad)
set -u
BIN=${1:-.build/release/neuropad}
# shellcheck source=../tools/session.sh
. "$(dirname "$0")/../tools/session.sh"
export LANG=C
session_open 1280x720 xdotool python3

# Starts the app and finds its window (WID).
open_app() {
    session_start_app "$@"
    wait_for '^ready$' 15 || return 1
    WID=$(timeout 10 xdotool search --sync --pid "$APP_PID" --name '^NeuroPad$' | head -1)
    [ -n "$WID" ] || return 1
    timeout 5 xdotool windowfocus --sync "$WID" 2>/dev/null
    return 0
}
key() { xdotool key --window "$WID" "$@"; sleep 0.3; }
alive() { kill -0 "$APP_PID" 2>/dev/null; }
# True when the app has asked exactly $1 times; waits at most 5 s for a
# question still on its way (a loaded machine may need more than a key's 0.3 s).
asks() {
    local i
    for i in $(seq 100); do
        [ "$(grep -c '^ask quit$' "$LOG")" -ge "$1" ] && break
        sleep 0.05
    done
    [ "$(grep -c '^ask quit$' "$LOG")" -eq "$1" ]
}
# Waits (at most 5 s) for the app to end; true when it ended with status 0.
ended() { wait_exit 5 "$(now)"; [ "$EXIT_CODE" -eq 0 ]; }
stop() {
    [ -n "$APP_PID" ] || return 0
    kill "$APP_PID" 2>/dev/null
    wait "$APP_PID" 2>/dev/null
    APP_PID=""
}

# 1. Esc order, the question in English, the last session kept.
if open_app --pace max --lang en && wait_for '^epoch 1 ' 30; then
    read -r GX GY GW GH < <(grep '^layout grid ' "$LOG" | tail -1 | cut -d' ' -f3-)
    # A stroke and the label 3: one own digit, so F asks to forget it.
    xdotool mousemove --window "$WID" $((GX + GW / 2)) $((GY + GH / 5)) mousedown 1
    for i in 1 2 3 4 5 6; do xdotool mousemove --window "$WID" $((GX + GW / 2)) $((GY + GH * i / 8)); sleep 0.02; done
    xdotool mouseup 1
    key 3
    key h; key Escape
    DESC="Esc closes the help overlay, not the app"; check alive
    key F2; key Escape
    DESC="Esc closes a view, not the app"; check alive
    key f; key Escape
    DESC="Esc answers the forget-digits question with no, not quitting"; check alive
    DESC="no quit question so far"; check asks 0
    key Escape
    DESC="Esc on the main screen asks (ask quit)"; check asks 1
    key n
    DESC="N stays"; check alive
    key Escape; key Escape
    DESC="Esc at the question stays"; check alive
    DESC="Esc on the main screen asked again, Esc at the question did not"; check asks 2
    key Escape; key j
    DESC="J quits, status 0"; check ended
    DESC="the trained network is kept as the last session"; check grep -q '^model kept .*/last-session.neuropad$' "$LOG"
    KEPT=$(grep '^model kept ' "$LOG" | tail -1 | cut -d' ' -f3-)
else
    fail "app starts and trains"; cat "$ERR"
fi
stop

# Ctrl+O brings the last session back.
if [ -n "${KEPT:-}" ] && open_app --pace max; then
    sleep 0.5
    key ctrl+o
    DESC="Ctrl+O loads the last session"; check wait_for "^model loaded $KEPT 784-" 5
    key Escape; key y
    DESC="quits after loading"; check ended
else
    fail "last session kept and app restarts"
fi
stop

# 2. The close button and Ctrl+Q ask in German; Enter quits.
if open_app --pace max --lang de && wait_for '^epoch 1 ' 30; then
    python3 "$SESSION_TOOLS/wm-close.py" "$WID"; sleep 0.3
    DESC="the close button asks (German window)"; check asks 1
    DESC="the window stays open while asking"; check alive
    key Escape
    key ctrl+q
    DESC="Ctrl+Q asks"; check asks 2
    key Return
    DESC="Enter quits, status 0"; check ended
else
    fail "German app starts and trains"
fi
stop

# 3. A file that is not a NeuroPad network: shown, training waits, not overwritten.
NOTES=$SESSION_WORK/notes.npy
printf 'my own numpy notes, not a network\n' >"$NOTES"
BEFORE=$(sha256sum <"$NOTES")
if open_app --pace max --lang en --model "$NOTES"; then
    DESC="the unreadable --model is shown as an error"; check wait_for "^error .*notes.npy" 5
    sleep 2
    DESC="training waits instead of starting from random weights"; check bash -c "! grep -q '^epoch ' '$LOG'"
    key ctrl+s
    DESC="Ctrl+S refuses to overwrite it (error line)"; check wait_for '^error .*not a NeuroPad network' 5
    DESC="the file is unchanged"; check [ "$(sha256sum <"$NOTES")" = "$BEFORE" ]
    key ctrl+o
    DESC="Ctrl+O reports it on screen too"; check [ "$(grep -c '^error .*notes.npy' "$LOG")" -ge 3 ]
    key Escape
    DESC="nothing to lose: Esc quits at once"; check ended
else
    fail "app starts with a bad --model"
fi
stop

# 4. A diverged learning rate is not kept; --defaults and A give the lesson's values.
mkdir -p "$(dirname "$SETTINGS")"
printf '{"learningRate": 50, "hidden": [200]}\n' >"$SETTINGS"
setting() { python3 -c 'import json, sys; print(json.load(open(sys.argv[1])).get(sys.argv[2]))' "$SETTINGS" "$1"; }
if open_app --pace max && wait_for '^diverged lr 50' 30; then
    key Escape; key y
    DESC="quits after diverging"; check ended
    DESC="the diverged rate 50 is not saved (learning rate: $(setting learningRate))"; check [ "$(setting learningRate)" = "None" ]
else
    fail "a learning rate of 50 diverges"
fi
stop
printf '{"learningRate": 3, "hidden": [200, 100]}\n' >"$SETTINGS"
if open_app --pace 50 --defaults; then
    sleep 0.5
    key ctrl+q; key y
    DESC="--defaults: learning rate 0.1 and 50 hidden neurons saved ($(setting learningRate), $(setting hidden))"
    check [ "$(setting learningRate)" = "0.1" ] && [ "$(setting hidden)" = "[50]" ]
    [ "$(setting hidden)" = "[50]" ] || fail "--defaults: hidden $(setting hidden)"
else
    fail "app starts with --defaults"
fi
stop
printf '{"learningRate": 3, "hidden": [200, 100]}\n' >"$SETTINGS"
if open_app --pace 50 && wait_for '^layout grid' 5; then
    sleep 1
    key a
    key ctrl+q; key y
    DESC="A: learning rate 0.1 and 50 hidden neurons saved ($(setting learningRate), $(setting hidden))"
    check [ "$(setting learningRate)" = "0.1" ]
    [ "$(setting hidden)" = "[50]" ] || fail "A: hidden $(setting hidden)"
else
    fail "app starts with saved values"
fi
stop

finish
