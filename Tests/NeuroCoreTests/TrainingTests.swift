import Foundation
import Testing
@testable import NeuroCore

@Suite("Training")
struct TrainingTests {
    /// Ten simple, distinct digit-like patterns with noise: enough to see a
    /// network learn without any data file.
    static func synthetic(count: Int, seed: UInt64) -> Dataset {
        var rng = SplitMix64(seed: seed)
        var images = [UInt8](), labels = [UInt8]()
        for i in 0 ..< count {
            let d = i % 10
            for y in 0 ..< 28 {
                for x in 0 ..< 28 {
                    let on = (x / 3 + y / 7 + d) % 5 == 0 || (y == d * 2 + 4 && x > 4 && x < 24)
                    let noise = Int(rng.next() % 60)
                    images.append(UInt8(min(255, (on ? 200 : 0) + noise)))
                }
            }
            labels.append(UInt8(d))
        }
        return (try? Dataset(images: images, labels: labels, name: "synthetic")) ?? .empty()
    }

    @Test("the loss falls and accuracy rises over epochs")
    func lossFalls() {
        let data = Self.synthetic(count: 500, seed: 1)
        var cfg = TrainingConfig()
        cfg.hidden = [20]
        var run = TrainingRun(config: cfg, data: data)
        let first = run.step(limit: 500)
        #expect(run.epoch == 1)
        _ = run.step(limit: 500)
        let third = run.step(limit: 500)
        #expect(third.cost / 500 < first.cost / 500 * 0.5)
        #expect(run.network.evaluate(Self.synthetic(count: 200, seed: 2)).accuracy > 0.9)
    }

    @Test("the same seed gives the same run")
    func deterministic() {
        let data = Self.synthetic(count: 100, seed: 1)
        var a = TrainingRun(config: TrainingConfig(), data: data)
        var b = TrainingRun(config: TrainingConfig(), data: data)
        _ = a.step(limit: 100)
        _ = b.step(limit: 100)
        #expect(a.network == b.network)
    }

    @Test("pace steps go up to max and back")
    func paceSteps() {
        #expect(Pace.watchable.faster() == .perSecond(3000))
        #expect(Pace.watchable.slower() == .perSecond(500))
        #expect(Pace.max.faster() == .max)
        #expect(Pace.max.slower() == .perSecond(30000))
        #expect(Pace.perSecond(50).slower() == .perSecond(50))
        #expect(Pace.perSecond(1234).faster() == .perSecond(3000))
        #expect(Pace("max") == .max)
        #expect(Pace("250") == .perSecond(250))
        #expect(Pace("-3") == nil)
    }

    @Test("loss history stays bounded")
    func historyBounded() {
        var h = LossHistory(stride: 1, capacity: 100)
        for i in 1 ... 10_000 { h.add(cost: 1, samples: 1, total: i) }
        #expect(h.points.count <= 101)
        #expect((h.points.last?.samples ?? 0) > 9_800)
        #expect(h.points.map(\.samples) == h.points.map(\.samples).sorted())
    }

    @Test("the background trainer trains, pauses, resets and stops in time")
    func backgroundTrainer() throws {
        var cfg = TrainingConfig()
        cfg.hidden = [10]
        cfg.pace = .max
        let data = Self.synthetic(count: 300, seed: 3)
        let trainer = Trainer(config: cfg, train: data, test: data)
        trainer.start()
        #expect(waitUntil { trainer.snapshot().epochs.count >= 2 })
        let snap = trainer.snapshot()
        #expect(snap.epochs.count >= 2)
        #expect(snap.loss.count > 2)
        // Paused, a reset must clear the history and then train nothing.
        trainer.send(.pause(true))
        trainer.send(.reset(seed: 99))
        #expect(waitUntil { trainer.snapshot().generation == 1 && trainer.snapshot().isPaused })
        let paused = trainer.snapshot()
        #expect(paused.epochs.isEmpty)
        #expect(paused.samplesSeen == 0)
        Thread.sleep(forTimeInterval: 0.1)
        #expect(trainer.snapshot().samplesSeen == 0)
        trainer.send(.pause(false))
        #expect(waitUntil { trainer.snapshot().samplesSeen > 0 })
        #expect(trainer.stop(timeout: 1))
    }

    @Test("a learning rate that blows the weights up stops training, reset recovers")
    func divergence() {
        var cfg = TrainingConfig()
        cfg.hidden = [10]
        cfg.pace = .max
        cfg.activation = .tanh
        cfg.learningRate = 1e30
        let data = Self.synthetic(count: 200, seed: 3)
        let trainer = Trainer(config: cfg, train: data, test: data)
        trainer.start()
        #expect(waitUntil { trainer.snapshot().diverged })
        #expect(trainer.snapshot().loss.allSatisfy { $0.loss.isFinite })
        cfg.learningRate = 0.1
        trainer.send(.rebuild(cfg))
        #expect(waitUntil { !trainer.snapshot().diverged })
        #expect(trainer.snapshot().network.isFinite)
        #expect(trainer.stop())
    }
}

/// Polls `condition` for up to `seconds`; true as soon as it holds.
func waitUntil(seconds: Double = 20, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if condition() { return true }
        Thread.sleep(forTimeInterval: 0.005)
    }
    return condition()
}
