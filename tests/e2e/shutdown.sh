#!/usr/bin/env bash
# Clean shutdown while training at full speed: Esc and the window's close
# button (WM_DELETE_WINDOW), each answered yes at the quit question, and
# SIGTERM each end the app with status 0, its training thread stopped, within 2 s (the trainer itself has 1 s), and
# the settings it keeps at exit are written whole.
# Prints the measured time for each. SIGTERM (and Ctrl-C) reach the frame
# loop through SDL, whose own handler turns them into a quit event.
#
#   tests/e2e/shutdown.sh [path/to/neuropad]   (default .build/release/neuropad)
set -u
BIN=${1:-.build/release/neuropad}
# shellcheck source=../tools/session.sh
. "$(dirname "$0")/../tools/session.sh"
session_open 1280x720 xdotool python3

# One way of quitting: start, wait until an epoch has been trained (so the
# trainer is busy), quit by "$@", time the exit.
timed_quit() {
    local how=$1 t0
    shift
    session_start_app --pace max
    if ! wait_for '^epoch 1 ' 30; then
        fail "$how: app trains (no epoch line)"; cat "$ERR"; kill "$APP_PID" 2>/dev/null; APP_PID=""; return
    fi
    if ! session_window; then
        fail "$how: window found"; kill "$APP_PID" 2>/dev/null; APP_PID=""; return
    fi
    # The clock starts once the key, message or signal has been sent.
    "$@" "$WID"
    t0=$(now)
    wait_exit 5 "$t0"
    if [ "$EXIT_CODE" -eq 0 ] && awk -v s="$EXIT_SECONDS" 'BEGIN { exit !(s < 2) }' \
        && ! grep -q 'did not stop' "$ERR"; then
        pass "shutdown by $how: $EXIT_SECONDS s, exit 0"
        # The settings kept at exit are whole (written to a temporary file, then renamed).
        if python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$SETTINGS" 2>/dev/null; then
            pass "shutdown by $how: settings saved and readable"
        else
            fail "shutdown by $how: settings saved and readable ($SETTINGS)"
        fi
        rm -f "$SETTINGS"
    else
        fail "shutdown by $how: $EXIT_SECONDS s, exit $EXIT_CODE"
        cat "$ERR"
        [ -n "$APP_PID" ] && kill -9 "$APP_PID" 2>/dev/null
        APP_PID=""
    fi
}

# Esc and the close button ask first (the network has trained): Y answers.
answer_yes() { wait_for '^ask quit$' 2 && xdotool key --window "$1" y; }
by_escape() { timeout 5 xdotool windowfocus --sync "$1" 2>/dev/null; xdotool key --window "$1" Escape; answer_yes "$1"; }
by_close() { python3 "$SESSION_TOOLS/wm-close.py" "$1"; answer_yes "$1"; }
by_sigterm() { kill -TERM "$APP_PID"; }

timed_quit Esc by_escape
timed_quit "window close" by_close
timed_quit SIGTERM by_sigterm

finish
