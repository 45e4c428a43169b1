#!/usr/bin/env bash
# Networks travel between the lesson's notebook and NeuroPad: the notebook's
# network (bench/seed_numpy.py) trained in numpy and saved with np.savez and
# np.savez_compressed answers the embedded test digits the same in NeuroPad,
# and a network NeuroPad trains and saves as .npz answers the same in numpy
# (np.load). Same: the answer for at least 99.9 % of the digits, every output
# within 1e-5. Needs python3 with numpy.
set -u
bin=${1:-.build/release/neuropad}
cd "$(dirname "$0")/../.."
# shellcheck source=../tools/checks.sh
. tests/tools/checks.sh
if ! python3 -c 'import numpy' 2>/dev/null; then
    echo "FAIL npz-numpy: python3 with numpy is needed (make test-deps installs python3-numpy)"
    exit 1
fi
train=Assets/digits-train-images-idx3-ubyte.gz
test=Assets/digits-test-images-idx3-ubyte.gz

# numpy -> NeuroPad
timeout 300 python3 tests/scripts/npz_numpy.py train "$train" "$work/notebook" 5 || bad "numpy training"
for f in notebook notebook-packed; do
    out=$(timeout 120 "$bin" eval --model "$work/$f.npz" --test "$test" --outputs "$work/$f.csv" 2>&1)
    acc=$(echo "$out" | sed -n 's/^test accuracy: //p')
    [ -n "$acc" ] && ok "neuropad eval reads the notebook's $f.npz: test accuracy $acc" || { bad "eval $f.npz"; echo "$out" | tail -3; continue; }
    msg=$(timeout 120 python3 tests/scripts/npz_numpy.py compare "$work/$f.npz" "$test" "$work/$f.csv" 2>&1) \
        && ok "$msg" || bad "$msg"
done

# NeuroPad -> numpy
out=$(timeout 300 "$bin" train --epochs 2 --seed 3 --save "$work/neuropad.npz" 2>&1)
[ -f "$work/neuropad.npz" ] && ok "neuropad train --save writes neuropad.npz" || { bad "train --save .npz"; echo "$out" | tail -3; }
out=$(timeout 120 "$bin" eval --model "$work/neuropad.npz" --test "$test" --outputs "$work/neuropad.csv" 2>&1) || bad "eval neuropad.npz: $out"
msg=$(timeout 120 python3 tests/scripts/npz_numpy.py compare "$work/neuropad.npz" "$test" "$work/neuropad.csv" 2>&1) \
    && ok "$msg" || bad "$msg"

# A pickle saved under an .npz name is refused with the file's name.
python3 -c 'import pickle, sys; pickle.dump({"wih": [1.0]}, open(sys.argv[1], "wb"))' "$work/pickled.npz"
msg=$("$bin" eval --model "$work/pickled.npz" 2>&1) && bad "a pickle was read" \
    || { echo "$msg" | grep -q "pickled.npz: a Python pickle" && ok "a pickle is refused: $msg" || bad "pickle message: $msg"; }
checks_done npz-numpy
