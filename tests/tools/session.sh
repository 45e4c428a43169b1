# Shared by the scripts that run the app under X (tests/e2e, the soak test):
# pass/fail counting, an own Xvfb display, the app started in the background,
# waiting for its --verbose lines and its window, all with time limits.
# Source it (it removes its display, app and folder on exit), then call
# `session_open WxH TOOLS...` (or `session_start_x [WxH]`) and
# `session_start_app ARGS...`.
# Sets DISPLAY, APP_PID, LOG (stdout of the app), ERR (its stderr), WID (after
# session_window) and HOME and the XDG folders (SETTINGS: where the app keeps
# its settings), all inside SESSION_WORK (also named WORK); SESSION_TOOLS is
# this folder (wm-close.py).

SESSION_WORK=${SESSION_WORK:-$(mktemp -d)}
SESSION_NAME=${SESSION_NAME:-$(basename "$0" .sh)}
SESSION_TOOLS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
WORK=$SESSION_WORK
LOG=$SESSION_WORK/app.log
ERR=$SESSION_WORK/err.log
APP_PID=""
XVFB_PID=""
WID=""
# shellcheck source=scratch-home.sh
. "$SESSION_TOOLS/scratch-home.sh"
scratch_home "$SESSION_WORK"
SETTINGS=$XDG_CONFIG_HOME/neuropad/settings.json

passed=0
failed=0
pass() { echo "ok   - $1"; passed=$((passed + 1)); }
fail() { echo "FAIL - $1"; failed=$((failed + 1)); }
# Runs "$@" and counts it as the check named $DESC.
check() { if "$@"; then pass "$DESC"; else fail "$DESC"; fi; }
# Prints the counts and exits: 0 when something passed and nothing failed.
finish() {
    echo "e2e $SESSION_NAME: $passed passed, $failed failed"
    [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
    exit $?
}

session_cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
    rm -rf "$SESSION_WORK"
}
trap session_cleanup EXIT

# The binary $BIN and the tools "$@" are there, else one failure and finish.
session_need() {
    [ -x "$BIN" ] || { echo "no neuropad binary at $BIN (build it first)"; fail "binary present"; finish; }
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || { echo "missing tool: $tool"; fail "tools present"; finish; }
    done
}

# Xvfb with a screen of $1 (default 1280x720) on a display it picks itself
# (-displayfd: no race with other X servers); waits at most 10 s for it.
session_start_x() {
    local fd_file=$SESSION_WORK/display D=""
    : >"$fd_file"
    Xvfb -displayfd 3 -screen 0 "${1:-1280x720}x24" -nolisten tcp 3>"$fd_file" >"$SESSION_WORK/xvfb.log" 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 200); do
        D=$(head -1 "$fd_file")
        [ -n "$D" ] && break
        kill -0 "$XVFB_PID" 2>/dev/null || break
        sleep 0.05
    done
    [ -n "$D" ] || { echo "Xvfb did not start: $(cat "$SESSION_WORK/xvfb.log")"; return 1; }
    export DISPLAY=":$D"
}

# The usual start of a script: the binary, Xvfb and the tools "$@" are there
# and an own display of $1 (WxH) runs, else one failure and finish.
session_open() {
    local screen=$1
    shift
    session_need Xvfb "$@"
    session_start_x "$screen" || { fail "X display"; finish; }
}

# Starts "$BIN --verbose ARGS..." with fresh logs.
session_start_app() {
    : >"$LOG"
    : >"$ERR"
    "$BIN" --verbose "$@" >"$LOG" 2>"$ERR" &
    APP_PID=$!
}

# Sets WID to the app's window, waiting at most $1 seconds (default 10).
session_window() {
    WID=$(timeout "${1:-10}" xdotool search --sync --name '^NeuroPad$' | head -1)
    [ -n "$WID" ]
}

# Waits until the log has a line matching $1, at most $2 seconds; fails
# at once when the app has gone.
wait_for() {
    local pattern=$1 limit=$2 waited=0
    while ! grep -qE "$pattern" "$LOG"; do
        kill -0 "$APP_PID" 2>/dev/null || return 1
        sleep 0.05
        waited=$((waited + 1))
        [ "$waited" -ge $((limit * 20)) ] && return 1
    done
    return 0
}

# Seconds since the epoch, with fractions.
now() { date +%s.%N; }

# Waits at most $1 seconds for the app to exit; sets EXIT_CODE (124 on a
# timeout) and EXIT_SECONDS (since $2, a `now` value).
wait_exit() {
    local limit=$1 since=$2 end
    end=$(awk -v s="$since" -v l="$limit" 'BEGIN { printf "%.3f", s + l }')
    EXIT_CODE=124
    while awk -v n="$(now)" -v e="$end" 'BEGIN { exit !(n < e) }'; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            wait "$APP_PID"
            EXIT_CODE=$?
            break
        fi
        sleep 0.01
    done
    EXIT_SECONDS=$(awk -v n="$(now)" -v s="$since" 'BEGIN { printf "%.2f", n - s }')
    [ "$EXIT_CODE" -ne 124 ] && APP_PID=""
    return 0
}

# Presses Escape, answers the quit question with J when it comes (it asks
# when something would be lost, a trained network) and checks the app quits
# with status 0 within 5 s.
quit_check() {
    local asked
    asked=$(grep -c '^ask quit$' "$LOG")
    xdotool key Escape
    sleep 0.5
    [ "$(grep -c '^ask quit$' "$LOG")" -gt "$asked" ] && xdotool key j
    wait_exit 5 "$(now)"
    if [ "$EXIT_CODE" -eq 0 ]; then pass "Esc quits cleanly within 5 s"
    else fail "Esc quits cleanly within 5 s (exit $EXIT_CODE)"; fi
}

# Resident memory of the app in kB (VmRSS), or 0 when it is gone.
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$APP_PID/status" 2>/dev/null || echo 0; }
