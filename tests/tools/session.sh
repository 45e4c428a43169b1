# Shared by the shutdown, soak and leak scripts: an own Xvfb display, the
# app started in the background, and waiting for its --verbose lines.
# Source it, then call `session_start_x` and `session_start_app ARGS...`.
# Sets DISPLAY, APP_PID, LOG (stdout of the app), ERR (its stderr) and the
# XDG folders (SETTINGS: where the app keeps its settings).

SESSION_WORK=${SESSION_WORK:-$(mktemp -d)}
LOG=$SESSION_WORK/app.log
ERR=$SESSION_WORK/err.log
APP_PID=""
XVFB_PID=""
# The app keeps settings, own digits and saved networks in the XDG folders:
# here, never in the home of whoever runs the tests.
export XDG_CONFIG_HOME=$SESSION_WORK/config XDG_DATA_HOME=$SESSION_WORK/data
SETTINGS=$XDG_CONFIG_HOME/neuropad/settings.json

session_cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
    rm -rf "$SESSION_WORK"
}

# Xvfb on the first free display from $1 (default 160), 1280x720.
session_start_x() {
    local n D=""
    for n in $(seq "${1:-160}" $((${1:-160} + 40))); do
        if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then D=$n; break; fi
    done
    [ -n "$D" ] || { echo "no free X display"; return 1; }
    Xvfb ":$D" -screen 0 1280x720x24 -nolisten tcp >"$SESSION_WORK/xvfb.log" 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$D" ] && break; sleep 0.05; done
    export DISPLAY=":$D"
}

# Starts "$BIN --verbose ARGS..." with fresh logs.
session_start_app() {
    : >"$LOG"
    : >"$ERR"
    "$BIN" --verbose "$@" >"$LOG" 2>"$ERR" &
    APP_PID=$!
}

# Waits until the log has a line matching $1, at most $2 seconds.
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

# Resident memory of the app in kB (VmRSS), or 0 when it is gone.
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$APP_PID/status" 2>/dev/null || echo 0; }
