#!/usr/bin/env python3
"""Real numpy on the other side of NeuroPad's .npz files (tests/scripts/npz-numpy.sh).

    npz_numpy.py train TRAIN_IMAGES OUT_PREFIX EPOCHS
        trains the lesson notebook's network (bench/seed_numpy.py) and saves it
        with np.savez (OUT_PREFIX.npz) and np.savez_compressed (OUT_PREFIX-packed.npz)
    npz_numpy.py compare NPZ TEST_IMAGES OUTPUTS_CSV
        loads NPZ with np.load into the notebook's network, queries every test
        digit and compares with NeuroPad's answers and outputs (`neuropad eval
        --outputs`); prints the agreement and fails below 99.9 % or above 1e-5.
"""
import importlib.util
import os
import sys

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
spec = importlib.util.spec_from_file_location("seed_numpy", os.path.join(ROOT, "bench", "seed_numpy.py"))
seed = importlib.util.module_from_spec(spec)
spec.loader.exec_module(seed)


def scaled(img):
    return np.asarray(img, dtype=np.float64) / 255.0 * 0.99 + 0.01


def train(images_path, prefix, epochs):
    np.random.seed(1)
    images, labels = seed.load_records(images_path)
    n = seed.neuralNetwork(784, 50, 10, 0.1)
    for _ in range(epochs):
        for img, label in zip(images, labels):
            targets = np.zeros(10) + 0.01
            targets[int(label)] = 0.99
            n.train(scaled(img), targets)
    np.savez(prefix + ".npz", wih=n.wih, who=n.who, bias_hidden=n.bias_hidden, bias_output=n.bias_output)
    np.savez_compressed(prefix + "-packed.npz", wih=n.wih, who=n.who,
                        bias_hidden=n.bias_hidden, bias_output=n.bias_output)


def compare(npz_path, images_path, outputs_path):
    d = np.load(npz_path)  # allow_pickle stays False: plain arrays only
    hidden = d["wih"].shape[0]
    n = seed.neuralNetwork(784, hidden, 10, 0.1)
    n.wih, n.who, n.bias_hidden, n.bias_output = d["wih"], d["who"], d["bias_hidden"], d["bias_output"]
    assert d["wih"].dtype == np.float64, d["wih"].dtype
    if "activation" in d.files and str(d["activation"]) != "sigmoid":
        sys.exit(f"{npz_path}: activation {d['activation']}, this check knows the notebook's sigmoid only")
    images, labels = seed.load_records(images_path)
    rows = np.loadtxt(outputs_path, delimiter=",", skiprows=1)
    if len(rows) != len(images):
        sys.exit(f"{outputs_path}: {len(rows)} lines for {len(images)} test digits")
    agree, worst, correct = 0, 0.0, 0
    for img, label, row in zip(images, labels, rows):
        y = n.query(scaled(img)).ravel()
        agree += int(np.argmax(y)) == int(row[1])
        correct += int(np.argmax(y)) == int(label)
        worst = max(worst, float(np.max(np.abs(y - row[2:]))))
        if int(row[0]) != int(label):
            sys.exit(f"{outputs_path}: labels differ from {images_path}")
    share = agree / len(images)
    print(f"{os.path.basename(npz_path)}: answers agree for {agree}/{len(images)} digits ({share:.4%}), "
          f"largest output difference {worst:.2e}, numpy test accuracy {correct / len(images):.4f}")
    return share >= 0.999 and worst <= 1e-5


if __name__ == "__main__":
    if sys.argv[1] == "train":
        train(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    elif sys.argv[1] == "compare":
        sys.exit(0 if compare(sys.argv[2], sys.argv[3], sys.argv[4]) else 1)
    else:
        sys.exit(__doc__)
