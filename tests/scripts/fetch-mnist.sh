#!/usr/bin/env bash
# Tests the MNIST download step offline: the mirror list holds only local
# folders (file://), never the public mirrors, whether or not there is internet. Checks that wrong checksums are refused and leave nothing
# behind, that right ones are kept, and that the result loads as a data set.
set -u
bin=${1:-.build/release/neuropad}
# shellcheck source=../tools/checks.sh
. "$(dirname "$0")/../tools/checks.sh"
mirror="$work/mirror"; mkdir -p "$mirror"

# A mirror of files that are not MNIST: the official checksums refuse them.
for f in train-images-idx3-ubyte.gz train-labels-idx1-ubyte.gz t10k-images-idx3-ubyte.gz t10k-labels-idx1-ubyte.gz; do
    echo "<html>not found</html>" | gzip > "$mirror/$f"
done
if MNIST_MIRRORS="file://$mirror" bash tools/fetch-mnist.sh "$work/a" >/dev/null 2>"$work/err"; then
    bad "wrong files accepted"
else
    ok "wrong checksums refused"
fi
[ -z "$(ls -A "$work/a" 2>/dev/null)" ] && ok "nothing kept after a mismatch" || bad "files left after a mismatch"
grep -q "mismatch" "$work/err" && ok "mismatch reported" || bad "no mismatch message"

# A real IDX data set in the MNIST layout (Fashion-MNIST when installed,
# else the embedded digits renamed), with its own checksum list.
src=/usr/share/datasets/fashion-mnist
if [ ! -f "$src/train-images-idx3-ubyte.gz" ]; then
    src="$work/small"; mkdir -p "$src"
    cp Assets/digits-train-images-idx3-ubyte.gz "$src/train-images-idx3-ubyte.gz"
    cp Assets/digits-train-labels-idx1-ubyte.gz "$src/train-labels-idx1-ubyte.gz"
    cp Assets/digits-test-images-idx3-ubyte.gz "$src/t10k-images-idx3-ubyte.gz"
    cp Assets/digits-test-labels-idx1-ubyte.gz "$src/t10k-labels-idx1-ubyte.gz"
fi
(cd "$src" && md5sum train-images-idx3-ubyte.gz train-labels-idx1-ubyte.gz t10k-images-idx3-ubyte.gz t10k-labels-idx1-ubyte.gz) > "$work/md5"
if MNIST_MIRRORS="file://$src" MNIST_MD5="$work/md5" bash tools/fetch-mnist.sh "$work/b" >/dev/null 2>&1; then
    ok "matching checksums accepted"
else
    bad "matching files refused"
fi
[ "$(ls "$work/b" | wc -l)" = 4 ] && ok "four files in place" || bad "files missing"
MNIST_MIRRORS="file:///nonexistent" MNIST_MD5="$work/md5" bash tools/fetch-mnist.sh "$work/b" >/dev/null 2>&1 \
    && ok "files already there are kept without download" || bad "re-run failed"
out=$("$bin" train --train "$work/b" --epochs 1 --limit 2000 --hidden 20 2>&1)
echo "$out" | tail -1 | grep -q "^test accuracy: 0\.[0-9]" && ok "downloaded folder trains" || { bad "downloaded folder did not load"; echo "$out" | tail -3; }
checks_done fetch-mnist
