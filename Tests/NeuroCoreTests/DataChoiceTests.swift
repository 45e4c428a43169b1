import Testing
@testable import NeuroCore

@Suite("Choosing the data")
struct DataChoiceTests {
    @Test("a single file sorted by label keeps every digit in its test part")
    func holdOutSorted() throws {
        // 600 digits sorted by label, as mnist_5k.csv.gz is.
        let labels = (0 ..< 600).map { UInt8($0 / 60) }
        // Digit i carries its number in its first two pixels.
        let images = (0 ..< 600 * Dataset.pixelCount).map { k -> UInt8 in
            let (i, pixel) = (k / Dataset.pixelCount, k % Dataset.pixelCount)
            return pixel == 0 ? UInt8(i % 256) : pixel == 1 ? UInt8(i / 256) : 0
        }
        let data = try Dataset(images: images, labels: labels, name: "sorted")
        let (train, test) = DataChoice.holdOut(data)
        #expect(test.count == 100)
        #expect(train.count == 500)
        #expect(Set(test.labels) == Set(0 ... 9))
        #expect(Set(train.labels) == Set(0 ... 9))
        func ids(_ d: Dataset) -> Set<Int> {
            Set((0 ..< d.count).map { Int(d.image($0).first ?? 0) + 256 * Int(d.image($0).dropFirst().first ?? 0) })
        }
        #expect(ids(train).isDisjoint(with: ids(test)))
        #expect(ids(train).union(ids(test)).count == 600)
    }

    @Test("a single file too small to keep a test digit aside is refused with its count, six are enough")
    func tooSmallToHoldOut() throws {
        let s = try DataScratch()
        defer { s.remove() }
        let digits = try dataSampleDigits(6)
        try CSV.write(digits.subset(Array(0 ..< 5)), to: s.path("five.csv"))
        #expect(throws: DataError(file: s.path("five.csv"), problem: .tooFewToHoldOut(count: 5))) {
            try DataChoice.resolve(train: s.path("five.csv"), test: nil)
        }
        #expect(DataProblem.tooFewToHoldOut(count: 1).description.hasPrefix("only 1 digit,"))
        try CSV.write(digits, to: s.path("six.csv"))
        let (train, test) = try DataChoice.resolve(train: s.path("six.csv"), test: nil)
        #expect(train.count == 5 && test.count == 1)
    }
}
