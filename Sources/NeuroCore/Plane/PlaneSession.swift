/// The state of the plane mode: the points, the learner, where it started,
/// and what the last step did. Pure and synchronous: the scene calls
/// `runEpoch` or `stepSample` at the pace the class chooses.
public struct PlaneSession: Sendable {
    public private(set) var points: [PlanePoint] = []
    public private(set) var learner: PlaneLearner
    /// The learner as it was before training: drawn as a faint ghost.
    public private(set) var start: PlaneLearner
    public private(set) var epoch = 0
    /// The cost after each epoch (error count for the perceptron).
    public private(set) var history: [Double] = []
    /// The last single step's numbers and which point it used.
    public private(set) var lastStep: LearningStep?
    public private(set) var lastPoint: Int?
    public private(set) var preset: PlanePreset?
    public var bounds: PlaneBounds = .unit
    public private(set) var hidden: Int
    private var seed: UInt64
    /// Next point of the current epoch for single steps.
    private var cursor = 0
    /// Epochs after which a single neuron that still errs is told it cannot.
    public static let patience = 40

    public init(kind: LearnerKind = .perceptron, hidden: Int = 4, learningRate: Double = 0.1, seed: UInt64 = 1) {
        self.seed = seed
        self.hidden = hidden
        learner = PlaneLearner(kind: kind, hidden: hidden, learningRate: learningRate, seed: seed)
        start = learner
    }

    public var errors: Int { learner.errors(points) }
    public var cost: Double { learner.cost(points) }

    /// All points on their side: nothing left to learn for a single neuron.
    public var converged: Bool { !points.isEmpty && errors == 0 }

    /// A single neuron that still errs after `patience` epochs: the points are
    /// (most likely) not linearly separable. The network is never told so.
    public var looksInseparable: Bool {
        learner.kind != .network && epoch >= PlaneSession.patience && errors > 0
    }

    // MARK: Points

    public mutating func add(_ p: PlanePoint) {
        points.append(p)
        preset = nil
        cursor = 0
    }

    /// Removes the point nearest to (x₁, x₂) within `radius`; true if one was.
    @discardableResult
    public mutating func remove(near x1: Double, _ x2: Double, radius: Double) -> Bool {
        let d = points.enumerated().map { ($0.offset, ($0.element.x1 - x1) * ($0.element.x1 - x1) + ($0.element.x2 - x2) * ($0.element.x2 - x2)) }
        guard let nearest = d.min(by: { $0.1 < $1.1 }), nearest.1 <= radius * radius else { return false }
        points.remove(at: nearest.0)
        if lastPoint == nearest.0 { lastPoint = nil }
        cursor = 0
        return true
    }

    public mutating func clearPoints() {
        points = []
        preset = nil
        restart()
    }

    public mutating func load(_ p: PlanePreset) {
        preset = p
        points = p.points(seed: seed)
        bounds = p.bounds
        let kind = p == .xorByHand ? LearnerKind.network : learner.kind
        if p == .xorByHand { hidden = 2 }
        learner = p.learner(kind: kind, learningRate: learner.learningRate, seed: seed)
        restartKeepingWeights()
    }

    // MARK: Learner

    /// New random weights (a new seed each time), history cleared.
    public mutating func reset(seed newSeed: UInt64) {
        seed = newSeed
        learner = PlaneLearner(kind: learner.kind, hidden: hidden, learningRate: learner.learningRate, seed: seed)
        restartKeepingWeights()
    }

    public mutating func setKind(_ kind: LearnerKind) {
        learner = PlaneLearner(kind: kind, hidden: hidden, learningRate: learner.learningRate, seed: seed)
        restartKeepingWeights()
    }

    public mutating func setHidden(_ h: Int) {
        hidden = min(max(h, 1), 16)
        if learner.kind == .network { setKind(.network) }
    }

    public mutating func setLearningRate(_ lr: Double) {
        learner.learningRate = lr
    }

    private mutating func restart() {
        learner = PlaneLearner(kind: learner.kind, hidden: hidden, learningRate: learner.learningRate, seed: seed)
        restartKeepingWeights()
    }

    private mutating func restartKeepingWeights() {
        start = learner
        epoch = 0
        history = []
        lastStep = nil
        lastPoint = nil
        cursor = 0
    }

    // MARK: Learning

    /// One pass over all points in order; returns the epoch's cost.
    @discardableResult
    public mutating func runEpoch() -> Double {
        guard !points.isEmpty else { return 0 }
        while cursor < points.count { learnAt(cursor) }
        return finishEpoch()
    }

    /// One point only (the next of the epoch): the step the class can read.
    public mutating func stepSample() {
        guard !points.isEmpty else { return }
        learnAt(cursor)
        if cursor >= points.count { finishEpoch() }
    }

    private mutating func learnAt(_ i: Int) {
        lastStep = learner.learn(points[i])
        lastPoint = i
        cursor = i + 1
    }

    @discardableResult
    private mutating func finishEpoch() -> Double {
        cursor = 0
        epoch += 1
        let c = cost
        history.append(c)
        if history.count > 2000 { history.removeFirst(history.count - 2000) }
        return c
    }
}
