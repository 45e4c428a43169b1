import Foundation
import Testing
@testable import NeuroCore

// MARK: - Helpers shared by the Data, Gzip, IDX and CSV tests

/// A fresh folder under the system's temporary directory; call `remove()`
/// in a `defer` so it also keeps the folder alive until the test ends.
final class DataScratch {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("neurocore-data-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { (root as NSString).appendingPathComponent(name) }

    @discardableResult
    func write(_ bytes: [UInt8], _ name: String) throws -> String {
        try Data(bytes).write(to: URL(fileURLWithPath: path(name)))
        return path(name)
    }

    @discardableResult
    func write(_ text: String, _ name: String) throws -> String { try write(Array(text.utf8), name) }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

/// The problem `body` fails with, or nil when it succeeds.
func dataProblem<T>(_ body: () throws -> T) -> DataProblem? {
    do {
        _ = try body()
        return nil
    } catch let error as DataError {
        return error.problem
    } catch {
        Issue.record("not a DataError: \(error)")
        return nil
    }
}

/// `count` synthetic digits, labels 0, 1, …, 9, 0, …; like MNIST, the
/// border is blank (so the corner pixels are 0) and the middle uses 0-255.
func dataSampleDigits(_ count: Int, name: String = "sample") throws -> Dataset {
    var images = [UInt8](repeating: 0, count: count * Dataset.pixelCount)
    var labels: [UInt8] = []
    var state: UInt64 = 0x5eed
    for i in 0 ..< count {
        labels.append(UInt8(i % 10))
        for y in 4 ..< 24 {
            for x in 4 ..< 24 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                images[i * Dataset.pixelCount + y * 28 + x] = UInt8(truncatingIfNeeded: state >> 56)
            }
        }
        images[i * Dataset.pixelCount + 14 * 28 + 14] = 255
    }
    return try Dataset(images: images, labels: labels, name: name)
}

// MARK: - DataLoader and the embedded digits

@Suite("Data loading entry point")
struct DataLoaderTests {
    @Test func missingFile() throws {
        let s = try DataScratch()
        defer { s.remove() }
        #expect(dataProblem { try DataLoader.load(path: s.path("nothing.csv")) } == .missing)
        #expect(dataProblem { try DataLoader.loadFolder(path: s.path("nowhere")) } == .missing)
    }

    @Test func csvByName() throws {
        let s = try DataScratch()
        defer { s.remove() }
        let digits = try dataSampleDigits(20)
        try CSV.write(digits, to: s.path("mine.csv.gz"))
        let back = try DataLoader.load(path: s.path("mine.csv.gz"))
        #expect(back.images == digits.images && back.labels == digits.labels)
    }

    @Test(arguments: [
        ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"),
        ("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"),
        ("train-images.idx3-ubyte", "train-labels.idx1-ubyte"),
        ("train-images-idx3-ubyte", "train-labels-idx1-ubyte.gz"),
    ])
    func labelsBeside(images: String, labels: String) throws {
        let s = try DataScratch()
        defer { s.remove() }
        let digits = try dataSampleDigits(12)
        try IDX.write(digits, imagesPath: s.path(images), labelsPath: s.path(labels))
        for start in [images, labels] { // either file of the pair finds the other
            let back = try DataLoader.load(path: s.path(start))
            #expect(back.images == digits.images && back.labels == digits.labels)
        }
    }

    @Test func imagesWithoutLabels() throws {
        let s = try DataScratch()
        defer { s.remove() }
        try s.write(IDX.encodeImages(dataSampleDigits(3).images), "train-images-idx3-ubyte")
        let problem = dataProblem { try DataLoader.load(path: s.path("train-images-idx3-ubyte")) }
        #expect(problem == .noLabelsBeside(expected: "train-labels-idx1-ubyte"))
    }

    @Test func folderOfFourFiles() throws {
        let s = try DataScratch()
        defer { s.remove() }
        let train = try dataSampleDigits(30), test = try dataSampleDigits(10)
        try IDX.write(train, imagesPath: s.path("train-images-idx3-ubyte.gz"),
                      labelsPath: s.path("train-labels-idx1-ubyte.gz"))
        try IDX.write(test, imagesPath: s.path("t10k-images-idx3-ubyte"), labelsPath: s.path("t10k-labels-idx1-ubyte"))
        let both = try DataLoader.loadFolder(path: s.root)
        #expect(both.train.count == 30 && both.test.count == 10)
        #expect(both.train.images == train.images && both.test.labels == test.labels)
        #expect(try DataLoader.load(path: s.root).count == 30)
        try FileManager.default.removeItem(atPath: s.path("t10k-labels-idx1-ubyte"))
        #expect(dataProblem { try DataLoader.loadFolder(path: s.root) }
            == .noLabelsBeside(expected: "t10k-labels-idx1-ubyte"))
    }

    @Test func unknownBinaryFile() throws {
        let s = try DataScratch()
        defer { s.remove() }
        try s.write([0, 1, 2, 200, 255, 7, 0, 0], "photo.png")
        #expect(dataProblem { try DataLoader.load(path: s.path("photo.png")) } == .unknownFormat)
    }

    @Test func errorTextNamesFileAndProblem() {
        let error = DataError(file: "class.csv", problem: .pixelOutOfRange(line: 7, value: "300"))
        #expect(error.description == "class.csv: line 7: pixel value 300 is not in 0-255")
        #expect(DataError(file: "x.gz", problem: .gzipTooLarge(limit: 1_000)).description.contains("1 kB"))
    }
}

@Suite("Embedded digits")
struct DataEmbeddedTests {
    /// The repository's Assets folder, found from this file's location.
    static let repoAssets = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Assets").path

    @Test func splitIsStratifiedAndDisjoint() throws {
        let (train, test) = try EmbeddedDigits.load(from: Self.repoAssets)
        #expect(train.count == 4_000 && test.count == 1_000)
        for digit in 0 ..< 10 {
            #expect(train.labels.filter { $0 == digit }.count == 400)
            #expect(test.labels.filter { $0 == digit }.count == 100)
        }
        let trainImages = Set((0 ..< train.count).map { Array(train.image($0)) })
        #expect(!(0 ..< test.count).contains { trainImages.contains(Array(test.image($0))) })
        #expect(train.labels != train.labels.sorted(), "the training part is shuffled")
    }

    @Test func assetsFoundFromTheRunningProgram() throws {
        let folder = try #require(EmbeddedDigits.assetsDirectory())
        let (train, test) = try EmbeddedDigits.load()
        #expect(FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(EmbeddedDigits.trainImagesFile)))
        #expect(train.count == EmbeddedDigits.trainCount && test.count == EmbeddedDigits.testCount)
    }

    @Test func assetsSearchOrderIsInstalledThenBesideThenSourceTree() throws {
        let folders = EmbeddedDigits.searchedDirectories()
        let beside = try #require(EmbeddedDigits.executableDirectory())
        #expect(folders.first == "/usr/share/neuropad")
        #expect(folders.dropFirst().first == (beside as NSString).appendingPathComponent("Assets"))
        #expect(folders.last == (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent("Assets"))
    }

    @Test func dataLoaderReadsTheAssetsFolder() throws {
        let both = try DataLoader.loadFolder(path: Self.repoAssets)
        #expect(both.train.count == 4_000 && both.test.count == 1_000)
    }
}

@Suite("Fashion-MNIST from the system")
struct DataFashionTests {
    static let folder = "/usr/share/datasets/fashion-mnist"
    static let installed = FileManager.default.fileExists(atPath: folder + "/train-images-idx3-ubyte.gz")

    @Test(.enabled(if: installed, "Fashion-MNIST not installed (Debian package dataset-fashion-mnist); skipped"))
    func fullSizeFolder() throws {
        let clock = ContinuousClock()
        var both: (train: Dataset, test: Dataset)?
        let elapsed = try clock.measure { both = try DataLoader.loadFolder(path: Self.folder) }
        let (train, test) = try #require(both)
        print("Fashion-MNIST: 60k + 10k loaded in \(elapsed)")
        #expect(train.count == 60_000 && test.count == 10_000)
        #expect(train.labels.allSatisfy { $0 <= 9 } && test.labels.allSatisfy { $0 <= 9 })
        #expect(train.labels.filter { $0 == 3 }.count == 6_000)
    }
}
