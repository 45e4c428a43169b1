import Foundation
import Testing
@testable import NeuroCore

/// The trainer's commands applied to its state by hand, without a thread:
/// what each key does to the run.
@Suite("Trainer commands")
struct TrainerStateTests {
    static let data = TrainingTests.synthetic(count: 300, seed: 3)

    /// A state 450 samples in (one and a half epochs), 10 hidden neurons.
    static func trained() -> TrainerState {
        var config = TrainingConfig()
        config.hidden = [10]
        config.pace = .max
        var state = TrainerState(run: TrainingRun(config: config, data: data), data: data, test: data)
        while state.run.samplesSeen < 450 { state.trainChunk(upTo: 150, now: 0) }
        return state
    }

    @Test("pause and toggle stop and resume training")
    func pause() {
        var state = Self.trained()
        state.apply(.pause(true))
        #expect(state.paused)
        #expect(state.trainChunk(now: 1) == 0)
        state.apply(.togglePause)
        #expect(!state.paused)
        #expect(state.trainChunk(now: 1) > 0)
        state.apply(.togglePause)
        #expect(state.paused)
    }

    @Test("a new learning rate changes the running run: epoch, samples seen, position, weights and plot go on")
    func learningRateContinues() {
        var state = Self.trained()
        let before = state
        state.apply(.learningRate(0.3))
        #expect(state.run.config.learningRate == 0.3)
        #expect(state.run.epoch == before.run.epoch && state.run.epoch == 1)
        #expect(state.run.samplesSeen == 450)
        #expect(state.run.position == before.run.position)
        #expect(state.run.upcomingOrder(150) == before.run.upcomingOrder(150))
        #expect(state.run.network == before.run.network)
        #expect(state.generation == before.generation)
        #expect(state.epochs == before.epochs && state.epochs.count == 1)
        #expect(state.history.points == before.history.points)
        // Training goes on from there, with the new rate: as a run that had
        // its rate changed at the same sample.
        var reference = before.run
        reference.retune(learningRate: 0.3)
        _ = reference.step(limit: 150)
        state.trainChunk(upTo: 150, now: 0)
        #expect(state.run.samplesSeen == 600 && state.run.epoch == 2)
        #expect(state.run.network == reference.network)
        #expect(state.run.network != before.run.network)
    }

    @Test("a new pace changes the running run and restarts the pace's clock")
    func paceContinues() {
        var state = Self.trained()
        let before = state
        state.apply(.pace(.perSecond(50)))
        #expect(state.run.config.pace == .perSecond(50))
        #expect(state.run.network == before.run.network && state.generation == before.generation)
        // The clock starts with the first chunk after the change: 50 a second.
        #expect(state.trainChunk(upTo: 256, now: 10) == 0)
        #expect(state.trainChunk(upTo: 256, now: 11) == 50)
        #expect(state.run.samplesSeen == 500 && state.run.epoch == before.run.epoch)
        state.apply(.pace(.perSecond(200)))
        #expect(state.trainChunk(upTo: 256, now: 12) == 0, "the clock starts again at the new pace")
        #expect(state.trainChunk(upTo: 256, now: 12.25) == 50)
        state.apply(.pace(.max))
        #expect(state.trainChunk(upTo: 256, now: 12.25) == 50, "as many as the epoch has left")
        #expect(state.epochs.count == 2 && state.generation == 0, "one run all along")
    }

    @Test("R: new weights from the new seed, counters and plot cleared")
    func reset() {
        var state = Self.trained()
        state.apply(.reset(seed: 42))
        var expected = state.run.config
        expected.seed = 42
        #expect(state.run.config == expected)
        #expect(state.run.network == TrainingRun(config: expected, data: Self.data).network)
        #expect(state.run.samplesSeen == 0 && state.run.epoch == 0)
        #expect(state.generation == 1)
        #expect(state.epochs.isEmpty && state.history.points.isEmpty)
    }

    @Test("[ and ]: another hidden size builds a new network")
    func hiddenSize() {
        var state = Self.trained()
        var config = state.run.config
        config.hidden = [20]
        state.apply(.rebuild(config))
        #expect(state.run.network.sizes == [784, 20, 10])
        #expect(state.run.samplesSeen == 0 && state.generation == 1 && state.epochs.isEmpty)
    }

    @Test("T: the training-set size makes a new run on that many digits")
    func dataSize() {
        var state = Self.trained()
        var config = state.run.config
        config.trainLimit = 100
        state.apply(.rebuild(config))
        #expect(state.run.epochSize == 100)
        #expect(state.generation == 1)
        state.trainChunk(upTo: 256, now: 0)
        #expect(state.run.epoch == 1 && state.run.samplesSeen == 100, "an epoch is the 100 digits")
    }

    @Test("own digits: the new training set goes on in the same run, and a later reset keeps it")
    func replaceData() {
        var state = Self.trained()
        let more = TrainingTests.synthetic(count: 320, seed: 4)
        state.apply(.replaceData(more))
        #expect(state.run.epochSize == 320 && state.run.samplesSeen == 450 && state.generation == 0)
        state.apply(.reset(seed: 5))
        #expect(state.run.epochSize == 320 && state.data.count == 320)
    }

    @Test("a loaded network of the same shape continues the count; another shape starts over")
    func load() {
        var state = Self.trained()
        let config = state.run.config
        state.apply(.load(MLP(sizes: [784, 10, 10], seed: 8), config))
        #expect(state.run.samplesSeen == 450 && state.generation == 0)
        var wider = config
        wider.hidden = [30]
        state.apply(.load(MLP(sizes: [784, 30, 10], seed: 8), wider))
        #expect(state.run.samplesSeen == 0 && state.generation == 1)
    }

    @Test("commands sent together build on each other: '-' then R trains the new run at the new rate")
    func together() {
        var state = Self.trained()
        state.apply(.learningRate(0.03))
        state.apply(.reset(seed: 2))
        #expect(state.run.config.learningRate == 0.03 && state.run.config.seed == 2)
    }

    @Test("after divergence a new rate alone keeps training stopped; R starts a sound run")
    func divergence() {
        var config = TrainingConfig()
        config.hidden = [10]
        config.activation = .tanh
        config.learningRate = 1e30
        config.pace = .max
        var state = TrainerState(run: TrainingRun(config: config, data: Self.data), data: Self.data, test: Self.data)
        for _ in 0 ..< 100 where !state.diverged { state.trainChunk(now: 0) }
        var diverged = state.diverged
        #expect(diverged)
        state.apply(.learningRate(0.1))
        diverged = state.diverged
        #expect(diverged && state.trainChunk(now: 0) == 0)
        state.apply(.reset(seed: 3))
        diverged = state.diverged
        #expect(!diverged && state.trainChunk(now: 0) > 0)
        #expect(state.run.network.isFinite)
    }

    @Test("an epoch limit stops training there")
    func epochLimit() {
        var config = TrainingConfig()
        config.hidden = [10]
        config.epochs = 2
        config.pace = .max
        var state = TrainerState(run: TrainingRun(config: config, data: Self.data), data: Self.data, test: Self.data)
        for _ in 0 ..< 10 { state.trainChunk(now: 0) }
        #expect(state.run.epoch == 2 && state.epochs.count == 2 && !state.isTraining)
    }

    @Test("an epoch tested beside training gives the same result as one tested at once")
    func testedBeside() {
        var config = TrainingConfig()
        config.hidden = [10]
        config.pace = .max
        let run = TrainingRun(config: config, data: Self.data)
        var atOnce = TrainerState(run: run, data: Self.data, test: Self.data)
        var beside = TrainerState(run: run, data: Self.data, test: Self.data, testedBeside: true)
        while atOnce.run.epoch < 2 { atOnce.trainChunk(upTo: 256, now: 0) }
        while beside.run.epoch < 2 { beside.trainChunk(upTo: 256, now: 0) }
        #expect(beside.epochs.isEmpty && beside.untested.map(\.epoch) == [1, 2])
        for epoch in beside.takeUntested() {
            beside.apply(.tested(epoch.tested(), generation: epoch.generation))
        }
        #expect(beside.untested.isEmpty)
        #expect(beside.epochs == atOnce.epochs && beside.epochs.count == 2)
        #expect(beside.epochs[0].confusion.confusion.isEmpty, "only the newest epoch keeps its confusion matrix")
    }

    @Test("a test result for an earlier run is dropped, and a new run forgets its untested epochs")
    func staleTestDropped() {
        var config = TrainingConfig()
        config.hidden = [10]
        config.pace = .max
        var state = TrainerState(run: TrainingRun(config: config, data: Self.data), data: Self.data,
                                 test: Self.data, testedBeside: true)
        while state.run.epoch < 2 { state.trainChunk(upTo: 256, now: 0) }
        let first = state.takeUntested()[0]
        state.apply(.tested(first.tested(), generation: first.generation))
        while state.run.epoch < 3 { state.trainChunk(upTo: 256, now: 0) }
        let late = state.untested.last
        state.apply(.reset(seed: 9))
        #expect(state.untested.isEmpty && state.generation == first.generation + 1)
        #expect(state.lastOfPreviousRun == first.tested(), "the new run keeps the old run's last result")
        if let late { state.apply(.tested(late.tested(), generation: late.generation)) }
        #expect(late != nil && state.epochs.isEmpty, "a result for the old run is dropped")
    }
}

/// `EpochTester` on its thread: every epoch's result arrives, in order.
@Suite("Epoch tests beside training")
struct EpochTesterTests {
    /// The first `count` epochs of a small run, untested.
    static func untested(_ count: Int) -> [UntestedEpoch] {
        var config = TrainingConfig()
        config.hidden = [10]
        config.pace = .max
        let data = TrainerStateTests.data
        var state = TrainerState(run: TrainingRun(config: config, data: data), data: data, test: data,
                                 testedBeside: true)
        while state.run.epoch < count { state.trainChunk(upTo: 300, now: 0) }
        return state.takeUntested()
    }

    @Test("results come back in the order the epochs ended")
    func inOrder() {
        let epochs = Self.untested(6)
        let results = Locked([Int]())
        let tester = EpochTester()
        for epoch in epochs {
            tester.test(epoch) { result in results.withLock { $0.append(result.epoch) } }
        }
        #expect(waitUntil(seconds: 30) { results.withLock { $0.count } == 6 })
        #expect(results.withLock { $0 } == [1, 2, 3, 4, 5, 6])
    }

    @Test("one test at a time: the next waits while a result is being delivered; finish waits for the delivery")
    func oneAtATime() {
        let epochs = Self.untested(2)
        let tester = EpochTester()
        let gate = DispatchSemaphore(value: 0)
        let delivered = Locked([Int]()), secondHandedOver = Locked(false)
        tester.test(epochs[0]) { result in
            gate.wait()
            delivered.withLock { $0.append(result.epoch) }
        }
        let caller = Thread {
            tester.test(epochs[1]) { result in delivered.withLock { $0.append(result.epoch) } }
            secondHandedOver.withLock { $0 = true }
        }
        caller.start()
        Thread.sleep(forTimeInterval: 0.2)
        #expect(!secondHandedOver.withLock { $0 }, "the second test waits for the first to be delivered")
        gate.signal()
        #expect(waitUntil(seconds: 30) { secondHandedOver.withLock { $0 } })
        tester.finish()
        #expect(delivered.withLock { $0 } == [1, 2], "after finish every result is delivered, in order")
    }
}

/// `--seed S` is one run: `neuropad train --seed S` (a `TrainingRun`, one
/// epoch at a time, chunks of 1,000) and the window started with `--seed S
/// --pace max` (a `Trainer` on its thread, chunks of 256).
@Suite("One seed, one run")
struct SeedRunTests {
    @Test("how an epoch is cut into chunks does not change a single weight")
    func chunksDoNotMatter() {
        let data = TrainingTests.synthetic(count: 300, seed: 1)
        var config = TrainingConfig()
        config.hidden = [20]
        config.seed = 7
        var whole = TrainingRun(config: config, data: data)
        var cut = whole
        _ = whole.trainEpoch(chunk: 1000)
        for limit in [1, 7, 100, 256, 1000] where cut.epoch == 0 { _ = cut.step(limit: limit) }
        #expect(cut.epoch == 1 && cut.samplesSeen == 300)
        #expect(cut.network == whole.network)
    }

    @Test("neuropad train --seed 7 and the window with --seed 7 --pace max: the first three epochs' losses agree")
    func trainAndWindowAgree() throws {
        let (train, test) = try EmbeddedDigits.load()
        var config = TrainingConfig()
        config.seed = 7
        config.pace = .max
        let digits = train.prefix(1_000), checks = test.prefix(100)

        var run = TrainingRun(config: config, data: digits)
        let command = (1 ... 3).map { _ in run.trainEpoch() }

        let trainer = Trainer(config: config, train: digits, test: checks)
        trainer.start()
        defer { trainer.stop(timeout: TrainerRaceTests.stopLimit) }
        #expect(waitUntil(seconds: 60) { trainer.snapshot().epochs.count >= 3 })
        let window = trainer.snapshot().epochs.prefix(3).map(\.meanLoss)
        #expect(window.count == 3)
        for (a, b) in zip(command, window) {
            #expect(abs(a - b) <= 1e-9 * a, "epoch loss \(a) in train, \(b) in the window")
        }
        #expect(command[2] < command[0], "and it learns")
    }
}
