import Foundation
import Testing
@testable import NeuroCore

/// Other digit sets: EMNIST's transposed images and its letters, digits
/// stored dark on light. Each test writes its own small files.
@Suite("Other digit sets")
struct DigitSetTests {
    func transposed(_ digits: Dataset) -> Dataset {
        var t = digits
        t.transpose()
        return t
    }

    @Test("a transposed image is not the same image, and transposing twice gives it back")
    func transposeIsReal() throws {
        let digits = try dataSampleDigits(3)
        #expect(transposed(digits).images != digits.images)
        #expect(transposed(transposed(digits)).images == digits.images)
    }

    @Test("emnist-* files, CSV and IDX, are transposed back to MNIST's orientation, with a note")
    func emnistTransposed() throws {
        let s = try DataScratch()
        defer { s.remove() }
        let digits = try dataSampleDigits(20)
        let stored = transposed(digits)
        try CSV.write(stored, to: s.path("emnist-digits-train.csv"))
        let csv = try DataLoader.load(path: s.path("emnist-digits-train.csv"))
        #expect(csv.images == digits.images && csv.labels == digits.labels)
        #expect(csv.notes == [.transposed(file: "emnist-digits-train.csv")])
        try IDX.write(stored, imagesPath: s.path("emnist-mnist-test-images-idx3-ubyte.gz"),
                      labelsPath: s.path("emnist-mnist-test-labels-idx1-ubyte.gz"))
        let idx = try DataLoader.load(path: s.path("emnist-mnist-test-images-idx3-ubyte.gz"))
        #expect(idx.images == digits.images)
        // The same bytes under another name are read as stored.
        try CSV.write(stored, to: s.path("digits.csv"))
        #expect(try DataLoader.load(path: s.path("digits.csv")).images == stored.images)
    }

    @Test("EMNIST letters are refused with a message that names them, the line and the label")
    func emnistLetters() throws {
        let s = try DataScratch()
        defer { s.remove() }
        let digits = try dataSampleDigits(5)
        var text = String(decoding: CSV.encode(digits), as: UTF8.self).split(separator: "\n").map(String.init)
        text[2] = "12" + text[2].dropFirst(1)
        let balanced = try s.write(text.joined(separator: "\n"), "emnist-balanced-train.csv")
        do {
            _ = try DataLoader.load(path: balanced)
            Issue.record("EMNIST with letters was read")
        } catch {
            #expect(error.problem == .emnistLetters(line: 3, label: "12"))
            #expect(error.description.hasPrefix("\(balanced): line 3: label 12: EMNIST letters"))
        }
        let letters = try s.write(String(decoding: CSV.encode(digits), as: UTF8.self), "emnist-letters-train.csv")
        #expect(dataProblem { try DataLoader.load(path: letters) } == .emnistLetters(line: nil, label: nil))
    }

    @Test("digits stored dark on light are inverted, with a note; MNIST's light on black is not")
    func darkOnLight() throws {
        let s = try DataScratch()
        defer { s.remove() }
        var digits = try dataSampleDigits(20)
        // The sample's random square covers half the image: make it ink on black.
        digits = try Dataset(images: digits.images.enumerated().map { $0.offset % 3 == 0 ? $0.element : 0 },
                             labels: digits.labels, name: "x")
        var light = digits
        light.invert()
        try CSV.write(light, to: s.path("paper.csv"))
        let read = try DataLoader.load(path: s.path("paper.csv"))
        #expect(read.images == digits.images)
        #expect(read.notes == [.inverted(file: "paper.csv")])
        try IDX.write(light, imagesPath: s.path("paper-images-idx3-ubyte"), labelsPath: s.path("paper-labels-idx1-ubyte"))
        #expect(try DataLoader.load(path: s.path("paper-images-idx3-ubyte")).images == digits.images)
        try CSV.write(digits, to: s.path("dark.csv"))
        #expect(try DataLoader.load(path: s.path("dark.csv")).notes.isEmpty)
    }
}
