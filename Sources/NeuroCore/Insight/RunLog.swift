/// One finished (or running) training run: the settings and what it reached.
public struct RunRecord: Sendable, Equatable {
    public var sizes: [Int]
    public var learningRate: Float
    /// Training digits used per epoch (100 in the overfitting experiment).
    public var trainCount: Int
    public var epochs: Int
    public var trainAccuracy: Double
    public var testAccuracy: Double

    /// The same run with what it reached by epoch `last`.
    func ending(with last: EpochResult) -> RunRecord {
        var run = self
        run.epochs = last.epoch
        run.trainAccuracy = last.trainAccuracy
        run.testAccuracy = last.testAccuracy
        return run
    }
}

/// The class's comparison table: every run of the session that finished
/// at least one epoch is kept when the settings change, newest last, so
/// runs with different learning rates, sizes or training digits (100 /
/// 1,000 / all) can be compared side by side on screen, page by page.
public struct RunLog: Sendable, Equatable {
    public private(set) var finished: [RunRecord] = []
    /// The run in progress, once it has finished an epoch.
    public private(set) var current: RunRecord?
    private var generation: Int?
    /// The settings of the run observed last (its figures still 0): a run
    /// whose last epoch no state showed closes with them.
    private var settings: RunRecord?

    public init() {}

    /// Feeds the newest training state; a new generation (reset, rebuild,
    /// other training set) closes the previous run, with its last epoch
    /// even when that came after the last state observed.
    public mutating func observe(_ snap: TrainingSnapshot) {
        if let generation, generation != snap.generation {
            if snap.generation == generation + 1, let last = snap.lastOfPreviousRun, let settings,
               last.epoch >= current?.epochs ?? 0 {
                current = settings.ending(with: last)
            }
            close()
        }
        generation = snap.generation
        let run = RunRecord(sizes: snap.network.sizes, learningRate: snap.config.learningRate,
                            trainCount: snap.epochSize, epochs: 0, trainAccuracy: 0, testAccuracy: 0)
        settings = run
        guard let last = snap.epochs.last else { return }
        current = run.ending(with: last)
    }

    private mutating func close() {
        if let current { finished.append(current) }
        current = nil
    }
}

extension TrainingSnapshot {
    /// A snapshot of a network loaded from a file, before any training.
    public init(loaded network: MLP, config: TrainingConfig) {
        self.init(network: network, config: config)
    }
}
