/// The lesson's artificial neuron with a continuous activation:
///
///     z = w₁·x₁ + w₂·x₂ + b,   a = tanh(z),   C = ½ (t − a)²
///     ∂C/∂wᵢ = −(t − a)(1 − a²) · xᵢ,   ∂C/∂b = −(t − a)(1 − a²)
///
/// with targets +1 ("gefährlich") and −1 ("ungefährlich"), learning exactly
/// as the slides' `gewichte_update`: wᵢ += lr · (t − a)(1 − a²) · xᵢ.
public struct TanhNeuron: Learner, Equatable {
    public var w1: Double
    public var w2: Double
    public var b: Double

    public static let targets = (positive: 1.0, negative: -1.0)

    public init(w1: Double, w2: Double, b: Double) {
        self.w1 = w1
        self.w2 = w2
        self.b = b
    }

    /// Random start weights ("zufällig vorbelegt") whose line crosses the plane.
    public init(random rng: inout SplitMix64, bounds: PlaneBounds = .unit) {
        let w = Weights2.random(&rng, crossing: bounds)
        self.init(w1: w.w1, w2: w.w2, b: w.b)
    }

    public func z(_ x1: Double, _ x2: Double) -> Double { w1 * x1 + w2 * x2 + b }

    /// a = tanh(z), in (−1, 1).
    public func forward(_ x1: Double, _ x2: Double) -> Double { _tanh(z(x1, x2)) }

    /// C = ½ (t − a)²
    public func cost(_ x1: Double, _ x2: Double, target t: Double) -> Double {
        let a = forward(x1, x2)
        return 0.5 * (t - a) * (t - a)
    }

    /// `gewichte_update(x1, x2, t, w1, w2, b)` with lr = η.
    public mutating func learn(_ x1: Double, _ x2: Double, target t: Double, rate η: Double) -> StepNumbers {
        // Forward-Propagation
        let a = forward(x1, x2)
        // Backward-Propagation: −∂C/∂z = (t − a)(1 − a²)
        let factor = (t - a) * (1 - a * a)
        let before = Weights2(w1, w2, b)
        w1 += η * factor * x1
        w2 += η * factor * x2
        b += η * factor
        return .neuron(LearningStep(x1: x1, x2: x2, target: t, output: a, factor: factor, learningRate: η,
                                    before: before, after: Weights2(w1, w2, b)))
    }

    public var parameters: [Double] {
        get { [w1, w2, b] }
        set {
            guard newValue.count == 3 else { return }
            (w1, w2, b) = (newValue[0], newValue[1], newValue[2])
        }
    }

    public var lines: [Weights2] { [Weights2(w1, w2, b)] }

    public mutating func setLine(_ i: Int, _ w: Weights2) {
        (w1, w2, b) = (w.w1, w.w2, w.b)
    }
}
