/// What the training thread holds between two chunks, what each command does
/// to it, and one chunk of training. A plain value: a test applies commands
/// and trains chunks without a thread (`Trainer` runs it on one).
public struct TrainerState: Sendable {
    /// The run being trained.
    public private(set) var run: TrainingRun
    /// The training set as last replaced (own digits mixed in): a rebuild or
    /// reset after `.replaceData` keeps training on it.
    public private(set) var data: Dataset
    public let test: Dataset
    public private(set) var paused: Bool
    /// Training stopped itself: cost or weights not finite, or a stall.
    /// Only a new run (reset, rebuild, load) ends it.
    public private(set) var diverged = false
    /// Counts fresh starts (reset, rebuild, another network): the window
    /// clears what it drew of the old run.
    public private(set) var generation = 0
    public private(set) var history = LossHistory()
    /// One result per finished epoch of this generation.
    public private(set) var epochs: [EpochResult] = []
    /// The last epoch's result of the run before this one (generation − 1),
    /// so a window that never saw it can still close that run with it.
    public private(set) var lastOfPreviousRun: EpochResult?
    /// The samples trained since the pace's clock last started; nil: the
    /// clock starts with the next chunk.
    private(set) var pacing: (start: Double, samples: Int)?
    /// Finished epochs whose test is still to run: only when the tests are
    /// `testedBeside`, until `takeUntested()` hands them over.
    public private(set) var untested: [UntestedEpoch] = []
    /// Whether a finished epoch is tested at once (`epochs` grows in
    /// `trainChunk`) or handed over as an `UntestedEpoch`, for `Trainer` to
    /// test on another core while training goes on.
    public let testedBeside: Bool
    private var epochCost = 0.0
    private var stall: StallWatch
    private let probe: [[Float]]

    public init(run: TrainingRun, data: Dataset, test: Dataset, paused: Bool = false, testedBeside: Bool = false) {
        self.run = run
        self.data = data
        self.test = test
        self.paused = paused
        self.testedBeside = testedBeside
        probe = StallWatch.probeInputs(from: test.isEmpty ? data : test)
        stall = StallWatch(run.network, samplesSeen: run.samplesSeen, probe: probe)
    }

    // MARK: - Commands

    /// Applies one command. Commands sent together apply in order and build
    /// on each other ("-" then R in one frame: the new run has the new η).
    /// A learning rate or pace changes the running run; a reset, new layers
    /// or a training-set size make a new run; a loaded network of the same
    /// shape and seed continues the count.
    public mutating func apply(_ command: Trainer.Command) {
        switch command {
        case .pause(let p):
            paused = p
            pacing = nil
        case .togglePause:
            paused.toggle()
            pacing = nil
        case .pace(let pace):
            run.retune(pace: pace)
            pacing = nil
        case .learningRate(let η):
            run.retune(learningRate: η)
        case .reset(let seed):
            var config = run.config
            config.seed = seed
            start(TrainingRun(config: config, data: data))
        case .rebuild(let config):
            start(TrainingRun(config: config, data: data))
        case .load(let network, let config):
            let sameRun = network.sizes == run.network.sizes && config.seed == run.config.seed
                && config.hidden == run.config.hidden && config.trainLimit == run.config.trainLimit
            var next = TrainingRun(config: config, data: data, network: network)
            if sameRun && !diverged {
                next.continueCounting(from: run)
                run = next
                restartWatches()
            } else {
                start(next)
            }
        case .replaceData(let newData):
            data = newData
            run.replaceData(newData)
        case .tested(let result, let generation):
            if generation == self.generation { record(result) }
        }
    }

    /// A new run: plot, epochs and divergence start over.
    private mutating func start(_ next: TrainingRun) {
        run = next
        history = LossHistory()
        lastOfPreviousRun = epochs.last
        epochs = []
        untested = []
        epochCost = 0
        generation += 1
        diverged = false
        restartWatches()
    }

    private mutating func restartWatches() {
        pacing = nil
        stall = StallWatch(run.network, samplesSeen: run.samplesSeen, probe: probe)
    }

    // MARK: - Training

    /// Whether a chunk would train anything now (not paused, not diverged,
    /// data there, the epoch limit not reached).
    public var isTraining: Bool {
        !paused && !diverged && !run.data.isEmpty && run.epoch < run.config.epochs ?? .max
    }

    /// Trains up to `chunk` samples, fewer when the pace allows fewer by the
    /// time `now` (seconds); evaluates each finished epoch. Returns the
    /// number of samples trained.
    @discardableResult
    public mutating func trainChunk(upTo chunk: Int = 256, now: Double) -> Int {
        guard isTraining else { return 0 }
        var budget = chunk
        let clock = pacing ?? (now, 0)
        pacing = clock
        if case .perSecond(let perSecond) = run.config.pace {
            let allowed = Int(Double(perSecond) * (now - clock.start)) - clock.samples
            budget = min(budget, max(allowed, 0))
        }
        guard budget > 0 else { return 0 }
        let epochBefore = run.epoch
        let (cost, n) = run.step(limit: budget)
        pacing?.samples += n
        if !cost.isFinite || !run.network.isFinite
            || stall.hasStalled(run.network, samplesSeen: run.samplesSeen, learningRate: run.config.learningRate) {
            diverged = true
        } else {
            epochCost += cost
            history.add(cost: cost, samples: n, total: run.samplesSeen)
        }
        if run.epoch > epochBefore && !diverged {
            let finished = UntestedEpoch(generation: generation, epoch: run.epoch,
                                         meanLoss: epochCost / Double(max(run.epochSize, 1)),
                                         network: run.network, train: run.data, test: test)
            if testedBeside { untested.append(finished) } else { record(finished.tested()) }
            epochCost = 0
        }
        return n
    }

    /// The finished epochs not tested yet, oldest first; they are no longer
    /// kept here. Their results come back as `.tested` commands.
    public mutating func takeUntested() -> [UntestedEpoch] {
        defer { untested = [] }
        return untested
    }

    private mutating func record(_ result: EpochResult) {
        // Only the newest confusion matrix is shown. Kept for every
        // epoch they grew memory by ~1 KB an epoch: 4 MB a minute at full pace.
        if let last = epochs.indices.last { epochs[last].confusion = Evaluation(classes: 0) }
        epochs.append(result)
    }
}

/// An epoch just finished, with the network as it ended it: everything its
/// test needs, so the test can run on any thread while training goes on.
public struct UntestedEpoch: Sendable {
    /// The run's `TrainerState.generation`: a result for an older run is dropped.
    public let generation: Int
    public let epoch: Int
    /// Mean cost per sample over the epoch.
    public let meanLoss: Double
    let network: MLP
    let train: Dataset
    let test: Dataset

    /// The test: accuracy and confusion on the test set, and the accuracy on
    /// at most 1,000 training digits (a forward pass costs about half a
    /// training step, so on the embedded set, 4,000 per epoch, all 5,000
    /// took half the trainer's time; 1,000 give the figure to within about a
    /// percent).
    public func tested() -> EpochResult {
        let testEval = network.evaluate(test)
        let trainEval = network.evaluate(train, limit: 1000)
        return EpochResult(epoch: epoch, meanLoss: meanLoss, trainAccuracy: trainEval.accuracy,
                           testAccuracy: testEval.accuracy, confusion: testEval)
    }
}
