import Foundation
import Testing
@testable import NeuroCore

/// The core of the insight views and experiments: back query, gallery
/// paging, run log, the overfitting experiment.
@Suite("Insight core")
struct InsightCoreTests {
    @Test("back query: 784 values in 0.01 ... 0.99, different per label, and the network reads its own picture")
    func backQuery() throws {
        let sets = try EmbeddedDigits.load()
        var cfg = TrainingConfig()
        cfg.hidden = [50]
        var run = TrainingRun(config: cfg, data: sets.train)
        for _ in 0 ..< 2 { _ = run.step(limit: sets.train.count) }
        let net = run.network
        let pictures = (0 ..< 10).map { net.backQuery(label: $0) }
        for p in pictures {
            #expect(p.count == 784)
            #expect(abs((p.min() ?? 0) - 0.01) < 1e-4 && abs((p.max() ?? 0) - 0.99) < 1e-4)
        }
        #expect(pictures[3] != pictures[8])
        // Fed back in, most labels' pictures are read as that label.
        let readBack = (0 ..< 10).filter { MLP.argmax(net.predict(pictures[$0])) == $0 }.count
        #expect(readBack >= 7, "read back: \(readBack) of 10")
    }

    @Test("back query survives a two-hidden-layer and a tanh network")
    func backQueryShapes() {
        let deep = MLP(sizes: [784, 100, 50, 10], seed: 3)
        #expect(deep.backQuery(label: 0).count == 784)
        let t = MLP(sizes: [784, 20, 10], activation: .tanh, seed: 3)
        let p = t.backQuery(label: 5)
        #expect(p.allSatisfy { $0.isFinite && $0 >= -0.99 - 1e-5 && $0 <= 0.99 + 1e-5 })
    }

    @Test("gallery: pages, wrap-around, the mistakes filter, and new answers")
    func gallery() {
        let truths = (0 ..< 25).map { $0 % 10 }
        var answers = truths
        answers[3] = 9
        answers[17] = 1
        var g = GalleryIndex(truths: truths, answers: answers, pageSize: 10)
        #expect(g.pageCount == 3 && g.current == Array(0 ..< 10))
        g.nextPage(); g.nextPage()
        #expect(g.current == Array(20 ..< 25))
        g.nextPage()
        #expect(g.page == 0)
        g.previousPage()
        #expect(g.page == 2)
        g.toggleMistakes()
        #expect(g.mistakeCount == 2 && g.current == [3, 17] && g.pageCount == 1 && g.page == 0)
        #expect(g.isMistake(3) && !g.isMistake(4))
        g.update(answers: truths)
        #expect(g.current.isEmpty && g.pageCount == 1)
    }

    @Test("run log: a run is kept when the settings change, with its final accuracies")
    func runLog() {
        var log = RunLog()
        var snap = TrainingSnapshot(network: MLP(sizes: [784, 20, 10], seed: 1), config: TrainingConfig())
        snap.epochSize = 100
        log.observe(snap)
        #expect(log.current == nil)
        let eval = Evaluation()
        snap.epochs = [EpochResult(epoch: 1, meanLoss: 0.1, trainAccuracy: 0.5, testAccuracy: 0.4, confusion: eval),
                       EpochResult(epoch: 2, meanLoss: 0.1, trainAccuracy: 1, testAccuracy: 0.6, confusion: eval)]
        log.observe(snap)
        #expect(log.current?.epochs == 2)
        for g in 1 ... 12 {
            snap.generation = g
            snap.epochSize = 100 * g
            log.observe(snap)
        }
        #expect(log.finished.count == 12, "every run of the session is kept")
        #expect(log.finished.map(\.trainCount) == [100] + (1 ... 11).map { 100 * $0 }, "oldest first")
        #expect(log.finished.last?.testAccuracy == 0.6 && log.current?.trainCount == 1200)
        #expect(log.finished.last?.sizes == [784, 20, 10])
    }

    @Test("run log: a run closes with its last epoch even when no state showed it before the reset")
    func runLogLastEpoch() {
        var log = RunLog()
        let eval = Evaluation()
        func result(_ epoch: Int, _ test: Double) -> EpochResult {
            EpochResult(epoch: epoch, meanLoss: 0.1, trainAccuracy: test, testAccuracy: test, confusion: eval)
        }
        var snap = TrainingSnapshot(network: MLP(sizes: [784, 20, 10], seed: 1), config: TrainingConfig())
        /// A look at generation `g` with these epochs and the previous run's last result.
        func look(_ g: Int, _ epochs: [EpochResult], previous: EpochResult? = nil) {
            snap.generation = g
            snap.epochs = epochs
            snap.lastOfPreviousRun = previous
            log.observe(snap)
        }
        look(0, [result(1, 0.5)])
        // The reset came right after epoch 2 ended: the next state is the new run's.
        look(1, [], previous: result(2, 0.7))
        #expect(log.finished.map(\.epochs) == [2] && log.finished.last?.testAccuracy == 0.7)
        // Two resets between two looks: the result belongs to a run not seen; the seen one keeps its own.
        look(1, [result(1, 0.6)], previous: result(2, 0.7))
        look(3, [], previous: result(9, 0.9))
        #expect(log.finished.map(\.epochs) == [2, 1] && log.finished.last?.testAccuracy == 0.6)
    }

    /// The notebooks' mnist_train_100 experiment: with 100 training digits
    /// the network learns them by heart, and the test digits show it.
    @Test("overfitting: 100 training digits reach >= 99 % training accuracy, test stays below")
    func overfitting() throws {
        let sets = try EmbeddedDigits.load()
        var cfg = TrainingConfig()
        cfg.trainLimit = 100
        var run = TrainingRun(config: cfg, data: sets.train)
        #expect(run.epochSize == 100)
        for _ in 0 ..< 40 { _ = run.step(limit: 100) }
        let train = run.network.evaluate(run.data).accuracy
        let test = run.network.evaluate(sets.test).accuracy
        #expect(train >= 0.99)
        #expect(test < train - 0.1, "train \(train), test \(test)")
    }

    @Test("the trainer keeps replaced data (own digits) across a rebuild")
    func trainerKeepsData() {
        let base = TrainingTests.synthetic(count: 50, seed: 1)
        let more = base.appending(TrainingTests.synthetic(count: 30, seed: 2))
        let trainer = Trainer(config: TrainingConfig(), train: base, test: base, paused: true)
        trainer.start()
        defer { trainer.stop() }
        trainer.send(.replaceData(more))
        var cfg = TrainingConfig()
        cfg.hidden = [20]
        trainer.send(.rebuild(cfg))
        var size = 0
        for _ in 0 ..< 200 {
            let s = trainer.snapshot()
            if s.config.hidden == [20] { size = s.epochSize; break }
            Thread.sleep(forTimeInterval: 0.01)
        }
        #expect(size == 80)
    }
}
