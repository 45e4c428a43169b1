import Foundation

/// Which digits to train and test on, decided in one place for the window
/// and the command line:
///
/// 1. `--train PATH` (and `--test PATH`): those files. A folder brings its
///    own test part; a single file without `--test` keeps its last sixth
///    (at most 10,000 digits) aside for testing.
/// 2. Otherwise the full MNIST in `data/mnist/` when `make mnist` fetched it.
/// 3. Otherwise the embedded 5,000-digit set: 4,000 to train, 1,000 to test.
public enum DataChoice {
    /// Where `make mnist` puts the four official files.
    public static let fullMNISTFolder = "data/mnist"

    public static func resolve(train: String?, test: String?) throws(DataError) -> (train: Dataset, test: Dataset) {
        if let train {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: train, isDirectory: &isFolder)
            if exists && isFolder.boolValue {
                let both = try DataLoader.loadFolder(path: train)
                return (both.train, try test.map { p throws(DataError) in try DataLoader.load(path: p) } ?? both.test)
            }
            let trainSet = try DataLoader.load(path: train)
            if let test { return (trainSet, try DataLoader.load(path: test)) }
            return holdOut(trainSet)
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

    public static func hasFullMNIST() -> Bool {
        let names = ["train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
                     "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"]
        return names.allSatisfy { FileManager.default.fileExists(atPath: fullMNISTFolder + "/" + $0) }
    }

    /// Splits off the last sixth (at most 10,000) as a test part.
    public static func holdOut(_ data: Dataset) -> (train: Dataset, test: Dataset) {
        let testCount = min(10_000, data.count / 6)
        let cut = data.count - testCount
        var train = data.subset(Array(0 ..< cut))
        var test = data.subset(Array(cut ..< data.count))
        train.name = data.name
        test.name = data.name + " (held out)"
        return (train, test)
    }
}
