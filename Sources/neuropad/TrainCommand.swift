import ArgumentParser
import Foundation
import NeuroCore

/// `neuropad train`: the lesson's training loop on the terminal.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a network and report loss and accuracy per epoch.")

    @OptionGroup var trainData: TrainDataOption
    @OptionGroup var testData: TestDataOption
    @Option(help: "Hidden layer sizes, e.g. 50 or 100,50.")
    var hidden: String = "50"
    // `.unconditional`: "--lr -1" is a (refused) value, not a missing one.
    @Option(parsing: .unconditional, help: "Learning rate η, a positive number.")
    var lr: Float = 0.1
    @Option(parsing: .unconditional, help: "Number of epochs (1-1000).")
    var epochs: Int = 5
    @Option(parsing: .unconditional, help: "Use only the first N training digits.")
    var limit: Int?
    @OptionGroup var seedOption: SeedOption
    @Option(help: "Activation: sigmoid or tanh.")
    var activation: String = "sigmoid"
    @Option(help: "Save the trained network to this file (.npz: a numpy archive); its folder must exist.")
    var save: String?

    func validate() throws {
        guard hiddenSizes != nil else { throw ValidationError("--hidden takes sizes like 50 or 100,50 (each 1-4096)") }
        guard epochs >= 1 && epochs <= 1000 else { throw ValidationError("--epochs must be 1-1000") }
        guard lr.isFinite && lr > 0 else { throw ValidationError("--lr must be a positive number") }
        guard Activation(rawValue: activation) != nil else { throw ValidationError("--activation is sigmoid or tanh") }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        if let save { try requireFolder(of: save, option: "--save") }
    }

    var hiddenSizes: [Int]? {
        let parts = hidden.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !parts.isEmpty, parts.allSatisfy({ ($0 ?? 0) >= 1 && ($0 ?? 0) <= 4096 }) else { return nil }
        return parts.compactMap { $0 }
    }

    func run() throws {
        let (trainSet, testSet) = try loadOrExit(train: trainData.data, test: testData.test)
        var config = TrainingConfig()
        config.hidden = hiddenSizes ?? [50]
        config.learningRate = lr
        config.seed = seedOption.seed
        config.trainLimit = limit
        config.activation = Activation(rawValue: activation) ?? .sigmoid
        var run = TrainingRun(config: config, data: trainSet)
        print("network \(config.sizes.map(String.init).joined(separator: "-")), \(config.activation.rawValue), lr \(lr)")
        print("train: \(run.data.count) digits (\(trainSet.name)), test: \(testSet.count) digits (\(testSet.name))")
        let bar = ProgressBar()
        for epoch in 1 ... epochs {
            let start = DispatchTime.now().uptimeNanoseconds
            let size = run.epochSize
            let loss = run.trainEpoch { bar.show(epoch: epoch, done: $0, of: size) }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let trainAcc = run.network.evaluate(run.data)
            let testAcc = run.network.evaluate(testSet)
            bar.finish()
            print(String(format: "epoch %d  loss %.4f  ", epoch, loss)
                  + "train \(accuracyText(trainAcc))  test \(accuracyText(testAcc))  "
                  + String(format: "%.0f samples/s", Double(run.epochSize) / max(seconds, 1e-9)))
        }
        if let save {
            let header = ModelFile.Header(sizes: run.network.sizes, activation: config.activation, learningRate: lr,
                                          epochs: run.epoch, samplesSeen: run.samplesSeen, seed: seedOption.seed, data: trainSet.name)
            do { try ModelFile.save(.init(network: run.network, header: header), to: save) } catch {
                throw CleanExit.failure(error.description)
            }
            print("saved \(save)")
        }
        print("test accuracy: " + accuracyText(run.network.evaluate(testSet)))
    }
}

/// "0.9213", or "none (no digits)": an accuracy over zero digits is
/// not a number.
func accuracyText(_ result: Evaluation) -> String {
    result.count == 0 ? "none (no digits)" : String(format: "%.4f", result.accuracy)
}

/// Refuses an output file whose folder does not exist (nothing is created).
func requireFolder(of path: String, option: String) throws {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
        throw ValidationError("\(option) \(path): the folder \(folder) does not exist")
    }
}

/// Loads the data or exits with the loader's message (and status 1);
/// prints what the readers noted (another separator, a scale).
func loadOrExit(train: String?, test: String?) throws -> (Dataset, Dataset) {
    do {
        let sets = try DataChoice.resolve(train: train, test: test)
        printNotes(sets.train, sets.test)
        return sets
    } catch {
        throw CleanExit.failure(error.description)
    }
}

/// One `note:` line per note of the data sets, each once.
func printNotes(_ sets: Dataset...) {
    var seen: [DataNote] = []
    for note in sets.flatMap(\.notes) where !seen.contains(note) {
        seen.append(note)
        print("note: \(note)")
    }
}

enum CleanExit {
    /// Prints "error: message" on stderr and exits 1, without a stack trace.
    static func failure(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        return ExitCode(1)
    }
}
