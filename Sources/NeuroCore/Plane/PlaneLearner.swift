/// The three learners of the plane mode, from the lesson's order:
/// Rosenblatt's perceptron, the tanh neuron, and a 2-H-1 network.
public enum LearnerKind: String, Sendable, CaseIterable {
    case perceptron, neuron, network

    public var next: LearnerKind {
        let all = LearnerKind.allCases
        return all[(all.firstIndex(of: self).map { $0 + 1 } ?? 0) % all.count]
    }
}

/// One learner on the points of the plane, trained one point at a time,
/// and the learning rate η it is trained with (kept here only).
public struct PlaneLearner: Sendable, Equatable {
    public let kind: LearnerKind
    public private(set) var model: any Learner
    public var learningRate: Double

    public init(kind: LearnerKind, model: any Learner, learningRate: Double) {
        self.kind = kind
        self.model = model
        self.learningRate = learningRate
    }

    /// Random start weights ("zufällig vorbelegt") whose lines cross the
    /// visible plane and that do not already put every point on its side:
    /// a class should see the line, and see it learn. Draws again (at most
    /// 200 times, from the same seed) while the start solves the points.
    public init(kind: LearnerKind, hidden: Int = 4, learningRate: Double = 0.1, seed: UInt64,
                bounds: PlaneBounds = .unit, points: [PlanePoint] = []) {
        var rng = SplitMix64(seed: seed)
        func draw() -> any Learner {
            switch kind {
            case .perceptron: Perceptron(random: &rng, bounds: bounds)
            case .neuron: TanhNeuron(random: &rng, bounds: bounds)
            case .network: PlaneNetwork(hidden: hidden, random: &rng, bounds: bounds)
            }
        }
        var model = draw()
        for _ in 0 ..< 200 where !points.isEmpty && PlaneLearner.errors(model, points) == 0 { model = draw() }
        self.init(kind: kind, model: model, learningRate: learningRate)
    }

    /// Same kind and parameters (η aside).
    public static func == (a: PlaneLearner, b: PlaneLearner) -> Bool {
        a.kind == b.kind && a.model.parameters == b.model.parameters
    }

    /// The targets of class +1 and −1: (1, 0) for the perceptron, (+1, −1) for tanh.
    public var targets: (positive: Double, negative: Double) { type(of: model).targets }

    /// The target of a point for this learner.
    public func target(_ p: PlanePoint) -> Double { p.label > 0 ? targets.positive : targets.negative }

    /// The learner's output at (x₁, x₂): y ∈ {0, 1} for the perceptron, a ∈ (−1, 1) for tanh.
    public func output(_ x1: Double, _ x2: Double) -> Double { model.forward(x1, x2) }

    /// The class the learner assigns: +1 or −1.
    public func decision(_ x1: Double, _ x2: Double) -> Int { model.decision(x1, x2) }

    /// A value in [0, 1] for shading the plane: how sure the learner is of
    /// class +1 (flat 0 or 1 for the step perceptron).
    public func shade(_ x1: Double, _ x2: Double) -> Double {
        (output(x1, x2) - targets.negative) / (targets.positive - targets.negative)
    }

    /// w₁, w₂, b of a single neuron (nil for the network).
    public var weights: Weights2? { kind == .network ? nil : model.lines.first }

    /// The separation lines w₁x₁ + w₂x₂ + b = 0 to draw: one for a single
    /// neuron, one per hidden neuron for the network.
    public var lines: [Weights2] { model.lines }

    public var parameters: [Double] {
        get { model.parameters }
        set { model.parameters = newValue }
    }

    public mutating func setLine(_ i: Int, _ w: Weights2) { model.setLine(i, w) }

    /// Learns from one point with rate η; returns the step's numbers.
    @discardableResult
    public mutating func learn(_ p: PlanePoint) -> StepNumbers {
        model.learn(p.x1, p.x2, target: target(p), rate: learningRate)
    }

    /// Points on the wrong side.
    public func errors(_ points: [PlanePoint]) -> Int { PlaneLearner.errors(model, points) }

    static func errors(_ model: any Learner, _ points: [PlanePoint]) -> Int {
        points.reduce(0) { $0 + (model.decision($1.x1, $1.x2) == $1.label ? 0 : 1) }
    }

    /// The cost the learner lowers: the error count for the perceptron,
    /// Σ ½ (t − a)² for tanh neurons and the network.
    public func cost(_ points: [PlanePoint]) -> Double { model.cost(points) }
}
