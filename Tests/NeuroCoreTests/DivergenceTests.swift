import Foundation
import Testing
@testable import NeuroCore

/// The largest learning rate the window offers (50) makes the weights
/// blow up. Training must stop by itself, keep every published number
/// finite, and start again from fresh weights once the rate is lowered and
/// R (a reset) is pressed.
@Suite("Divergence guard")
struct DivergenceTests {
    static func trainer(rate: Float, activation: Activation, hidden: Int) -> (Trainer, TrainingConfig) {
        var config = TrainingConfig()
        config.hidden = [hidden]
        config.activation = activation
        config.pace = .max
        config.learningRate = rate
        // Real digits: how fast a network saturates depends on the data.
        if let (train, test) = try? EmbeddedDigits.load() {
            return (Trainer(config: config, train: train.prefix(1_000), test: test.prefix(200)), config)
        }
        let data = TrainingTests.synthetic(count: 500, seed: 9)
        return (Trainer(config: config, train: data, test: data), config)
    }

    @Test("learning rate 50 stops training by itself; a smaller rate and R recover",
          arguments: [Activation.sigmoid, .tanh], [10, 50])
    func rate50(activation: Activation, hidden: Int) {
        let (trainer, config) = Self.trainer(rate: TrainingConfig.learningRates.max() ?? 50, activation: activation,
                                             hidden: hidden)
        trainer.start()
        defer { trainer.stop(timeout: TrainerRaceTests.stopLimit) }
        #expect(waitUntil(seconds: 60) { trainer.snapshot().diverged }, "training at rate 50 stops itself")

        // Stopped: no more samples, no speed shown, nothing non-finite published.
        let first = trainer.snapshot()
        Thread.sleep(forTimeInterval: 0.2)
        let later = trainer.snapshot()
        #expect(later.diverged)
        #expect(later.samplesSeen == first.samplesSeen, "training stopped itself")
        #expect(later.samplesPerSecond == 0)
        #expect(later.loss.allSatisfy { $0.loss.isFinite })
        #expect(later.epochs.allSatisfy { $0.meanLoss.isFinite && $0.testAccuracy.isFinite })

        // The keys: "-" until the rate is sane, then R.
        var calmer = config
        calmer.learningRate = 0.1
        trainer.send(.learningRate(0.1))
        trainer.send(.reset(seed: 2))
        #expect(waitUntil(seconds: 60) { !trainer.snapshot().diverged && trainer.snapshot().samplesSeen > 600 },
                "training runs again after R")
        let recovered = trainer.snapshot()
        #expect(recovered.network.isFinite)
        #expect(recovered.config.learningRate == calmer.learningRate)
        #expect(recovered.loss.allSatisfy { $0.loss.isFinite })
        #expect(trainer.stop(timeout: TrainerRaceTests.stopLimit), "the trainer stops in time")
    }

    /// The watch itself, driven by hand: sound rates never trip it, 50 does
    /// within a few hundred samples.
    @Test("the stall watch's largest weight change is max |w − w₀|, wherever it lies",
          arguments: [0, 1, 15, 16, 17, 31, 39_760, 39_761])
    func largestChange(count: Int) {
        var rng = SplitMix64(seed: UInt64(count))
        let w0 = (0 ..< count).map { _ in Float(rng.next() >> 40) / Float(1 << 23) - 1 }
        for place in Set([0, count / 2, count - 1]) where count > 0 {
            var w = w0.map { $0 + Float(rng.next() >> 40) / Float(1 << 30) }
            w[place] = w0[place] - 0.5
            let expected = zip(w, w0).map { abs($0 - $1) }.max() ?? 0
            #expect(StallWatch.largestChange(w, w0) == expected, "largest at \(place) of \(count)")
        }
        #expect(StallWatch.largestChange([], []) == 0)
    }

    @Test("the stall watch: no false alarm at sound rates, an alarm at 50",
          arguments: [(Activation.sigmoid, Float(0.001)), (.sigmoid, 0.1), (.sigmoid, 1), (.tanh, 0.01), (.sigmoid, 50), (.tanh, 50)])
    func stallWatch(activation: Activation, rate: Float) throws {
        let (train, test) = try EmbeddedDigits.load()
        var config = TrainingConfig()
        config.hidden = [10]
        config.activation = activation
        config.learningRate = rate
        var run = TrainingRun(config: config, data: train.prefix(2_000))
        var watch = StallWatch(run.network, samplesSeen: 0, probe: StallWatch.probeInputs(from: test))
        var stalledAt: Int?
        while run.samplesSeen < 2_000 && stalledAt == nil {
            _ = run.step(limit: 128)
            if watch.hasStalled(run.network, samplesSeen: run.samplesSeen, learningRate: rate) { stalledAt = run.samplesSeen }
        }
        if rate >= 50 {
            #expect((stalledAt ?? .max) <= 1_536, "rate 50 is noticed")
        } else {
            #expect(stalledAt == nil, "a sound rate is never taken for a stall")
        }
    }
}
