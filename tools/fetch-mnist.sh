#!/usr/bin/env bash
# Downloads the full MNIST (the four official files, 60,000 training and
# 10,000 test digits) into DEST (default data/mnist) and checks each file
# against its published MD5 checksum before keeping it. A file that fails
# the check is deleted; a file already present and correct is kept.
#
#   MNIST_MIRRORS  the base URLs to try, in order, separated by spaces,
#                  instead of the public mirrors (file:// works, for tests)
#   MNIST_MD5      a checksum list to use instead of tools/mnist.md5
set -u
dest=${1:-data/mnist}
here=$(cd "$(dirname "$0")" && pwd)
sums=${MNIST_MD5:-$here/mnist.md5}
read -r -a mirrors <<<"${MNIST_MIRRORS:-https://ossci-datasets.s3.amazonaws.com/mnist/ https://storage.googleapis.com/cvdf-datasets/mnist/}"

fetch() { # url file
    if command -v curl >/dev/null 2>&1; then curl -fsSL --max-time 300 -o "$2" "$1"
    elif command -v wget >/dev/null 2>&1; then wget -q -T 300 -O "$2" "$1"
    else python3 -c 'import sys, urllib.request; urllib.request.urlretrieve(sys.argv[1], sys.argv[2])' "$1" "$2"
    fi
}
md5_of() { md5sum "$1" 2>/dev/null | cut -d' ' -f1; }

[ -r "$sums" ] || { echo "fetch-mnist: checksum list $sums not found" >&2; exit 2; }
mkdir -p "$dest" || exit 2
failed=0
while read -r want name; do
    [ -n "$name" ] || continue
    if [ -f "$dest/$name" ] && [ "$(md5_of "$dest/$name")" = "$want" ]; then
        echo "ok       $name (already there)"; continue
    fi
    got=""
    for base in "${mirrors[@]}"; do
        [ -n "$base" ] || continue
        tmp="$dest/.$name.part"
        rm -f "$tmp"
        if fetch "${base%/}/$name" "$tmp" 2>/dev/null; then
            got=$(md5_of "$tmp")
            if [ "$got" = "$want" ]; then mv "$tmp" "$dest/$name"; echo "ok       $name"; break; fi
            echo "mismatch $name from $base (md5 $got, expected $want)" >&2
        fi
        rm -f "$tmp"
        got=""
    done
    if [ -z "$got" ]; then echo "FAILED   $name: no mirror gave a file with the right checksum" >&2; failed=1; fi
done < "$sums"
if [ $failed -ne 0 ]; then
    echo "fetch-mnist: incomplete; NeuroPad keeps using its embedded digits." >&2
    exit 1
fi
echo "MNIST is in $dest: 'make run' and 'neuropad train' now use it."
