import Foundation
import Testing
@testable import NeuroCore

/// Systematic bad files: a good IDX, CSV, gzip and model file, cut at every
/// length and with single bytes changed. Each damaged file must be read
/// correctly or refused with a message: no crash, no hang (2 s each), no
/// result larger than its bytes allow. Each test prints how many files it
/// tried (the README's reliability figures).
@Suite("Bad-file sweep")
struct BadFileSweepTests {
    /// Three real digits from the embedded set (synthetic ones when the
    /// Assets folder is missing), so the files look like what a class uses.
    static let digits: Dataset = {
        if let train = try? EmbeddedDigits.load().train,
           let three = try? Dataset(images: Array(train.images.prefix(3 * Dataset.pixelCount)),
                                    labels: Array(train.labels.prefix(3)), name: "three") {
            return three
        }
        return (try? dataSampleDigits(3)) ?? .empty()
    }()

    static func report(_ tally: SweepTally) {
        print(tally.summary)
        for p in tally.problems.prefix(10) { Issue.record(Comment(rawValue: p)) }
        #expect(tally.problems.isEmpty, "\(tally.problems.count) damaged files misbehaved")
        #expect(tally.tried > 0)
    }

    /// A cut IDX or gzip file says how long it should be: it must be refused.
    static func refused(_ outcome: SweepOutcome) -> SweepOutcome {
        if case .loaded = outcome { return .wrong("a cut file was accepted") }
        return outcome
    }

    @Test("IDX images: every prefix, 300 changed bytes")
    func idxImages() {
        let good = IDX.encodeImages(Self.digits.images)
        var tally = SweepTally(kind: "idx images")
        let read: @Sendable ([UInt8]) -> SweepOutcome = { bytes in
            .of({ () throws(DataError) in try IDX.decodeImages(bytes, file: "images") }) { pixels in
                pixels.count % Dataset.pixelCount == 0 && pixels.count <= bytes.count
                    ? nil : "\(pixels.count) pixels from \(bytes.count) bytes"
            }
        }
        tally.run(Damage.prefixes(of: good), what: "prefix") { bytes in
            // A cut file must never pass as a shorter data set.
            Self.refused(read(bytes))
        }
        tally.run(Damage.corruptions(of: good, count: 300, seed: 11), what: "changed byte", read)
        Self.report(tally)
    }

    @Test("IDX labels: every prefix, 300 changed bytes")
    func idxLabels() {
        let good = IDX.encodeLabels(Self.digits.labels)
        var tally = SweepTally(kind: "idx labels")
        let read: @Sendable ([UInt8]) -> SweepOutcome = { bytes in
            .of({ () throws(DataError) in try IDX.decodeLabels(bytes, file: "labels") }) { labels in
                labels.allSatisfy { $0 <= 9 } ? nil : "a label above 9"
            }
        }
        tally.run(Damage.prefixes(of: good), what: "prefix") { bytes in
            Self.refused(read(bytes))
        }
        tally.run(Damage.corruptions(of: good, count: 300, seed: 12), what: "changed byte", read)
        Self.report(tally)
    }

    @Test("CSV: every prefix, 300 changed bytes")
    func csv() {
        let good = CSV.encode(Self.digits)
        var tally = SweepTally(kind: "csv")
        // A prefix may hold fewer whole lines and load: that is correct.
        let read: @Sendable ([UInt8]) -> SweepOutcome = { bytes in
            .of({ () throws(DataError) in try CSV.parse(bytes, file: "digits.csv") }) { d in
                datasetProblem(d, inputBytes: bytes.count) ?? (d.count <= 3 ? nil : "\(d.count) digits from 3 lines")
            }
        }
        tally.run(Damage.prefixes(of: good), what: "prefix", read)
        tally.run(Damage.corruptions(of: good, count: 300, seed: 13), what: "changed byte", read)
        Self.report(tally)
    }

    @Test("gzip: every prefix, 300 changed bytes of a packed IDX file")
    func gzip() throws {
        let raw = IDX.encodeImages(Self.digits.images)
        let good = try Gzip.deflate(raw)
        var tally = SweepTally(kind: "gzip")
        // The trailer's CRC-32 covers the unpacked bytes: whatever loads must
        // be the original. The small limit shows a lying size is refused.
        let read: @Sendable ([UInt8]) -> SweepOutcome = { bytes in
            .of({ () throws(DataError) in
                try IDX.decodeImages(Gzip.inflate(bytes, limit: 4 * raw.count, file: "images.gz"), file: "images.gz")
            }) { pixels in
                pixels == Array(raw[16...]) ? nil : "unpacked to different pixels"
            }
        }
        tally.run(Damage.prefixes(of: good), what: "prefix") { bytes in
            Self.refused(read(bytes))
        }
        tally.run(Damage.corruptions(of: good, count: 300, seed: 14), what: "changed byte", read)
        Self.report(tally)
    }

    static func model(_ sizes: [Int]) -> ModelFile.Model {
        let net = MLP(sizes: sizes, seed: 3)
        return .init(network: net, header: .init(sizes: sizes, activation: .sigmoid, learningRate: 0.1))
    }

    /// Any change to a model file must be refused: the CRC-32 finds every
    /// single changed byte, so nothing damaged is ever silently loaded.
    static func modelRead(_ bytes: [UInt8]) -> SweepOutcome {
        let outcome = SweepOutcome.ofModel({ () throws(ModelError) in try ModelFile.decode(bytes, name: "m") }) { _ in nil }
        if case .loaded = outcome { return .wrong("a damaged model was accepted") }
        return outcome
    }

    @Test("model 784-20-10: 600 prefixes, 300 changed bytes, all refused")
    func modelFile() {
        let good = ModelFile.encode(Self.model([784, 20, 10]))
        var tally = SweepTally(kind: "model 784-20-10 (\(good.count / 1000) kB)")
        tally.run(Damage.prefixes(of: good, maxPrefixes: 600), what: "prefix", Self.modelRead)
        tally.run(Damage.corruptions(of: good, count: 300, seed: 15), what: "changed byte", Self.modelRead)
        Self.report(tally)
    }

    @Test("model 2-3-1: every prefix, 300 changed bytes, all refused")
    func smallModelFile() {
        let good = ModelFile.encode(Self.model([2, 3, 1]))
        var tally = SweepTally(kind: "model 2-3-1")
        tally.run(Damage.prefixes(of: good), what: "prefix", Self.modelRead)
        tally.run(Damage.corruptions(of: good, count: 300, seed: 16), what: "changed byte", Self.modelRead)
        Self.report(tally)
    }

    /// The same through the real file readers: files on disk, found by name,
    /// unpacked by content, as the app and `neuropad train` read them.
    @Test("on disk: damaged .csv.gz and model files through the path readers")
    func onDisk() throws {
        let scratch = try DataScratch()
        defer { scratch.remove() }
        let csvGz = try Gzip.deflate(CSV.encode(Self.digits))
        let model = ModelFile.encode(Self.model([784, 20, 10]))
        var tally = SweepTally(kind: "on disk")
        let variants = Damage.prefixes(of: csvGz, maxPrefixes: 60) + Damage.corruptions(of: csvGz, count: 60, seed: 17)
        for (k, bytes) in variants.enumerated() {
            let path = try scratch.write(bytes, "d\(k).csv.gz")
            tally.run([bytes], what: "csv.gz") { _ in
                .of({ () throws(DataError) in try DataLoader.load(path: path) }) { datasetProblem($0, inputBytes: 20 * bytes.count) }
            }
        }
        let models = Damage.prefixes(of: model, maxPrefixes: 40) + Damage.corruptions(of: model, count: 40, seed: 18)
        for (k, bytes) in models.enumerated() {
            let path = try scratch.write(bytes, "m\(k).npmodel")
            tally.run([bytes], what: "model") { _ in
                let outcome = SweepOutcome.ofModel({ () throws(ModelError) in try ModelFile.load(from: path) }) { _ in nil }
                if case .loaded = outcome { return .wrong("a damaged model was accepted") }
                return outcome
            }
        }
        Self.report(tally)
    }
}
