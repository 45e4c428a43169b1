import ArgumentParser
import Foundation
import NeuroCore

/// `neuropad eval`: how well a saved network reads the test digits.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Print the confusion matrix and accuracy of a saved network.")

    @Option(help: "The model file to evaluate.")
    var model: String
    @OptionGroup var trainData: TrainDataOption
    @OptionGroup var testData: TestDataOption
    @Option(help: "Also write one CSV line per test digit: label, answer and the ten outputs.")
    var outputs: String?

    func validate() throws {
        if let outputs { try requireFolder(of: outputs, option: "--outputs") }
    }

    func run() throws {
        let loaded: ModelFile.Model
        do { loaded = try ModelFile.load(from: model) } catch { throw CleanExit.failure(error.description) }
        guard loaded.network.inputSize == Dataset.pixelCount, loaded.network.outputSize == Dataset.classCount else {
            throw CleanExit.failure("\(model): a \(loaded.network.sizes) network cannot read 28x28 digits")
        }
        let testSet: Dataset
        if let test = testData.test, trainData.data == nil {
            do { testSet = try DataLoader.load(path: test) } catch { throw CleanExit.failure(error.description) }
            printNotes(testSet)
        } else {
            // The test part of --data, as the window would test on it.
            testSet = try loadOrExit(train: trainData.data, test: testData.test).1
        }
        let result = loaded.network.evaluate(testSet)
        print("network \(loaded.network.sizes.map(String.init).joined(separator: "-")), test: \(testSet.count) digits (\(testSet.name))")
        print("rows: true digit, columns: prediction")
        print("     " + (0 ..< 10).map { pad("\($0)", 5) }.joined())
        for (d, row) in result.confusion.enumerated() {
            print(pad("\(d)", 3) + "  " + row.map { pad("\($0)", 5) }.joined())
        }
        print("test accuracy: " + accuracyText(result))
        if let outputs { try writeOutputs(loaded.network, testSet, to: outputs) }
    }

    /// `label,answer,o0,…,o9` per digit, the outputs with 9 significant
    /// digits (every Float exactly), for comparing with the notebook's `query`.
    private func writeOutputs(_ network: MLP, _ data: Dataset, to path: String) throws {
        var text = "label,answer," + (0 ..< network.outputSize).map { "o\($0)" }.joined(separator: ",") + "\n"
        for i in 0 ..< data.count {
            let y = network.predict(data.input(i))
            text += "\(data.label(i)),\(MLP.argmax(y)),"
                + y.map { String(format: "%.9g", Double($0)) }.joined(separator: ",") + "\n"
        }
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
            throw CleanExit.failure("\(path): cannot be written (\(error.localizedDescription))")
        }
        print("outputs written: \(path)")
    }

    private func pad(_ s: String, _ n: Int) -> String { String(repeating: " ", count: max(0, n - s.count)) + s }
}
