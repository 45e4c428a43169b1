/// What the plane's three learners share, after micrograd's `Module`: the
/// forward pass for one input (x₁, x₂), one learning step on one sample,
/// and the parameters. The learning rate η is not part of a learner: the
/// one who trains it keeps η and hands it to every step (`PlaneLearner`).
///
/// Conformers: `Perceptron` (step function, targets 1 / 0), `TanhNeuron`
/// and `PlaneNetwork` (tanh, targets +1 / −1).
public protocol Learner: Sendable {
    /// The targets of the two classes: t for class +1 and for class −1
    /// (the step perceptron: 1 and 0; tanh: +1 and −1, as the slides).
    static var targets: (positive: Double, negative: Double) { get }

    /// y (step) or a (tanh) for the input (x₁, x₂).
    func forward(_ x1: Double, _ x2: Double) -> Double

    /// One learning step on one sample towards the target t with rate η;
    /// returns every number that went in, so the step can be shown.
    mutating func learn(_ x1: Double, _ x2: Double, target t: Double, rate η: Double) -> StepNumbers

    /// Every parameter in a fixed order (a neuron: w₁, w₂ and Θ or b; the
    /// network: each hidden neuron's w₁, w₂, b, then the output's v₁ … v_H, c).
    var parameters: [Double] { get set }

    /// The lines w₁x₁ + w₂x₂ + b = 0 of the neurons that see the input:
    /// one for a single neuron, one per hidden neuron for the network.
    var lines: [Weights2] { get }

    /// Moves line `i` (see `lines`) to w₁x₁ + w₂x₂ + b = 0.
    mutating func setLine(_ i: Int, _ w: Weights2)

    /// The cost a learner lowers over the points: Σ ½ (t − a)² unless the
    /// learner counts errors instead (the perceptron).
    func cost(_ points: [PlanePoint]) -> Double
}

extension Learner {
    /// t for a point: `targets.positive` for class +1, `targets.negative` for −1.
    public static func target(_ label: Int) -> Double { label > 0 ? targets.positive : targets.negative }

    /// The class the output stands for: +1 at or above the middle of the two targets.
    public func decision(_ x1: Double, _ x2: Double) -> Int {
        forward(x1, x2) >= (Self.targets.positive + Self.targets.negative) / 2 ? 1 : -1
    }

    /// Σ ½ (t − a)² over the points.
    public func cost(_ points: [PlanePoint]) -> Double {
        points.reduce(0) { acc, p in
            let e = Self.target(p.label) - forward(p.x1, p.x2)
            return acc + 0.5 * e * e
        }
    }
}

/// The numbers of one learning step, for the written-out rule.
public enum StepNumbers: Sendable, Equatable {
    /// A single neuron: the delta rule or the tanh neuron's gradient step.
    case neuron(LearningStep)
    /// The network: forward pass, δ per neuron, every update.
    case network(BackpropStep)

    /// Input, target and output before the update, for every learner.
    public var sample: (x1: Double, x2: Double, target: Double, output: Double) {
        switch self {
        case .neuron(let s): (s.x1, s.x2, s.target, s.output)
        case .network(let s): (s.x1, s.x2, s.target, s.outputA)
        }
    }

    public var neuron: LearningStep? {
        if case .neuron(let s) = self { return s }
        return nil
    }

    public var network: BackpropStep? {
        if case .network(let s) = self { return s }
        return nil
    }
}
