import Foundation
import Testing
@testable import NeuroCore

@Suite("Gzip")
struct GzipTests {
    @Test(arguments: [0, 1, 784, 100_000, 1_500_000])
    func roundTrip(size: Int) throws {
        let data = (0 ..< size).map { UInt8(truncatingIfNeeded: $0 * 7 + $0 / 300) }
        let packed = try Gzip.deflate(data)
        #expect(Gzip.isGzip(packed))
        #expect(try Gzip.inflate(packed, file: "t.gz") == data)
    }

    @Test func reproducibleHeaderWithoutTime() throws {
        let data = Array("the same digits".utf8)
        let a = try Gzip.deflate(data), b = try Gzip.deflate(data)
        #expect(a == b)
        #expect(Array(a[4 ..< 8]) == [0, 0, 0, 0], "modification time 0")
    }

    @Test func htmlPageSavedAsGz() throws {
        let html = Array("<!DOCTYPE html><html><body>404 Not Found</body></html>\n".utf8)
        #expect(dataProblem { try Gzip.inflate(html, file: "train-images-idx3-ubyte.gz") } == .notGzip)
        let s = try DataScratch()
        defer { s.remove() }
        try s.write(html, "train-images-idx3-ubyte.gz")
        #expect(dataProblem { try IDX.readImages(path: s.path("train-images-idx3-ubyte.gz")) } == .notGzip)
        try s.write(html, "mnist_train.csv.gz")
        #expect(dataProblem { try CSV.read(path: s.path("mnist_train.csv.gz")) } == .notGzip)
    }

    @Test func emptyInput() {
        #expect(dataProblem { try Gzip.inflate([], file: "e.gz") } == .empty)
    }

    @Test(arguments: [2, 10, 0.5, 0.99])
    func truncatedGzip(keep: Double) throws {
        let packed = try Gzip.deflate((0 ..< 50_000).map { UInt8(truncatingIfNeeded: $0 &* 31 >> 3) })
        let kept = keep > 1 ? Int(keep) : Int(Double(packed.count) * keep)
        #expect(dataProblem { try Gzip.inflate(Array(packed.prefix(kept)), file: "cut.gz") } == .truncatedGzip)
    }

    @Test func missingTrailerIsTruncated() throws {
        let packed = try Gzip.deflate(Array(repeating: 9, count: 5_000))
        #expect(dataProblem { try Gzip.inflate(Array(packed.dropLast(4)), file: "t.gz") } == .truncatedGzip)
    }

    @Test func expandsPastTheCap() throws {
        // 1 MB of zeros packs to about 1 kB: a small "zip bomb".
        let packed = try Gzip.deflate(Array(repeating: 0, count: 1_000_000))
        #expect(packed.count < 5_000)
        #expect(dataProblem { try Gzip.inflate(packed, limit: 64_000, file: "bomb.gz") } == .gzipTooLarge(limit: 64_000))
        #expect(try Gzip.inflate(packed, limit: 1_000_000, file: "ok.gz").count == 1_000_000, "exactly the cap is fine")
        #expect(dataProblem { try Gzip.inflate(packed, limit: 999_999, file: "bomb.gz") } == .gzipTooLarge(limit: 999_999))
    }

    @Test func wrongChecksumIsCorrupt() throws {
        var packed = try Gzip.deflate(Array("0,0,0,255,12\n".utf8))
        packed[packed.count - 8] ^= 0xff // CRC-32 in the trailer
        guard case .corruptGzip = dataProblem({ try Gzip.inflate(packed, file: "bad.gz") }) else {
            Issue.record("a wrong CRC must be reported as corrupt")
            return
        }
    }

    @Test func garbageInsideIsCorrupt() throws {
        var packed = try Gzip.deflate((0 ..< 20_000).map { UInt8(truncatingIfNeeded: $0 % 251) })
        for k in 12 ..< 40 { packed[k] = 0xff }
        let problem = dataProblem { try Gzip.inflate(packed, file: "bad.gz") }
        guard case .corruptGzip = problem else {
            Issue.record("expected corruptGzip, got \(String(describing: problem))")
            return
        }
    }

    @Test func concatenatedMembersAndPadding() throws {
        let a = Array("first,".utf8), b = Array("second".utf8)
        let joined = try Gzip.deflate(a) + Gzip.deflate(b)
        #expect(try Gzip.inflate(joined, file: "cat.gz") == a + b)
        #expect(try Gzip.inflate(joined + [0, 0, 0], file: "padded.gz") == a + b)
        guard case .corruptGzip = dataProblem({ try Gzip.inflate(joined + Array("junk".utf8), file: "j.gz") }) else {
            Issue.record("bytes after the end must be reported")
            return
        }
    }

    @Test func hugeClaimedSizeAllocatesLittle() throws {
        // The trailer's size field is a hint only: claim 4 GB, hold 3 bytes.
        var packed = try Gzip.deflate([1, 2, 3])
        for k in packed.count - 4 ..< packed.count { packed[k] = 0xff }
        guard case .corruptGzip = dataProblem({ try Gzip.inflate(packed, file: "liar.gz") }) else {
            Issue.record("a wrong length field must be reported as corrupt")
            return
        }
    }
}
