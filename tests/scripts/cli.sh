#!/usr/bin/env bash
# The command line as a teacher meets it: train reaches the lesson's figure,
# eval reads the saved model, bad files and values get a message and a
# non-zero exit, and without a display the window says so at once.
set -u
bin=${1:-.build/release/neuropad}
# shellcheck source=../tools/checks.sh
. "$(dirname "$0")/../tools/checks.sh"

out=$("$bin" train --epochs 5 --save "$work/m.npmodel" 2>&1)
acc=$(echo "$out" | tail -1 | sed -n 's/^test accuracy: //p')
if awk -v a="$acc" 'BEGIN { exit !(a >= 0.90) }'; then ok "784-50-10, 5 epochs: test accuracy $acc >= 0.90"; else bad "accuracy '$acc'"; echo "$out" | tail -3; fi
[ "$(echo "$out" | grep -c '^epoch ')" = 5 ] && ok "one line per epoch" || bad "epoch lines"

out=$("$bin" eval --model "$work/m.npmodel" 2>&1)
echo "$out" | tail -1 | grep -q "^test accuracy: $acc" && ok "eval agrees with train ($acc)" || bad "eval: $(echo "$out" | tail -1)"
[ "$(echo "$out" | awk 'NF == 11' | wc -l)" = 10 ] && ok "confusion matrix has 10 rows" || bad "confusion matrix"

expect_error() { # description, pattern, command...
    local what=$1 pattern=$2; shift 2
    local msg; msg=$("$@" 2>&1); local rc=$?
    if [ $rc -ne 0 ] && echo "$msg" | grep -qi -- "$pattern"; then ok "$what"; else bad "$what (exit $rc: $msg)"; fi
}
expect_error "missing file" "not found" "$bin" train --train "$work/nope.csv"
printf '<html><body>404</body></html>' > "$work/page.gz"
expect_error "HTML saved as .gz" "gzip" "$bin" train --train "$work/page.gz"
printf '5,0,0,1\n' > "$work/short.csv"
expect_error "short CSV row names the line" "line 1" "$bin" train --train "$work/short.csv"
head -c 100 "$work/m.npmodel" > "$work/cut.npmodel"
expect_error "truncated model" "damaged\|not a NeuroPad" "$bin" eval --model "$work/cut.npmodel"
expect_error "negative learning rate" "lr must be a positive" "$bin" train --lr -1
expect_error "negative seed" "seed must be a whole number" "$bin" train --seed -1
expect_error "bench without samples" "samples must be at least 1" "$bin" bench --samples 0
expect_error "--save into a missing folder" "does not exist" "$bin" train --epochs 1 --save "$work/nodir/m.npmodel"
[ ! -e "$work/nodir" ] && ok "--save into a missing folder creates nothing" || bad "$work/nodir was created"

# --data names the training digits in train and eval, as in the window (--train stays).
digits_csv() { # count, file: count digits of one lit pixel each, labels 0-9
    awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++) { s = i % 10; for (p = 0; p < 784; p++) s = s "," (p == i % 784 ? 255 : 0); print s } }' > "$2"
}
digits_csv 5 "$work/five.csv"
out=$("$bin" train --data "$work/five.csv" --epochs 1 2>&1); rc=$?
if [ $rc -ne 0 ] && echo "$out" | grep -q "only 5 digits, too few to keep test digits aside" && ! echo "$out" | grep -q "accuracy: [0-9]"; then
    ok "5 digits: too few to hold back test digits, no accuracy printed"; else bad "5 digits (exit $rc: $out)"; fi
digits_csv 60 "$work/sixty.csv"
out=$("$bin" train --data "$work/sixty.csv" --epochs 1 2>&1)
echo "$out" | grep -q "^train: 50 digits (sixty.csv), test: 10 digits" && ok "train --data" || bad "train --data: $out"
out=$("$bin" eval --model "$work/m.npmodel" --data "$work/sixty.csv" 2>&1)
echo "$out" | grep -q "test: 10 digits (sixty.csv (held out))" && echo "$out" | tail -1 | grep -q "^test accuracy: 0\.[0-9]\{4\}$" \
    && ok "eval --data tests on the held-out part" || bad "eval --data: $out"

# The window's options in the top-level help.
help=$("$bin" --help 2>&1)
missing=""; for o in --window --lang --data --model --pace --defaults; do echo "$help" | grep -q -- "$o" || missing="$missing $o"; done
[ -z "$missing" ] && ok "neuropad --help lists the window's options" || bad "neuropad --help lacks$missing"

# No display: a message naming neuropad train, a non-zero exit, within a second.
no_display() { # description, env assignments...
    local what=$1; shift
    local t0 t1 msg rc
    t0=$(date +%s%N)
    msg=$(env -u DISPLAY -u WAYLAND_DISPLAY -u SDL_VIDEODRIVER "$@" timeout 10 "$bin" 2>&1); rc=$?
    t1=$(date +%s%N)
    local ms=$(( (t1 - t0) / 1000000 ))
    if [ $rc -ne 0 ] && [ $rc -ne 124 ] && [ $ms -lt 1000 ] && echo "$msg" | grep -q "no display" && echo "$msg" | grep -q "neuropad train"; then
        ok "$what: says so and names neuropad train in $ms ms"; else bad "$what (exit $rc after $ms ms: $msg)"; fi
}
no_display "DISPLAY unset"
n=$$; while [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
no_display "DISPLAY=:$n, no X server there" DISPLAY=":$n"
checks_done cli
