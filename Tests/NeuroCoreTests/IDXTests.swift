import Foundation
import Testing
@testable import NeuroCore

@Suite("IDX files")
struct IDXTests {
    /// A big-endian IDX header.
    func header(_ words: UInt32...) -> [UInt8] {
        words.flatMap { w in [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: w >> $0) } }
    }

    @Test(arguments: ["raw", "gz"])
    func roundTrip(kind: String) throws {
        let s = try DataScratch()
        defer { s.remove() }
        let digits = try dataSampleDigits(25)
        let ext = kind == "gz" ? ".gz" : ""
        try IDX.write(digits, imagesPath: s.path("i\(ext)"), labelsPath: s.path("l\(ext)"))
        let back = try IDX.load(imagesPath: s.path("i\(ext)"), labelsPath: s.path("l\(ext)"))
        #expect(back.images == digits.images && back.labels == digits.labels)
        #expect(back.name == "i\(ext)")
    }

    @Test func gzipDetectedByContentNotName() throws {
        let s = try DataScratch()
        defer { s.remove() }
        let digits = try dataSampleDigits(4)
        try s.write(Gzip.deflate(IDX.encodeImages(digits.images)), "images-without-suffix")
        #expect(try IDX.readImages(path: s.path("images-without-suffix")) == digits.images)
    }

    @Test func missingFile() {
        #expect(dataProblem { try IDX.readImages(path: "/nonexistent/neuropad/x-idx3-ubyte") } == .missing)
    }

    @Test func emptyFile() {
        #expect(dataProblem { try IDX.decodeImages([], file: "e") } == .empty)
    }

    @Test func wrongMagic() throws {
        let labels = IDX.encodeLabels([1, 2, 3])
        #expect(dataProblem { try IDX.decodeImages(labels, file: "l") } == .wrongMagic(found: 0x801))
        let images = IDX.encodeImages(try dataSampleDigits(1).images)
        #expect(dataProblem { try IDX.decodeLabels(images, file: "i") } == .wrongMagic(found: 0x803))
        let html = Array("<html><body>Moved</body></html>".utf8)
        #expect(dataProblem { try IDX.decodeImages(html, file: "h") } == .wrongMagic(found: 0x3c68_746d))
    }

    @Test func truncatedFile() throws {
        let full = IDX.encodeImages(try dataSampleDigits(3).images)
        #expect(dataProblem { try IDX.decodeImages(Array(full.dropLast(100)), file: "t") }
            == .truncated(expected: full.count, found: full.count - 100))
        #expect(dataProblem { try IDX.decodeImages(Array(full.prefix(10)), file: "t") }
            == .truncated(expected: 16, found: 10))
        let labels = IDX.encodeLabels([1, 2, 3])
        #expect(dataProblem { try IDX.decodeLabels(Array(labels.dropLast()), file: "t") }
            == .truncated(expected: 11, found: 10))
    }

    @Test func extraBytes() throws {
        let full = IDX.encodeImages(try dataSampleDigits(2).images)
        #expect(dataProblem { try IDX.decodeImages(full + [0, 0, 0], file: "x") } == .extraBytes(3))
        #expect(dataProblem { try IDX.decodeLabels(IDX.encodeLabels([4, 5]) + [9], file: "x") } == .extraBytes(1))
    }

    @Test func imagesNot28x28() {
        let bytes = header(0x803, 1, 32, 32) + Array(repeating: 0, count: 32 * 32)
        #expect(dataProblem { try IDX.decodeImages(bytes, file: "big") } == .wrongImageSize(rows: 32, columns: 32))
    }

    @Test func absurdHeaderFailsFast() throws {
        let clock = ContinuousClock()
        let start = clock.now
        // Claims 4 billion 28x28 images (3.4 TB) but holds one.
        let bytes = header(0x803, 0xFFFF_FFFF, 28, 28) + Array(repeating: 0, count: 784)
        #expect(dataProblem { try IDX.decodeImages(bytes, file: "huge") }
            == .truncated(expected: 16 + 0xFFFF_FFFF * 784, found: 800))
        let dims = header(0x803, 0xFFFF_FFFF, 0xFFFF_FFFF, 0xFFFF_FFFF)
        #expect(dataProblem { try IDX.decodeImages(dims, file: "huge") }
            == .wrongImageSize(rows: 0xFFFF_FFFF, columns: 0xFFFF_FFFF))
        #expect(dataProblem { try IDX.decodeLabels(header(0x801, 0xFFFF_FFFF), file: "huge") }
            == .truncated(expected: 8 + 0xFFFF_FFFF, found: 8))
        #expect(clock.now - start < .seconds(1))
    }

    @Test func labelAboveNine() {
        #expect(dataProblem { try IDX.decodeLabels(IDX.encodeLabels([3, 12, 4]), file: "l") } == .labelOutOfRange(12))
    }

    @Test func countMismatchImagesVsLabels() throws {
        let s = try DataScratch()
        defer { s.remove() }
        try s.write(IDX.encodeImages(try dataSampleDigits(5).images), "train-images-idx3-ubyte")
        try s.write(IDX.encodeLabels([1, 2, 3, 4]), "train-labels-idx1-ubyte")
        let problem = dataProblem {
            try IDX.load(imagesPath: s.path("train-images-idx3-ubyte"), labelsPath: s.path("train-labels-idx1-ubyte"))
        }
        #expect(problem == .countMismatch(images: 5, labels: 4))
    }
}
