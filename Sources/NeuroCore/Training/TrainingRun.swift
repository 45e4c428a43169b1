/// Per-sample gradient descent over a data set, epoch after epoch, each epoch
/// in a new seeded order. Single-threaded and synchronous: the command line
/// drives it directly, the app's `Trainer` drives it on its own thread.
///
/// One seed, one run: the seed draws the start weights, then each epoch's
/// order. How the caller cuts an epoch into chunks (`step(limit:)`) does not
/// change the arithmetic, so `neuropad train --seed S` and the window started
/// with `--seed S --pace max` give the same epoch losses.
public struct TrainingRun: Sendable {
    public private(set) var network: MLP
    /// The settings that define the run; only η and the pace may change while
    /// it runs (`retune`), the others make a new run.
    public private(set) var config: TrainingConfig
    public private(set) var data: Dataset
    /// Completed epochs.
    public private(set) var epoch = 0
    /// Samples trained on so far, over all epochs.
    public private(set) var samplesSeen = 0
    /// Position inside the current epoch.
    public private(set) var position = 0

    private var order: [Int]
    private var rng: SplitMix64
    private var workspace: Workspace
    private let targets: [[Float]]
    /// The workspace holds z⁽¹⁾ of the next digit in `order` already: the
    /// last step prepared it during its update, as every step within a chunk does.
    private var nextPrepared = false

    public init(config: TrainingConfig, data: Dataset, network: MLP? = nil) {
        self.config = config
        var rng = SplitMix64(seed: config.seed)
        let data = config.trainLimit.map { data.prefix($0) } ?? data
        self.network = network ?? MLP(sizes: config.sizes, activation: config.activation, rng: &rng)
        self.data = data
        self.order = Array(0 ..< data.count)
        self.order.shuffle(using: &rng)
        self.rng = rng
        self.workspace = Workspace(for: self.network.sizes)
        self.targets = (0 ..< Dataset.classCount).map { config.target($0) }
    }

    public var epochSize: Int { data.count }

    /// Trains on up to `limit` samples, stopping early at the end of an epoch.
    /// Returns the summed cost and the number of samples trained on.
    public mutating func step(limit: Int) -> (cost: Double, samples: Int) {
        guard !data.isEmpty else { return (0, 0) }
        let n = min(limit, data.count - position)
        var cost: Double = 0
        let lr = config.learningRate
        if !nextPrepared { workspace.withInput { data.input(order[position], into: $0) } }
        for _ in 0 ..< n {
            let i = order[position]
            // The next digit of this epoch, also across the end of the chunk.
            nextPrepared = position + 1 < data.count
            if nextPrepared { workspace.withNextInput { data.input(order[position + 1], into: $0) } }
            let label = data.label(i)
            cost += Double(targets[label].withUnsafeBufferPointer {
                network.train(target: $0, lr: lr, workspace: &workspace)
            })
            position += 1
        }
        samplesSeen += n
        if position == data.count {
            epoch += 1
            position = 0
            order.shuffle(using: &rng)
        }
        return (cost, n)
    }

    /// Trains to the end of the current epoch in chunks of `chunk` samples,
    /// calling `progress` with the position after each. Returns the epoch's
    /// mean cost per sample (the loss `neuropad train` prints).
    public mutating func trainEpoch(chunk: Int = 1000, progress: (Int) -> Void = { _ in }) -> Double {
        let epochBefore = epoch
        var cost = 0.0
        while epoch == epochBefore && !data.isEmpty {
            cost += step(limit: max(chunk, 1)).cost
            progress(position == 0 ? epochSize : position)
        }
        return cost / Double(max(epochSize, 1))
    }

    /// A new learning rate η or pace for the running run: weights, epoch,
    /// position and order go on as they are.
    public mutating func retune(learningRate: Float? = nil, pace: Pace? = nil) {
        if let learningRate { config.learningRate = learningRate }
        if let pace { config.pace = pace }
    }

    /// The indices of the next `n` digits this epoch trains on, in order.
    func upcomingOrder(_ n: Int) -> [Int] {
        Array(order[position ..< min(position + max(n, 0), order.count)])
    }

    /// Swaps in another training set (e.g. with a class's own handwriting
    /// mixed in); it takes effect with a new epoch order right away.
    public mutating func replaceData(_ newData: Dataset) {
        data = config.trainLimit.map { newData.prefix($0) } ?? newData
        order = Array(0 ..< data.count)
        order.shuffle(using: &rng)
        position = 0
        nextPrepared = false
    }
}

extension TrainingRun {
    /// Carries the counters of `previous` over, so a change of learning rate
    /// or pace continues the same run instead of starting a new one.
    mutating func continueCounting(from previous: TrainingRun) {
        epoch = previous.epoch
        samplesSeen = previous.samplesSeen
        position = previous.position
        order = previous.order
        rng = previous.rng
    }
}
