#!/usr/bin/env bash
# A short lesson with the mouse only, as at an interactive whiteboard: draw a
# digit, pause and resume, raise the learning rate, switch to the plane,
# load AND, raise its learning rate by its button and its speed by the wheel,
# add a point of each class with the class toggle, train, return
# to the digits and quit by the quit button and its question's quit-yes. No key is pressed:
# every control is found by its `layout button NAME X Y W H` line and the
# effect is read from the `setting`, `mode`, `preset`, `points` and `epoch`
# lines.
#
#   tests/e2e/whiteboard.sh [path/to/neuropad]   (default .build/release/neuropad)
set -u
BIN=${1:-.build/release/neuropad}
# shellcheck source=../tools/session.sh
. "$(dirname "$0")/../tools/session.sh"
session_open 1280x720 xdotool
session_start_app --window 1280x720 --lang en --pace 2000
wait_for '^ready$' 20 && wait_for '^layout button quit ' 5 || { fail "window ready"; cat "$ERR"; finish; }
session_window || { fail "window found by its title"; finish; }

# Lines of the log so far, to wait only for what comes after an action.
mark() { MARK=$(wc -l <"$LOG"); }
# Waits (at most $2 s) for a line matching $1 after the last mark.
after() {
    local pattern=$1 limit=$2 waited=0
    while ! tail -n +"$((MARK + 1))" "$LOG" | grep -qE "$pattern"; do
        sleep 0.05
        waited=$((waited + 1))
        [ "$waited" -ge $((limit * 20)) ] && return 1
    done
    return 0
}
# The newest place of a control: "X Y W H", empty when never shown.
where() { grep "^layout button $1 " "$LOG" | tail -1 | cut -d' ' -f4-; }
# A click (press, release) in the middle of the control called $1.
press() {
    local x y w h
    read -r x y w h < <(where "$1")
    [ -n "${h:-}" ] || { echo "no control $1"; return 1; }
    mark
    xdotool mousemove --window "$WID" $((x + w / 2)) $((y + h / 2)) click 1
}

# 1. Draw a digit (a 1) on the grid by its layout line, then wait for the answer.
read -r GX GY GW GH < <(grep '^layout grid ' "$LOG" | tail -1 | cut -d' ' -f3-)
wait_for '^setting training on' 20
mark
xdotool mousemove --window "$WID" $((GX + GW / 2)) $((GY + GH / 6)) mousedown 1
for i in $(seq 1 12); do xdotool mousemove --window "$WID" $((GX + GW / 2 + i)) $((GY + GH / 6 + i * GH / 18)); done
xdotool mouseup 1
DESC="a digit drawn with the mouse is answered"; check after '^prediction [0-9] ' 10

# 2. Pause and resume by the pause button, then a larger learning rate.
press pause; DESC="the pause button stops training"; check after '^setting training off$' 5
press pause; DESC="the pause button resumes training"; check after '^setting training on$' 5
press lr-up; DESC="lr-up raises the learning rate"; check after '^setting lr 0.3$' 5

# 3. The plane: AND, a point of each class, train.
press mode; DESC="the mode button opens the plane"; check after '^mode perceptron$' 5
after '^layout button preset-and ' 5
press preset-and; DESC="preset-and loads AND"; check after '^preset and$' 5
press lr-up; DESC="lr-up in the plane raises its learning rate"; check after '^setting plane-lr 0.2$' 5
# The wheel over a setting: one notch up over the speed's − button.
read -r x y w h < <(where pace-down)
mark
xdotool mousemove --window "$WID" $((x + w / 2)) $((y + h / 2)) click 4
DESC="the wheel over the speed raises it"; check after '^setting plane-speed 10$' 5
read -r PX PY PW PH < <(grep '^layout plane ' "$LOG" | tail -1 | cut -d' ' -f3-)
# Two empty places of the plane, near the middle.
mark
xdotool mousemove --window "$WID" $((PX + PW * 45 / 100)) $((PY + PH * 30 / 100)) click 1
DESC="a tap adds a point of the first class"; check after '^points 5$' 5
press class; DESC="the class toggle switches the class"; check after '^setting class ' 5
mark
xdotool mousemove --window "$WID" $((PX + PW * 30 / 100)) $((PY + PH * 60 / 100)) click 1
DESC="a tap adds a point of the other class"; check after '^points 6$' 5
CLASSES=$(grep -c '^setting class ' "$LOG")
DESC="the class toggle was announced at start and after the click"; check test "$CLASSES" -ge 2
press run; DESC="the run button trains the plane"; check after '^epoch [0-9]+ errors ' 10
press run; DESC="the run button pauses the plane"; check after '^setting plane-training off$' 5

# 4. Back to the digits, and quit by the quit button.
press mode; DESC="the mode button returns to the digits"; check after '^mode digits$' 5
t0=$(now)
press quit
# With a trained network and placed points the app asks first: its yes button.
if after '^layout button quit-yes ' 3; then press quit-yes; fi
wait_exit 5 "$t0"
DESC="the quit button ends the app cleanly (status $EXIT_CODE)"; check test "$EXIT_CODE" -eq 0
DESC="no key was needed: no error on stderr"; check test ! -s "$ERR"
finish
