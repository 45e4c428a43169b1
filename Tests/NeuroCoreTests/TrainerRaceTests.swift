import Foundation
import Synchronization
import Testing
@testable import NeuroCore

/// The hand-over between the training thread and the window, made as busy
/// as it gets: training at full speed while two other threads read every
/// snapshot, predict with its network, walk the loss plot and the epoch
/// results, and send the commands the keys send. Meant to run under the
/// thread sanitizer (`make tsan`), where any unsynchronised access is
/// reported; without it, it still checks that every read is consistent.
@Suite("Trainer race")
struct TrainerRaceTests {
    /// How long the threads race; `NEUROPAD_RACE_SECONDS` overrides the 3 s.
    static let seconds: Double = {
        let text = ProcessInfo.processInfo.environment["NEUROPAD_RACE_SECONDS"] ?? ""
        return Double(text).map { min(max($0, 0.1), 600) } ?? 3
    }()

    /// Counters and findings shared by the reader threads.
    final class Findings: Sendable {
        let reads = Atomic<Int>(0)
        let predictions = Atomic<Int>(0)
        let commands = Atomic<Int>(0)
        let problems = Mutex<[String]>([])

        func record(_ problem: String) {
            problems.withLock { if $0.count < 20 { $0.append(problem) } }
        }
    }

    /// One reader, as the window's frame loop reads: snapshot, prediction
    /// for a digit, loss points and epochs. `commanding` also sends what the
    /// keys send (pause, learning rate, reset, pace).
    static func read(_ trainer: Trainer, _ data: Dataset, until deadline: Double, commanding: Bool,
                     _ findings: Findings) {
        var k = 0
        while now() < deadline {
            let snap = trainer.snapshot()
            findings.reads.add(1, ordering: .relaxed)
            let digit = k % data.count
            let pixels = data.images[digit * Dataset.pixelCount ..< (digit + 1) * Dataset.pixelCount]
            let y = snap.network.predict(DigitNormalizer.networkInput(DigitNormalizer.fromBytes(pixels)))
            findings.predictions.add(1, ordering: .relaxed)
            if y.count != Dataset.classCount { findings.record("prediction with \(y.count) outputs") }
            if !snap.diverged && !y.allSatisfy({ $0.isFinite }) { findings.record("non-finite prediction") }
            if !snap.loss.allSatisfy({ $0.loss.isFinite }) { findings.record("non-finite loss point") }
            if zip(snap.loss, snap.loss.dropFirst()).contains(where: { $0.samples > $1.samples }) {
                findings.record("loss points out of order")
            }
            if let last = snap.epochs.last, !(0 ... 1).contains(last.testAccuracy) {
                findings.record("test accuracy \(last.testAccuracy)")
            }
            if commanding && k % 40 == 39 {
                let commands: [Trainer.Command] = [
                    .togglePause, .togglePause, .learningRate(k % 80 == 39 ? 0.3 : 0.1),
                    .reset(seed: UInt64(k)), .pace(k % 120 == 39 ? .perSecond(50_000) : .max),
                ]
                trainer.send(commands[(k / 40) % commands.count])
                findings.commands.add(1, ordering: .relaxed)
            }
            k += 1
        }
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// The trainer answers a stop after its current chunk of samples: within
    /// 1 s in an optimised build (`make unit`, and the app, see
    /// tests/e2e/shutdown.sh); an unoptimised build is many times slower.
    static let stopLimit: Double = {
        #if DEBUG
        return 10
        #else
        return 1
        #endif
    }()

    @Test("training at full speed while two threads read, predict and command")
    func handOver() {
        let data = TrainingTests.synthetic(count: 300, seed: 7)
        var config = TrainingConfig()
        config.hidden = [20]
        config.pace = .max
        let trainer = Trainer(config: config, train: data, test: data)
        trainer.start()
        let findings = Findings()
        let deadline = Self.now() + Self.seconds
        let group = DispatchGroup()
        for commanding in [false, true] {
            let reader = Thread {
                Self.read(trainer, data, until: deadline, commanding: commanding, findings)
                group.leave()
            }
            group.enter()
            reader.start()
        }
        // This thread reads too, as the window does, until the readers end.
        var seen = 0, generations = 0, tested = 0
        while group.wait(timeout: .now() + 0.01) == .timedOut {
            let snap = trainer.snapshot()
            seen = max(seen, snap.samplesSeen)
            generations = max(generations, snap.generation)
            tested = max(tested, snap.epochs.count)
        }
        let stopped = trainer.stop(timeout: Self.stopLimit)
        print("trainer race: \(String(format: "%.0f", Self.seconds)) s, "
              + "\(findings.reads.load(ordering: .relaxed)) snapshots read, "
              + "\(findings.predictions.load(ordering: .relaxed)) predictions, "
              + "\(findings.commands.load(ordering: .relaxed)) commands, \(generations) resets seen, "
              + "up to \(seen) samples and \(tested) tested epochs between resets")
        #expect(stopped, "the training thread stops within \(Self.stopLimit) s")
        #expect(findings.problems.withLock { $0 } == [])
        #expect(findings.reads.load(ordering: .relaxed) > 100)
        #expect(seen > 0, "training made progress")
    }
}
