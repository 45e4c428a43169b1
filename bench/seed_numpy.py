#!/usr/bin/env python3
"""The lesson notebook's 784-50-10 network in numpy, for a speed comparison.

The class follows the seed notebook's `neuralNetwork` line by line: column
vectors built with ndmin=2, sigmoid activation, per-sample SGD, bias
vectors, targets 0.01/0.99 and inputs x / 255 * 0.99 + 0.01. Only the
timing harness around it is new.

    python3 bench/seed_numpy.py                    # 20000 random byte images
    python3 bench/seed_numpy.py --samples 5000
    python3 bench/seed_numpy.py --data digits.csv.gz   # or an IDX images .gz

Prints one line: `numpy samples/s: N`.
"""

import argparse
import gzip
import os
import struct
import sys
import time

import numpy as np


class neuralNetwork:
    def __init__(self, inputnodes, hiddennodes, outputnodes, learningrate):
        self.inodes = inputnodes
        self.hnodes = hiddennodes
        self.onodes = outputnodes
        self.lr = learningrate

        # Weights drawn from N(0, 1/sqrt(fan_in)), as in the notebook.
        self.wih = np.random.normal(0.0, pow(self.inodes, -0.5), (self.hnodes, self.inodes))
        self.who = np.random.normal(0.0, pow(self.hnodes, -0.5), (self.onodes, self.hnodes))
        # Standing bias vectors. The slides do not show their start values;
        # zeros are assumed, which does not change the cost of a step.
        self.bias_hidden = np.zeros((self.hnodes, 1))
        self.bias_output = np.zeros((self.onodes, 1))

        self.activation_function = lambda x: 1.0 / (1.0 + np.exp(-x))

    def train(self, inputs_list, targets_list):
        inputs = np.array(inputs_list, ndmin=2).T
        targets = np.array(targets_list, ndmin=2).T

        # forward propagation
        hidden_inputs = np.dot(self.wih, inputs) + self.bias_hidden
        hidden_outputs = self.activation_function(hidden_inputs)
        final_inputs = np.dot(self.who, hidden_outputs) + self.bias_output
        final_outputs = self.activation_function(final_inputs)

        # errors
        output_errors = (final_outputs - targets)
        output_delta = output_errors * final_outputs * (1.0 - final_outputs)

        # backpropagation
        hidden_errors = np.dot(self.who.T, output_delta)
        hidden_delta = hidden_errors * hidden_outputs * (1.0 - hidden_outputs)

        # weight update
        self.who -= self.lr * np.dot(output_delta, hidden_outputs.T)
        self.wih -= self.lr * np.dot(hidden_delta, inputs.T)
        self.bias_output -= self.lr * output_delta
        self.bias_hidden -= self.lr * hidden_delta

    def query(self, inputs_list):
        inputs = np.array(inputs_list, ndmin=2).T
        hidden_outputs = self.activation_function(np.dot(self.wih, inputs) + self.bias_hidden)
        return self.activation_function(np.dot(self.who, hidden_outputs) + self.bias_output)


def _open(path):
    return gzip.open(path, "rb") if path.endswith(".gz") else open(path, "rb")


def load_records(path):
    """(images, labels): images (n, 784) uint8, labels (n,) int.

    IDX image files (magic 0x00000803) take their labels from the matching
    labels file if it sits beside them (...-images-idx3... -> ...-labels-idx1...),
    else labels are random. Anything else is read as CSV, label first as in
    the notebook's mnist_train.csv, or label last when the last column looks
    more like labels (all 0-9, more distinct values than the first column:
    in MNIST the corner pixels are always 0).
    """
    with _open(path) as f:
        head = f.read(4)
        rest = f.read()
    if len(head) == 4 and struct.unpack(">I", head)[0] == 0x803:
        n, rows, cols = struct.unpack(">III", rest[:12])
        if rows * cols != 784:
            sys.exit(f"{path}: images are {rows}x{cols}, not 28x28")
        images = np.frombuffer(rest[12:12 + n * 784], dtype=np.uint8).reshape(n, 784)
        labels = None
        label_path = path.replace("images", "labels").replace("idx3", "idx1")
        if label_path != path and os.path.exists(label_path):
            with _open(label_path) as g:
                data = g.read()
            labels = np.frombuffer(data[8:8 + n], dtype=np.uint8).astype(int)
        if labels is None:
            labels = np.random.randint(0, 10, n)
        return images, labels

    text = (head + rest).decode("ascii", errors="replace")
    rows = [line.split(",") for line in text.splitlines() if line.strip()]
    if not rows or len(rows[0]) != 785:
        sys.exit(f"{path}: not an IDX image file or a CSV of 785 columns")
    values = np.array(rows, dtype=int)
    def label_like(col):
        return len(np.unique(col)) if col.min() >= 0 and col.max() <= 9 else -1

    if label_like(values[:, 784]) > label_like(values[:, 0]):
        return values[:, :784].astype(np.uint8), values[:, 784]
    if label_like(values[:, 0]) < 0:
        sys.exit(f"{path}: neither the first nor the last column holds labels 0-9")
    return values[:, 1:].astype(np.uint8), values[:, 0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--samples", type=int, default=20000, help="training steps to time")
    parser.add_argument("--data", help="IDX images (.gz) or CSV (.gz) instead of random bytes")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.samples < 1:
        sys.exit("--samples must be at least 1")

    np.random.seed(args.seed)
    if args.data:
        images, labels = load_records(args.data)
        if len(images) == 0:
            sys.exit(f"{args.data}: no images")
    else:
        images = np.random.randint(0, 256, (min(args.samples, 10000), 784)).astype(np.uint8)
        labels = np.random.randint(0, 10, len(images))

    knn = neuralNetwork(784, 50, 10, 0.1)

    # Prepare every record as the notebook does (one list per line, scaled
    # inputs, 0.01/0.99 targets) before the clock starts: only training is timed.
    records = []
    for img, label in zip(images, labels):
        inputs = (np.asarray(img, dtype=np.float64) / 255.0 * 0.99) + 0.01
        targets = np.zeros(10) + 0.01
        targets[int(label)] = 0.99
        records.append((inputs, targets))

    start = time.perf_counter()
    for k in range(args.samples):
        inputs, targets = records[k % len(records)]
        knn.train(inputs, targets)
    elapsed = time.perf_counter() - start

    print(f"numpy samples/s: {int(args.samples / elapsed)}")


if __name__ == "__main__":
    main()
