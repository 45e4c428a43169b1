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

    /// The sweep of one good file: its prefixes (every one, at most
    /// `maxPrefixes`) and 300 copies with one byte changed (from `seed`),
    /// each read by `read`. With `cutRefused` (the file says how long it
    /// should be) a prefix that loads counts as wrong.
    static func sweep(_ good: [UInt8], kind: String, seed: UInt64, maxPrefixes: Int = 4_000,
                      cutRefused: Bool, _ read: @escaping @Sendable ([UInt8]) -> SweepOutcome) {
        var tally = SweepTally(kind: kind)
        tally.run(Damage.prefixes(of: good, maxPrefixes: maxPrefixes), what: "prefix") { bytes in
            cutRefused ? refused(read(bytes)) : read(bytes)
        }
        tally.run(Damage.corruptions(of: good, count: 300, seed: seed), what: "changed byte", read)
        report(tally)
    }

    @Test("IDX images: every prefix, 300 changed bytes")
    func idxImages() {
        // A cut file must never pass as a shorter data set.
        Self.sweep(IDX.encodeImages(Self.digits.images), kind: "idx images", seed: 11, cutRefused: true) { bytes in
            .of({ () throws(DataError) in try IDX.decodeImages(bytes, file: "images") }) { pixels in
                pixels.count % Dataset.pixelCount == 0 && pixels.count <= bytes.count
                    ? nil : "\(pixels.count) pixels from \(bytes.count) bytes"
            }
        }
    }

    @Test("IDX labels: every prefix, 300 changed bytes")
    func idxLabels() {
        Self.sweep(IDX.encodeLabels(Self.digits.labels), kind: "idx labels", seed: 12, cutRefused: true) { bytes in
            .of({ () throws(DataError) in try IDX.decodeLabels(bytes, file: "labels") }) { labels in
                labels.allSatisfy { $0 <= 9 } ? nil : "a label above 9"
            }
        }
    }

    @Test("CSV: every prefix, 300 changed bytes")
    func csv() {
        // A prefix may hold fewer whole lines and load: that is correct.
        Self.sweep(CSV.encode(Self.digits), kind: "csv", seed: 13, cutRefused: false) { bytes in
            .of({ () throws(DataError) in try CSV.parse(bytes, file: "digits.csv") }) { d in
                datasetProblem(d, inputBytes: bytes.count) ?? (d.count <= 3 ? nil : "\(d.count) digits from 3 lines")
            }
        }
    }

    @Test("gzip: every prefix, 300 changed bytes of a packed IDX file")
    func gzip() throws {
        let raw = IDX.encodeImages(Self.digits.images)
        let good = try Gzip.deflate(raw)
        // The trailer's CRC-32 covers the unpacked bytes: whatever loads must
        // be the original. The small limit shows a lying size is refused.
        Self.sweep(good, kind: "gzip", seed: 14, cutRefused: true) { bytes in
            .of({ () throws(DataError) in
                try IDX.decodeImages(Gzip.inflate(bytes, limit: 4 * raw.count, file: "images.gz"), file: "images.gz")
            }) { pixels in
                pixels == Array(raw[16...]) ? nil : "unpacked to different pixels"
            }
        }
    }

    static func model(_ sizes: [Int]) -> ModelFile.Model {
        let net = MLP(sizes: sizes, seed: 3)
        return .init(network: net, header: .init(sizes: sizes, activation: .sigmoid, learningRate: 0.1))
    }

    /// Any change to a model file must be refused: the CRC-32 finds every
    /// single changed byte, so nothing damaged is ever silently loaded.
    static func modelRead(_ bytes: [UInt8]) -> SweepOutcome {
        modelRefused { () throws(ModelError) in try ModelFile.decode(bytes, name: "m") }
    }

    static func modelRefused(_ read: () throws(ModelError) -> ModelFile.Model) -> SweepOutcome {
        let outcome = SweepOutcome.ofModel(read) { _ in nil }
        if case .loaded = outcome { return .wrong("a damaged model was accepted") }
        return outcome
    }

    @Test("model 784-20-10: 600 prefixes, 300 changed bytes, all refused")
    func modelFile() {
        let good = ModelFile.encode(Self.model([784, 20, 10]))
        Self.sweep(good, kind: "model 784-20-10 (\(good.count / 1000) kB)", seed: 15, maxPrefixes: 600,
                   cutRefused: false, Self.modelRead)
    }

    @Test("model 2-3-1: every prefix, 300 changed bytes, all refused")
    func smallModelFile() {
        Self.sweep(ModelFile.encode(Self.model([2, 3, 1])), kind: "model 2-3-1", seed: 16, cutRefused: false, Self.modelRead)
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
                Self.modelRefused { () throws(ModelError) in try ModelFile.load(from: path) }
            }
        }
        Self.report(tally)
    }
}
