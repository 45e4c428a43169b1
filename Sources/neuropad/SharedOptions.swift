import ArgumentParser

/// The options that mean the same in several commands, declared once.
/// `--seed` draws the start weights and the shuffle order: `train --seed S`
/// and the window started with `--seed S` make the same run.
struct SeedOption: ParsableArguments {
    // `.unconditional`: "--seed -1" is a (refused) value, not a missing one.
    @Option(parsing: .unconditional, help: "Seed of the random start weights and of the shuffle order (0 or more).",
            transform: SeedOption.parse)
    var seed: UInt64 = 1

    static func parse(_ text: String) throws -> UInt64 {
        guard let seed = UInt64(text) else {
            throw ValidationError("--seed must be a whole number from 0 to \(UInt64.max), not \(text)")
        }
        return seed
    }
}

/// `--data` (also `--train`): the digits to train on, named as in the
/// window (`train`, `eval`).
struct TrainDataOption: ParsableArguments {
    @Option(name: [.customLong("data"), .customLong("train")],
            help: "Training data: MNIST IDX file or folder, or CSV (default: data/mnist if present, else the embedded digits).")
    var data: String?
}

/// `--test`: the digits a network is tested on (`train`, `eval`).
struct TestDataOption: ParsableArguments {
    @Option(help: "Test data: MNIST IDX file or folder, or CSV (default: the training data's test part, or the embedded test digits).")
    var test: String?
}
