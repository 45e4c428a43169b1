#!/usr/bin/env python3
"""Seed corpora for the fuzz targets, made from the embedded digits.

    fuzz/make-seeds.py ASSETS_DIR OUT_DIR

Writes OUT_DIR/{idx,csv,gzip,model,npz,photo}/: small valid files of each kind (two
real digits, a few layouts), so the fuzzers start from inputs that pass
every check and mutate from there.
"""
import gzip
import json
import os
import random
import struct
import sys
import zlib

assets, out = sys.argv[1], sys.argv[2]
with gzip.open(os.path.join(assets, "digits-test-images-idx3-ubyte.gz")) as f:
    images = f.read()[16:]
with gzip.open(os.path.join(assets, "digits-test-labels-idx1-ubyte.gz")) as f:
    labels = f.read()[8:]

PIXELS = 784


def idx_images(n):
    return struct.pack(">IIII", 0x803, n, 28, 28) + images[: n * PIXELS]


def idx_labels(n):
    return struct.pack(">II", 0x801, n) + labels[:n]


def csv_rows(n, label_first=True, header=False, end="\n"):
    rows = []
    if header:
        rows.append(",".join(["label"] + [f"pixel{k}" for k in range(PIXELS)]))
    for i in range(n):
        px = [str(b) for b in images[i * PIXELS:(i + 1) * PIXELS]]
        cells = [str(labels[i])] + px if label_first else px + [str(labels[i])]
        rows.append(",".join(cells))
    return (end.join(rows) + end).encode()


def packed(data):
    # mtime 0: the same seeds on every run.
    return gzip.compress(data, mtime=0)


def model(sizes, activation="sigmoid"):
    """A NeuroPad model file: magic, version, JSON header, float32 weights, CRC-32."""
    rng = random.Random(1)
    count = sum(sizes[l + 1] * sizes[l] + sizes[l + 1] for l in range(len(sizes) - 1))
    header = json.dumps({"sizes": sizes, "activation": activation, "learningRate": 0.1, "epochs": 1,
                         "samplesSeen": 10, "seed": 1, "data": "seed"}).encode()
    body = b"NEUROPAD" + struct.pack("<II", 1, len(header)) + header
    body += struct.pack(f"<{count}f", *[rng.gauss(0, 0.5) for _ in range(count)])
    return body + struct.pack("<I", zlib.crc32(body))


def npy(shape, values, descr="<f8", fortran=False, version=1):
    """One .npy array as numpy writes it (header padded to 64 bytes)."""
    shape_text = f"({shape[0]},)" if len(shape) == 1 else "(" + ", ".join(map(str, shape)) + ")"
    head = f"{{'descr': '{descr}', 'fortran_order': {fortran}, 'shape': {shape_text}, }}".encode()
    size = 2 if version == 1 else 4
    head += b" " * ((64 - (8 + size + len(head) + 1) % 64) % 64) + b"\n"
    out = b"\x93NUMPY" + bytes([version, 0]) + len(head).to_bytes(size, "little") + head
    if descr.startswith("<U"):
        return out + "".join(values).encode("utf-32-le")
    return out + struct.pack(f"<{len(values)}{'d' if descr == '<f8' else 'f'}", *values)


def npz(arrays, compressed=False):
    """An .npz archive as np.savez / np.savez_compressed write it: Python's
    zipfile with zip64 local headers."""
    import io
    import zipfile
    buf = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if compressed else zipfile.ZIP_STORED
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in arrays:
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = method
            with z.open(info, "w", force_zip64=True) as f:
                f.write(data)
    return buf.getvalue()


def network_arrays(sizes, names, **kw):
    rng = random.Random(2)
    out = []
    for l, (w, b) in enumerate(names):
        out.append((w, npy((sizes[l + 1], sizes[l]), [rng.gauss(0, 0.3) for _ in range(sizes[l + 1] * sizes[l])], **kw)))
        out.append((b, npy((sizes[l + 1], 1), [rng.gauss(0, 0.3) for _ in range(sizes[l + 1])], **kw)))
    return out


NOTEBOOK = [("wih", "bias_hidden"), ("who", "bias_output")]


def photo(width, height, dark_paper=False):
    """The photo target's input: width-1, height-1, then RGBA rows: a dark
    bar (a "1") on light paper, or the other way round."""
    paper, ink = (30, 240) if dark_paper else (235, 25)
    out = bytearray([width - 1, height - 1])
    for y in range(height):
        for x in range(width):
            v = ink if (abs(x - width // 2) <= width // 8 and height // 5 <= y < 4 * height // 5) else paper
            out += bytes([v, v, min(v + 10, 255), 255])
    return bytes(out)


seeds = {
    "idx": {"images-1": idx_images(1), "images-2": idx_images(2), "labels-10": idx_labels(10)},
    "csv": {"label-first": csv_rows(2), "label-last-header-crlf": csv_rows(2, False, True, "\r\n"),
            "one-row": csv_rows(1)},
    "gzip": {"images-2.gz": packed(idx_images(2)), "rows.csv.gz": packed(csv_rows(1)),
             "two-members.gz": packed(idx_images(1)[:400]) + packed(idx_images(1)[400:])},
    "model": {"2-3-1": model([2, 3, 1]), "2-4-1-tanh": model([2, 4, 1], "tanh"), "784-2-10": model([784, 2, 10])},
    "npz": {"notebook-784-2-10.npz": npz(network_arrays([784, 2, 10], NOTEBOOK)),
            "packed-f4-fortran-v2.npz": npz(network_arrays([784, 2, 10], NOTEBOOK, descr="<f4", fortran=True,
                                                           version=2), compressed=True),
            "deep-2-3-2-1-tanh.npz": npz(network_arrays([2, 3, 2, 1], [("W0", "b0"), ("W1", "b1"), ("W2", "b2")])
                                         + [("activation", npy((), ["tanh"], descr="<U4"))]),
            "one-array.npy": npy((2, 3), [1, 2, 3, 4, 5, 6], version=3)},
    "photo": {"bar-20x28": photo(20, 28), "bar-dark-paper-32x32": photo(32, 32, True), "tiny-3x3": photo(3, 3)},
}
for target, files in seeds.items():
    os.makedirs(os.path.join(out, target), exist_ok=True)
    for name, data in files.items():
        with open(os.path.join(out, target, name), "wb") as f:
            f.write(data)
print("seeds: " + ", ".join(f"{t} {len(f)}" for t, f in seeds.items()))
