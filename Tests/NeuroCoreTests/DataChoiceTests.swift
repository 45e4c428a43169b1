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
}
