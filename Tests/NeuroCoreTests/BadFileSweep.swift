import Dispatch
import Foundation
import Synchronization
import Testing
@testable import NeuroCore

// MARK: - Helpers for the bad-file sweep

/// What one damaged file did to its reader.
enum SweepOutcome: Sendable, Equatable {
    /// Read, and the result keeps every promise of its type.
    case loaded
    /// Refused with this message.
    case rejected(String)
    /// Read, but the result is broken (a bug even without a crash).
    case wrong(String)
}

/// Damaged copies of one good file.
enum Damage {
    /// Every prefix shorter than the file, or, for a file longer than
    /// `maxPrefixes`, every prefix inside the first 256 bytes (where the
    /// headers are; fewer when `maxPrefixes` is small) and the rest spread
    /// evenly over the length.
    static func prefixes(of good: [UInt8], maxPrefixes: Int = 4_000) -> [[UInt8]] {
        let lengths: [Int]
        if good.count <= maxPrefixes {
            lengths = Array(0 ..< good.count)
        } else {
            let head = min(256, maxPrefixes / 2)
            let spread = max(maxPrefixes - head, 1)
            let tail = (0 ..< spread).map { head + ($0 * (good.count - head)) / spread }
            lengths = Array(Set(Array(0 ..< head) + tail + [good.count - 1])).sorted()
        }
        return lengths.map { Array(good[0 ..< $0]) }
    }

    /// `count` copies with one byte changed (never to itself). A third of
    /// them hit the first 32 bytes, where one byte changes the meaning of
    /// everything after it; the rest hit anywhere.
    static func corruptions(of good: [UInt8], count: Int, seed: UInt64) -> [[UInt8]] {
        guard !good.isEmpty else { return [] }
        var rng = SplitMix64(seed: seed)
        return (0 ..< count).map { k in
            let span = k % 3 == 0 ? min(32, good.count) : good.count
            let i = Int(rng.next() % UInt64(span))
            var bad = good
            bad[i] ^= UInt8(1 + rng.next() % 255)
            return bad
        }
    }
}

/// Runs `body` on another thread and waits at most `limit` seconds, so a
/// reader stuck in a loop fails the test instead of hanging it.
/// Returns nil on a timeout, else the outcome and the seconds it took.
func timeLimited(_ limit: Double,
                 _ body: @escaping @Sendable () -> SweepOutcome) -> (outcome: SweepOutcome, seconds: Double)? {
    final class Box: Sendable { let value = Mutex<(SweepOutcome, Double)?>(nil) }
    let box = Box()
    let finished = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
        let t0 = DispatchTime.now().uptimeNanoseconds
        let outcome = body()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        box.value.withLock { $0 = (outcome, seconds) }
        finished.signal()
    }
    guard finished.wait(timeout: .now() + limit) == .success else { return nil }
    return box.value.withLock { $0 }
}

/// The tally of one sweep, printed as one line.
struct SweepTally {
    let kind: String
    var tried = 0, loaded = 0, rejected = 0, slowest = 0.0
    var problems: [String] = []

    init(kind: String) { self.kind = kind }

    /// Runs every variant through `read` (2 s each at most) and records
    /// anything that is neither a good load nor a clear refusal.
    mutating func run(_ variants: [[UInt8]], what: String, limit: Double = 2,
                      _ read: @escaping @Sendable ([UInt8]) -> SweepOutcome) {
        for (k, bytes) in variants.enumerated() {
            tried += 1
            guard let (outcome, seconds) = timeLimited(limit, { read(bytes) }) else {
                problems.append("\(what) #\(k) (\(bytes.count) bytes): no answer within \(limit) s")
                continue
            }
            slowest = max(slowest, seconds)
            switch outcome {
            case .loaded: loaded += 1
            case .rejected(let message):
                rejected += 1
                if message.trimmingCharacters(in: .whitespaces).isEmpty {
                    problems.append("\(what) #\(k): refused without a message")
                }
            case .wrong(let why): problems.append("\(what) #\(k) (\(bytes.count) bytes): \(why)")
            }
        }
    }

    var summary: String {
        "bad files \(kind): \(tried) tried, \(loaded) loaded, \(rejected) rejected with a message, "
            + "slowest \(String(format: "%.1f", slowest * 1000)) ms"
    }
}

extension SweepOutcome {
    /// The outcome of a data reader: `check` names what is wrong with a
    /// result, or nil when it is sound.
    static func of<T>(_ read: () throws(DataError) -> T, check: (T) -> String?) -> SweepOutcome {
        do {
            let result = try read()
            return check(result).map { .wrong($0) } ?? .loaded
        } catch {
            return .rejected(error.description.isEmpty || error.problemText.isEmpty ? "" : error.description)
        }
    }

    /// The outcome of the model reader.
    static func ofModel(_ read: () throws(ModelError) -> ModelFile.Model,
                        check: (ModelFile.Model) -> String?) -> SweepOutcome {
        do {
            let model = try read()
            return check(model).map { .wrong($0) } ?? .loaded
        } catch {
            return .rejected(error.problemText.isEmpty ? "" : error.description)
        }
    }
}

/// What every loaded data set must satisfy, whatever the file looked like.
func datasetProblem(_ d: Dataset, inputBytes: Int) -> String? {
    if d.images.count != d.count * Dataset.pixelCount { return "\(d.images.count) pixels for \(d.count) labels" }
    if d.labels.contains(where: { $0 > 9 }) { return "a label above 9" }
    // The readers never make more digits than the bytes could describe.
    if d.images.count > max(inputBytes, 0) * 2 + Dataset.pixelCount { return "\(d.count) digits from \(inputBytes) bytes" }
    return nil
}
