#!/usr/bin/env bash
# One seed, one run: `neuropad train --epochs 3 --seed 7` and the window
# started with `--seed 7 --pace max` draw the same start weights and the
# same order, so the window's first three epoch losses and test accuracies
# (its --verbose lines) are the ones `train` prints, to the last printed
# digit. Another seed gives other losses.
#
#   tests/e2e/seed.sh [path/to/neuropad]   (default .build/release/neuropad)
set -u
BIN=${1:-.build/release/neuropad}
BIN=$(cd "$(dirname "$BIN")" 2>/dev/null && pwd)/$(basename "$BIN")
# shellcheck source=../tools/session.sh
. "$(dirname "$0")/../tools/session.sh"
session_need Xvfb xdotool
# The same folder for both: the default data are looked up from here.
cd "$SESSION_WORK" || exit 1

# "epoch N ... loss X ... test A ..." -> "N X A", for the first three
# epochs (train and the window order the fields differently).
losses() {
    awk '$1 == "epoch" && $2 >= 1 && $2 <= 3 {
        for (i = 3; i < NF; i++) { if ($i == "loss") l = $(i + 1); if ($i == "test") a = $(i + 1) }
        print $2, l, a }'
}

timeout 300 "$BIN" train --epochs 3 --seed 7 >train.out 2>&1 || { fail "train runs"; cat train.out; finish; }
cli=$(losses <train.out)

session_start_x || { fail "Xvfb"; finish; }
session_start_app --seed 7 --pace max --defaults
if wait_for '^epoch 3 ' 120; then
    window=$(losses <"$LOG")
    echo "train:  $(echo "$cli" | tr '\n' ' ')"
    echo "window: $(echo "$window" | tr '\n' ' ')"
    if [ "$(echo "$cli" | wc -l)" -eq 3 ] && [ "$cli" = "$window" ]; then
        pass "--seed 7: the window's first three epoch losses and test accuracies are train's"
    else
        fail "--seed 7: the window's epochs differ from train's"
    fi
else
    fail "the window trained three epochs within 120 s"; tail -5 "$ERR"
fi
kill "$APP_PID" 2>/dev/null
wait "$APP_PID" 2>/dev/null
APP_PID=""

timeout 300 "$BIN" train --epochs 1 --seed 8 >other.out 2>&1
other=$(losses <other.out)
if [ -n "$other" ] && [ "$other" != "$(echo "$cli" | head -1)" ]; then
    pass "another seed gives another run"
else
    fail "--seed 8 gives another first epoch than --seed 7"
fi
finish
