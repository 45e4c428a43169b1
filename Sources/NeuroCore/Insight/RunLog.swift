/// One finished (or running) training run: the settings and what it reached.
public struct RunRecord: Sendable, Equatable {
    public var sizes: [Int]
    public var learningRate: Float
    /// Training digits used per epoch (100 in the overfitting experiment).
    public var trainCount: Int
    public var epochs: Int
    public var trainAccuracy: Double
    public var testAccuracy: Double
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

    public init() {}

    /// Feeds the newest training state; a new generation (reset, rebuild,
    /// other training set) closes the previous run.
    public mutating func observe(_ snap: TrainingSnapshot) {
        if let generation, generation != snap.generation { close() }
        generation = snap.generation
        guard let last = snap.epochs.last else { return }
        current = RunRecord(sizes: snap.network.sizes, learningRate: snap.config.learningRate,
                            trainCount: snap.epochSize, epochs: last.epoch,
                            trainAccuracy: last.trainAccuracy, testAccuracy: last.testAccuracy)
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
