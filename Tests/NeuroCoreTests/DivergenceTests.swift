import Foundation
import Testing
@testable import NeuroCore

/// The largest learning rate the window offers (50) makes the weights
/// blow up. Training must stop by itself, keep every published number
/// finite, and start again from fresh weights once the rate is lowered and
/// R (a reset) is pressed.
@Suite("Divergence guard")
struct DivergenceTests {
    static func trainer(rate: Float, activation: Activation) -> (Trainer, TrainingConfig) {
        var config = TrainingConfig()
        config.hidden = [50]
        config.activation = activation
        config.pace = .max
        config.learningRate = rate
        let data = TrainingTests.synthetic(count: 500, seed: 9)
        return (Trainer(config: config, train: data, test: data), config)
    }

    @Test("learning rate 50 stops training by itself; a smaller rate and R recover",
          arguments: [Activation.sigmoid, .tanh])
    func rate50(activation: Activation) {
        let (trainer, config) = Self.trainer(rate: TrainingConfig.learningRates.max() ?? 50, activation: activation)
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
}
