import Foundation

/// Which digits to train and test on, decided in one place for the window
/// and the command line:
///
/// 1. `--train PATH` (and `--test PATH`): those files. A folder brings its
///    own test part; a single file without `--test` keeps every sixth digit
///    (at most 10,000) aside for testing, and is refused
///    (`DataProblem.tooFewToHoldOut`) when that leaves no test digit. A folder of CSV files without
///    MNIST's files (a class's collection) trains on all of them and tests
///    on the test part of 2. or 3.
/// 2. Otherwise the full MNIST in `data/mnist/` when `make mnist` fetched it.
/// 3. Otherwise the embedded 5,000-digit set: 4,000 to train, 1,000 to test.
public enum DataChoice {
    /// Where `make mnist` puts the four official files.
    public static let fullMNISTFolder = "data/mnist"

    public static func resolve(train: String?, test: String?) throws(DataError) -> (train: Dataset, test: Dataset) {
        if let train {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: train, isDirectory: &isFolder)
            if exists && isFolder.boolValue && !DataLoader.collectionFiles(in: train).isEmpty {
                let collection = try DataLoader.loadCollection(folder: train)
                if let test { return (collection, try DataLoader.load(path: test)) }
                return (collection, try defaultSets().test)
            }
            if exists && isFolder.boolValue {
                let both = try DataLoader.loadFolder(path: train)
                return (both.train, try test.map { p throws(DataError) in try DataLoader.load(path: p) } ?? both.test)
            }
            let trainSet = try DataLoader.load(path: train)
            if let test { return (trainSet, try DataLoader.load(path: test)) }
            let sets = holdOut(trainSet)
            guard sets.test.count > 0 else {
                throw DataError(file: train, problem: .tooFewToHoldOut(count: trainSet.count))
            }
            return sets
        }
        if let test {
            let defaults = try defaultSets()
            return (defaults.train, try DataLoader.load(path: test))
        }
        return try defaultSets()
    }

    /// Full MNIST when present, else the embedded set.
    public static func defaultSets() throws(DataError) -> (train: Dataset, test: Dataset) {
        if hasFullMNIST() {
            return try DataLoader.loadFolder(path: fullMNISTFolder)
        }
        return try EmbeddedDigits.load()
    }

    /// The four official files, each packed (as downloaded) or unpacked.
    public static func hasFullMNIST() -> Bool {
        let names = ["train-images-idx3-ubyte", "train-labels-idx1-ubyte",
                     "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"]
        return names.allSatisfy { name in
            [name, name + ".gz"].contains { FileManager.default.fileExists(atPath: fullMNISTFolder + "/" + $0) }
        }
    }

    /// Keeps every sixth digit (at most 10,000) aside as a test part. Every
    /// sixth, not the last sixth: files sorted by label (mnist_5k.csv.gz is)
    /// would otherwise test on 8s and 9s only.
    public static func holdOut(_ data: Dataset) -> (train: Dataset, test: Dataset) {
        let testIndices = Array(stride(from: 5, to: data.count, by: 6).prefix(10_000))
        let held = Set(testIndices)
        var train = data.subset((0 ..< data.count).filter { !held.contains($0) })
        var test = data.subset(testIndices)
        train.name = data.name
        train.notes = data.notes
        test.name = data.name + " (held out)"
        return (train, test)
    }
}
