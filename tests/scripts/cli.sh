#!/usr/bin/env bash
# The command line as a teacher meets it: train reaches the lesson's figure,
# eval reads the saved model, bad files get a message and a non-zero exit.
set -u
bin=${1:-.build/release/neuropad}
pass=0; fail=0
ok()  { echo "ok   $1"; pass=$((pass + 1)); }
bad() { echo "FAIL $1"; fail=$((fail + 1)); }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
. "$(dirname "$0")/../tools/scratch-home.sh"; scratch_home "$work"

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
expect_error "bad learning rate" "lr" "$bin" train --lr -1
echo "cli: $pass passed, $fail failed"
[ $fail -eq 0 ]
