import Foundation
import Testing
@testable import NeuroCore

/// A class's own collection: a folder of CSV files, one per student PC,
/// and CSV files dropped onto the window. Each test writes its own files.
@Suite("A class's collection")
struct ClassCollectionTests {
    @Test("a folder of three CSV files trains as one set and says how many digits came from each")
    func folderOfThree() throws {
        let s = try DataScratch()
        defer { s.remove() }
        let digits = try dataSampleDigits(30)
        let folder = s.path("klasse-7b")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // Three PCs, three ways to save: plain, packed, and from German Excel.
        try CSV.write(digits.subset(Array(0 ..< 12)), to: folder + "/pc01.csv")
        try CSV.write(digits.subset(Array(12 ..< 20)), to: folder + "/pc02.csv.gz")
        let excel = String(decoding: CSV.encode(digits.subset(Array(20 ..< 30))), as: UTF8.self)
            .replacingOccurrences(of: ",", with: ";")
        try excel.write(toFile: folder + "/pc03.csv", atomically: true, encoding: .utf8)
        try "not data".write(toFile: folder + "/readme.txt", atomically: true, encoding: .utf8)

        let (train, test) = try DataChoice.resolve(train: folder, test: nil)
        #expect(train.images == digits.images && train.labels == digits.labels)
        #expect(train.notes.last == .collection(folder: "klasse-7b", files: [
            .init(file: "pc01.csv", digits: 12), .init(file: "pc02.csv.gz", digits: 8), .init(file: "pc03.csv", digits: 10)]))
        #expect(train.notes.contains(.separator(file: "pc03.csv", separator: .semicolon, decimalComma: false)))
        #expect(train.notes.last?.description == "klasse-7b: 30 digits from 3 files (pc01.csv 12, pc02.csv.gz 8, pc03.csv 10)")
        #expect(test.count > 0)
    }

    @Test("a bad file in the collection is refused with its own name and line")
    func badFileNamed() throws {
        let s = try DataScratch()
        defer { s.remove() }
        let folder = s.path("klasse")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try CSV.write(try dataSampleDigits(3), to: folder + "/a.csv")
        try "5,1,2\n".write(toFile: folder + "/b.csv", atomically: true, encoding: .utf8)
        do {
            _ = try DataLoader.loadCollection(folder: folder)
            Issue.record("a broken file was read")
        } catch {
            #expect(error.file == folder + "/b.csv")
            #expect(error.problem == .wrongColumnCount(line: 1, found: 3))
        }
    }

    @Test("a folder with MNIST's files stays an MNIST folder")
    func mnistFolderWins() throws {
        let s = try DataScratch()
        defer { s.remove() }
        let digits = try dataSampleDigits(12)
        try CSV.write(digits, to: s.path("mnist_train.csv"))
        try CSV.write(digits, to: s.path("extra.csv"))
        #expect(DataLoader.collectionFiles(in: s.root).isEmpty)
    }

    @Test("dropped files: own digits take each new digit once, duplicates are counted")
    func ownDigitsSkipDuplicates() throws {
        let s = try DataScratch()
        defer { s.remove() }
        let digits = try dataSampleDigits(10)
        var own = OwnDigits(path: s.path("own.csv"))
        #expect(own.add(digits.subset([0, 1, 2, 3])) == (added: 4, skipped: 0))
        #expect(own.add(digits.subset([2, 3, 4, 4, 5])) == (added: 2, skipped: 3))
        #expect(own.count == 6)
        #expect(own.data.images == digits.subset([0, 1, 2, 3, 4, 5]).images)
    }
}

extension ClassCollectionTests {
    @Test("a dropped CSV file from German Excel adds its new digits and tells the separator")
    func droppedFile() throws {
        let s = try DataScratch()
        defer { s.remove() }
        let digits = try dataSampleDigits(8)
        var own = OwnDigits(path: s.path("own.csv"))
        _ = own.add(digits.subset([0, 1]))
        let excel = String(decoding: CSV.encode(digits), as: UTF8.self).replacingOccurrences(of: ",", with: ";")
        let result = try own.add(fileAt: try s.write(excel, "pc04.csv"))
        #expect(result.added == 6 && result.skipped == 2)
        #expect(result.notes == [.separator(file: "pc04.csv", separator: .semicolon, decimalComma: false)])
        #expect(own.count == 8)
    }
}
