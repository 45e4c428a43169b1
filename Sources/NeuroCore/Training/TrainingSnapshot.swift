/// One point of the loss plot: the moving average of C after `samples`.
public struct LossPoint: Sendable, Equatable {
    public var samples: Int
    public var loss: Float
}

/// What one finished epoch achieved.
public struct EpochResult: Sendable, Equatable {
    public var epoch: Int
    public var meanLoss: Double
    public var trainAccuracy: Double
    public var testAccuracy: Double
    public var confusion: Evaluation
}

/// Everything the window shows about training, copied out of the trainer
/// thread under its lock so the UI never reads an array being written.
public struct TrainingSnapshot: Sendable {
    public var network: MLP
    public var config: TrainingConfig
    public var epoch = 0
    public var samplesSeen = 0
    public var epochSize = 0
    public var samplesPerSecond: Double = 0
    public var loss: [LossPoint] = []
    public var epochs: [EpochResult] = []
    /// The last epoch's result of the run before (generation − 1), if it had one.
    public var lastOfPreviousRun: EpochResult?
    public var isPaused = false
    /// Training stopped itself because weights or cost stopped being finite,
    /// or the network stopped learning for good (see `StallWatch`).
    public var diverged = false
    /// Counts resets and rebuilds, so views know to clear what they cached.
    public var generation = 0
    /// Counts published networks, so views recompute only when it changes.
    public var version = 0

    public var lastTestAccuracy: Double? { epochs.last?.testAccuracy }
}

/// The loss plot's history: an exponential moving average of C, one point
/// per `stride` samples. When it passes `capacity` points every second point
/// is dropped and the stride doubles, so memory stays bounded in long runs.
public struct LossHistory: Sendable {
    public private(set) var points: [LossPoint] = []
    public private(set) var stride: Int
    public let capacity: Int
    private var average: Double? = nil
    private var sinceLast = 0
    /// Weight of the newest sample in the moving average.
    private let alpha: Double

    public init(stride: Int = 25, capacity: Int = 1200, window: Int = 500) {
        self.stride = max(stride, 1)
        self.capacity = max(capacity, 4)
        self.alpha = 1 / Double(max(window, 1))
    }

    /// Adds `samples` samples whose costs sum to `cost`, seen by `total`.
    public mutating func add(cost: Double, samples: Int, total: Int) {
        guard samples > 0 else { return }
        let mean = cost / Double(samples)
        let a = 1 - _pow(1 - alpha, samples)
        average = average.map { $0 + a * (mean - $0) } ?? mean
        sinceLast += samples
        if sinceLast >= stride || points.isEmpty {
            sinceLast = 0
            points.append(LossPoint(samples: total, loss: Float(average ?? mean)))
            if points.count > capacity {
                points = points.enumerated().compactMap { $0.offset % 2 == 1 || $0.offset == points.count - 1 ? $0.element : nil }
                stride *= 2
            }
        }
    }
}

@inline(__always) func _pow(_ x: Double, _ n: Int) -> Double {
    var r = 1.0, b = x, e = n
    while e > 0 {
        if e & 1 == 1 { r *= b }
        b *= b
        e >>= 1
    }
    return r
}
