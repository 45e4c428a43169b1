#!/usr/bin/env bash
# An interrupted save never replaces a good model file with a broken one.
# `neuropad train --save` writes a big model (784-2048-2048-10, 23 MB) over
# a good one and is killed (SIGKILL) at a random moment around its save,
# 20 times; after each kill the file must still load (`neuropad eval`):
# either the old model, untouched, or the complete new one.
#
#   tests/e2e/save-kill.sh [path/to/neuropad] [rounds]
set -u
BIN=${1:-.build/release/neuropad}
ROUNDS=${2:-20}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
. "$ROOT/tests/tools/scratch-home.sh"; scratch_home "$WORK"
[ -x "$BIN" ] || { echo "FAIL - no neuropad binary at $BIN"; exit 1; }

python3 - "$BIN" "$ROUNDS" "$ROOT/Assets" "$WORK" <<'PY'
import glob, gzip, hashlib, os, random, signal, subprocess, sys, time

binary, rounds, assets, work = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
# 14 real digits as CSV: `train` keeps the last sixth (2) aside for testing.
with gzip.open(os.path.join(assets, "digits-test-images-idx3-ubyte.gz")) as f:
    pixels = f.read()[16:]
with gzip.open(os.path.join(assets, "digits-test-labels-idx1-ubyte.gz")) as f:
    labels = f.read()[8:]
data = os.path.join(work, "digits.csv")
with open(data, "w") as f:
    for i in range(14):
        f.write(",".join([str(labels[i])] + [str(b) for b in pixels[i * 784:(i + 1) * 784]]) + "\n")
model = os.path.join(work, "model.npmodel")


def train(seed):
    return subprocess.Popen([binary, "train", "--train", data, "--hidden", "2048,2048", "--epochs", "1",
                             "--seed", str(seed), "--save", model],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def loads():
    return subprocess.run([binary, "eval", "--model", model, "--test", data],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0


def digest():
    with open(model, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def temp_files():
    return glob.glob(os.path.join(work, ".model.npmodel.tmp-*"))


# A good file first, and how long a save keeps its temporary file.
if train(1).wait() != 0 or not loads():
    sys.exit("FAIL - the first save does not load")
p, seen = train(2), None
while p.poll() is None:
    if seen is None and temp_files():
        seen = time.monotonic()
    time.sleep(0.0005)
window = max(time.monotonic() - seen if seen else 0.05, 0.01)

rng = random.Random(7)
old, new, broken = 0, 0, 0
for k in range(rounds):
    for leftover in temp_files():
        os.remove(leftover)  # a killed save leaves its temporary file behind
    before = digest()
    p = train(100 + k)
    while p.poll() is None and not temp_files():
        time.sleep(0.0005)
    # Kill anywhere from the temporary file's creation to well after the rename.
    time.sleep(rng.uniform(0, 1.5 * window))
    p.send_signal(signal.SIGKILL)
    p.wait()
    if not loads():
        broken += 1
        print(f"FAIL - round {k}: the model file does not load after the kill")
    elif digest() == before:
        old += 1
    else:
        new += 1
print(f"save-kill: {rounds} saves killed (save window {window * 1000:.0f} ms): "
      f"{old} left the old file, {new} finished the new one, {broken} broken")
if broken:
    sys.exit(1)
print("ok   - every interrupted save left a model that loads")
PY
