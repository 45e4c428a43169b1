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
    public private(set) var lastStep: StepNumbers?
    public private(set) var lastPoint: Int?
    public private(set) var preset: PlanePreset?
    public var bounds: PlaneBounds = .unit
    /// How the two classes are named: by the preset last loaded, kept
    /// when points are added to it; the slides' danger after clearing.
    public private(set) var classes: PlaneClasses = .danger
    public private(set) var hidden: Int
    /// Epochs in a row in which a tanh learner erred as before while its
    /// weights stood still (`stalled`).
    public private(set) var stillEpochs = 0
    private var epochStart: [Double] = []
    private var previousErrors = 0
    private var seed: UInt64
    /// Next point of the current epoch for single steps.
    private var cursor = 0
    /// Epochs after which a single neuron that still errs is told it cannot.
    public static let patience = 40

    /// Epochs of standing still after which `stalled` holds.
    public static let stallEpochs = 20

    public init(kind: LearnerKind = .perceptron, hidden: Int = 4, learningRate: Double = 0.1, seed: UInt64 = 1) {
        self.seed = seed
        self.hidden = hidden
        learner = PlaneLearner(kind: kind, hidden: hidden, learningRate: learningRate, seed: seed)
        start = learner
    }

    /// A tanh learner that has stopped learning with points still wrong: for
    /// `stallEpochs` epochs the error count stayed and the weights moved less
    /// than 0.01 · η in sum per epoch. Its neurons are saturated
    /// (a = ±1, so 1 − a² = 0): a smaller learning rate and new weights help.
    public var stalled: Bool { stillEpochs >= PlaneSession.stallEpochs }

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
        stillEpochs = 0
    }

    /// Removes the point nearest to (x₁, x₂) within `radius`; true if one was.
    @discardableResult
    public mutating func remove(near x1: Double, _ x2: Double, radius: Double) -> Bool {
        let d = points.enumerated().map { ($0.offset, ($0.element.x1 - x1) * ($0.element.x1 - x1) + ($0.element.x2 - x2) * ($0.element.x2 - x2)) }
        guard let nearest = d.min(by: { $0.1 < $1.1 }), nearest.1 <= radius * radius else { return false }
        points.remove(at: nearest.0)
        if lastPoint == nearest.0 { lastPoint = nil }
        cursor = 0
        stillEpochs = 0
        return true
    }

    public mutating func clearPoints() {
        points = []
        preset = nil
        classes = .danger
        restart()
    }

    public mutating func load(_ p: PlanePreset) {
        preset = p
        classes = p.classes
        points = p.points(seed: seed)
        bounds = p.bounds
        if p == .xorByHand { hidden = 2 }
        learner = p.learner(kind: learner.kind, hidden: hidden, learningRate: learner.learningRate, seed: seed)
        restartKeepingWeights()
    }

    // MARK: Learner

    /// New random weights (a new seed each time), history cleared.
    public mutating func reset(seed newSeed: UInt64) {
        seed = newSeed
        restart()
    }

    public mutating func setKind(_ kind: LearnerKind) {
        restart(kind)
    }

    public mutating func setHidden(_ h: Int) {
        hidden = min(max(h, 1), 16)
        if learner.kind == .network { setKind(.network) }
    }

    public mutating func setLearningRate(_ lr: Double) {
        learner.learningRate = lr
        stillEpochs = 0
    }

    /// Weights set by hand (`PlaneLearner.parameters` order): they become
    /// the new start, learning goes on from them; epochs and history stay.
    public mutating func setParameters(_ values: [Double]) {
        learner.parameters = values
        handChanged()
    }

    /// Moves line `i` (a single neuron's, or hidden neuron i's) by hand.
    public mutating func setLine(_ i: Int, _ w: Weights2) {
        learner.setLine(i, w)
        handChanged()
    }

    private mutating func handChanged() {
        start = learner
        lastStep = nil
        lastPoint = nil
        stillEpochs = 0
    }

    /// New random weights for `kind` (the current learner's by default),
    /// drawn for the points and the visible plane.
    private mutating func restart(_ kind: LearnerKind? = nil) {
        learner = PlaneLearner(kind: kind ?? learner.kind, hidden: hidden, learningRate: learner.learningRate, seed: seed,
                               bounds: bounds, points: points)
        restartKeepingWeights()
    }

    private mutating func restartKeepingWeights() {
        start = learner
        epoch = 0
        history = []
        lastStep = nil
        lastPoint = nil
        cursor = 0
        stillEpochs = 0
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
        if i == 0 { epochStart = learner.parameters }
        lastStep = learner.learn(points[i])
        lastPoint = i
        cursor = i + 1
    }

    @discardableResult
    private mutating func finishEpoch() -> Double {
        cursor = 0
        epoch += 1
        let c = cost
        let moved = zip(epochStart, learner.parameters).reduce(0) { $0 + abs($1.1 - $1.0) }
        let same = history.last.map { _ in errors == previousErrors } ?? false
        stillEpochs = learner.kind != .perceptron && errors > 0 && same && epochStart.count == learner.parameters.count
            && moved < 0.01 * learner.learningRate ? stillEpochs + 1 : 0
        previousErrors = errors
        history.append(c)
        if history.count > 2000 { history.removeFirst(history.count - 2000) }
        return c
    }
}
