/// Per-sample gradient descent over a data set, epoch after epoch, each epoch
/// in a new seeded order. Single-threaded and synchronous: the command line
/// drives it directly, the app's `Trainer` drives it on its own thread.
public struct TrainingRun: Sendable {
    public private(set) var network: MLP
    public let config: TrainingConfig
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
        workspace.withInput { data.input(order[position], into: $0) }
        for s in 0 ..< n {
            let i = order[position]
            if s + 1 < n { workspace.withNextInput { data.input(order[position + 1], into: $0) } }
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
