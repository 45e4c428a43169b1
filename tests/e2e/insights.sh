#!/usr/bin/env bash
# End-to-end test of the insight views and experiments: the real app under
# its own Xvfb, driven with xdotool. Checks the `--verbose` lines and files:
# Ctrl+S / Ctrl+O round trip, Ctrl+N's .npz as --model ready at once, the views' keys, own
# digits saved and exported, F12, the language switch kept in the settings,
# and the overfitting preset (100 training digits: train >= 99 %, test below).
# (A dropped file is covered below the display: xdotool cannot drop.)
#
#   tests/e2e/insights.sh [path/to/neuropad]   (default .build/release/neuropad)
set -u
BIN=$(cd "$(dirname "${1:-.build/release/neuropad}")" && pwd)/$(basename "${1:-.build/release/neuropad}")
# shellcheck source=../tools/session.sh
. "$(dirname "$0")/../tools/session.sh"
session_open 1280x720 xdotool
export LANG=C
# The app runs in a folder of its own (for F12 and E): tell it where the
# embedded digits and the font are.
export NEUROPAD_ASSETS=${NEUROPAD_ASSETS:-$(cd "$(dirname "$0")/../.." && pwd)/Assets}
mkdir -p "$WORK/cwd"
cd "$WORK/cwd" || exit 1

start() {
    LOG=$WORK/app-$1.log
    shift
    ERR=$LOG.err
    session_start_app --pace max --window 1280x720 "$@"
    wait_for '^ready$' 15 && wait_for '^layout grid ' 2 || return 1
    read -r GX GY GW GH < <(grep '^layout grid ' "$LOG" | tail -1 | cut -d' ' -f3-)
    session_window || return 1
    CELL=$((GW / 28))
    xdotool windowfocus "$WID" 2>/dev/null
    return 0
}

quit() {
    # Esc closes an open view first, then asks (a trained network): J quits.
    local asked
    for _ in 1 2 3 4; do
        kill -0 "$APP_PID" 2>/dev/null || break
        asked=$(grep -c '^ask quit$' "$LOG")
        xdotool key Escape
        sleep 0.4
        if [ "$(grep -c '^ask quit$' "$LOG")" -gt "$asked" ]; then xdotool key j; break; fi
    done
    wait_exit 5 "$(now)"
    [ -n "$APP_PID" ] && { fail "the app quits"; kill "$APP_PID"; }
    APP_PID=""
}

px() { awk -v c="$1" -v g="$GX" -v s="$CELL" 'BEGIN { printf "%d", g + c * s }'; }
py() { awk -v r="$1" -v g="$GY" -v s="$CELL" 'BEGIN { printf "%d", g + r * s }'; }
stroke() {
    local first=1 p
    for p in "$@"; do
        local c=${p%,*} r=${p#*,}
        if [ $first -eq 1 ]; then xdotool mousemove --window "$WID" "$(px "$c")" "$(py "$r")" mousedown 1; first=0
        else xdotool mousemove --window "$WID" "$(px "$c")" "$(py "$r")"; fi
        sleep 0.02
    done
    xdotool mouseup 1
}
one() { stroke 15,4 14.8,8 14.6,12 14.4,16 14.2,20 14,24; }

# --- Run 1: train, save, views, own digits, screenshot, language ---------
start first || { fail "window ready"; finish; }
wait_for '^epoch 3 ' 60 || { fail "training reaches epoch 3"; finish; }
xdotool key ctrl+s
MODEL=$XDG_DATA_HOME/neuropad/network.neuropad
if wait_for "^model saved $MODEL$" 5 && [ -s "$MODEL" ]; then pass "Ctrl+S saves the network to the data folder"
else fail "Ctrl+S saves the network ($(grep '^model' "$LOG"))"; fi

xdotool key ctrl+n
NPZ=$WORK/cwd/neuropad-netz.npz
if wait_for "^model saved $NPZ$" 5 && [ "$(head -c 4 "$NPZ" | od -An -tx1 | tr -d ' ')" = 504b0304 ]; then
    pass "Ctrl+N saves the network for the notebook as .npz into the current folder"
else fail "Ctrl+N saves neuropad-netz.npz ($(grep '^model' "$LOG" | tail -1))"; fi

xdotool key r
sleep 0.3
xdotool key ctrl+o
if wait_for "^model loaded $MODEL 784-50-10$" 5; then pass "Ctrl+O loads it back"; else fail "Ctrl+O loads it back"; fi

# Every view key is taken, and the app keeps answering while each is shown.
for k in v v v v v v v v F2 F3 F4 n m F5 F6 F7 F8 F8; do xdotool key "$k"; sleep 0.15; done
one
if wait_for '^prediction 1 ' 5; then pass "views cycle and a drawn 1 is still read as 1"
else fail "views cycle ($(grep '^prediction' "$LOG" | tail -1))"; fi

xdotool key 1
OWN=$XDG_DATA_HOME/neuropad/own-digits.csv
if wait_for '^own digit 1 count 1$' 5 && [ "$(head -1 "$OWN" | tr ',' '\n' | wc -l)" -eq 785 ] \
    && [ "$(head -c 2 "$OWN")" = "1," ]; then
    pass "key 1 stores the drawing as an own digit (label first, 784 values)"
else fail "own digit stored"; fi
xdotool key e
if wait_for "^own digits exported $WORK/cwd/neuropad-own-digits.csv$" 5 && cmp -s "$OWN" "$WORK/cwd/neuropad-own-digits.csv"; then
    pass "E exports the own digits as CSV into the current folder"
else fail "E exports the own digits"; fi

xdotool key F12
if wait_for "^screenshot $WORK/cwd/neuropad-[0-9]{4}(-[0-9]{2}){5}\.png$" 5 && [ -s "$(grep '^screenshot ' "$LOG" | tail -1 | cut -d' ' -f2)" ]; then
    pass "F12 writes a PNG screenshot into the current folder"
else fail "F12 screenshot"; fi

xdotool key l
if wait_for '^language de$' 5; then pass "L switches to German"; else fail "L switches to German"; fi
quit
if grep -q '"language" : "de"' "$XDG_CONFIG_HOME/neuropad/settings.json" 2>/dev/null; then
    pass "the language is kept in the settings file"
else fail "settings keep the language ($(cat "$XDG_CONFIG_HOME/neuropad/settings.json" 2>/dev/null))"; fi

# --- Run 2: --model (the .npz of Ctrl+N) is ready at once; a broken settings file is ignored
echo '{"language": "de", "learn' >"$XDG_CONFIG_HOME/neuropad/settings.json"
start second --model "$NPZ" || { fail "window ready with --model"; finish; }
if grep -q "^model loaded $NPZ 784-50-10$" "$LOG" && grep -q 'not a readable settings file' "$LOG.err"; then
    pass "--model loads the .npz at start; a corrupt settings file is reported and ignored"
else fail "--model at start / corrupt settings"; fi
one
if wait_for '^prediction 1 ' 5 && ! grep -q '^epoch ' "$LOG"; then
    pass "the loaded network reads a 1 before any training"
else fail "loaded network classifies at once ($(grep -E '^(prediction|epoch)' "$LOG" | head -2 | tr '\n' ' '))"; fi
# The panel shows the loaded network's test accuracy before any training:
# the same figure as `neuropad eval` on the same (embedded) test digits.
expected=$(timeout 60 "$BIN" eval --model "$NPZ" 2>/dev/null | sed -n 's/^test accuracy: //p')
if wait_for '^model accuracy ' 10 && shown=$(sed -n 's/^model accuracy //p' "$LOG" | head -1) \
    && [ -n "$expected" ] && [ "$shown" = "$expected" ] && ! grep -q '^epoch ' "$LOG"; then
    pass "the loaded network's test accuracy is shown at once ($shown, as eval says)"
else fail "loaded accuracy (window: $(grep '^model accuracy' "$LOG"), eval: $expected)"; fi
quit

# --- Run 3: overfitting with 100 training digits -----------------------------
start third --lang en || { fail "window ready (third run)"; finish; }
wait_for '^epoch 1 ' 60 || { fail "training starts"; finish; }
xdotool key F6
xdotool key t
before=$(wc -l <"$LOG")
sleep 1
ok=0
for _ in $(seq 60); do
    if tail -n +"$((before + 1))" "$LOG" | awk '/^epoch / { if ($8 >= 0.99 && $6 < $8) found = 1 } END { exit !found }'; then ok=1; break; fi
    sleep 0.5
done
last=$(tail -n +"$((before + 1))" "$LOG" | grep '^epoch ' | tail -1)
if [ "$ok" -eq 1 ]; then pass "100 training digits: train accuracy >= 0.99, test below ($last)"
else fail "overfitting preset ($last)"; fi
quit
finish
