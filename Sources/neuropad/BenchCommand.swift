import ArgumentParser
import Foundation
import NeuroCore

/// `neuropad bench`: per-sample SGD throughput of 784-50-10, one core.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure training speed (per-sample SGD, 784-50-10) in samples/s.")

    @Option(parsing: .unconditional, help: "Samples to train on per round (at least 1).")
    var samples: Int = 100_000
    @Option(parsing: .unconditional, help: "Rounds; the best is reported (at least 1).")
    var rounds: Int = 3
    @Option(parsing: .unconditional, help: "Hidden layer size (1-4096).")
    var hidden: Int = 50

    func validate() throws {
        guard samples >= 1 else { throw ValidationError("--samples must be at least 1: a round needs a sample to time") }
        guard rounds >= 1 else { throw ValidationError("--rounds must be at least 1") }
        guard (1 ... 4096).contains(hidden) else { throw ValidationError("--hidden must be 1-4096") }
    }

    func run() throws {
        let data = benchData()
        var config = TrainingConfig()
        config.hidden = [hidden]
        var run = TrainingRun(config: config, data: data)
        _ = run.step(limit: min(2000, data.count))  // warm caches
        var best = 0.0
        for _ in 0 ..< rounds {
            var done = 0
            let start = DispatchTime.now().uptimeNanoseconds
            while done < samples { done += run.step(limit: samples - done).samples }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            best = max(best, Double(done) / seconds)
        }
        print("network \(config.sizes.map(String.init).joined(separator: "-")), per-sample SGD, \(data.name)")
        print("kernels: \(Kernels.active.name); this CPU runs up to \(Kernels.cpuLevelName)")
        print("neuropad samples/s: \(Int(best))")
    }

    /// Real digits when the embedded set is found, else random bytes (the
    /// arithmetic is the same either way).
    private func benchData() -> Dataset {
        if let sets = try? EmbeddedDigits.load() { return sets.train }
        var rng = SplitMix64(seed: 1)
        let n = 2000
        let images = (0 ..< n * Dataset.pixelCount).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        let labels = (0 ..< n).map { UInt8($0 % 10) }
        return (try? Dataset(images: images, labels: labels, name: "random bytes")) ?? .empty()
    }
}
