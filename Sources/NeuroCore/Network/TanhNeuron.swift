/// The lesson's artificial neuron with a continuous activation:
///
///     z = w₁·x₁ + w₂·x₂ + b,   a = tanh(z),   C = ½ (t − a)²
///     ∂C/∂wᵢ = −(t − a)(1 − a²) · xᵢ,   ∂C/∂b = −(t − a)(1 − a²)
///
/// with targets +1 ("gefährlich") and −1 ("ungefährlich"), learning exactly
/// as the slides' `gewichte_update`: wᵢ += lr · (t − a)(1 − a²) · xᵢ.
public struct TanhNeuron: Sendable, Equatable {
    public var w1: Double
    public var w2: Double
    public var b: Double
    public var learningRate: Double

    public init(w1: Double, w2: Double, b: Double, learningRate: Double = 0.1) {
        self.w1 = w1
        self.w2 = w2
        self.b = b
        self.learningRate = learningRate
    }

    public init(random rng: inout SplitMix64, learningRate: Double = 0.1) {
        self.init(w1: rng.nextSigned(), w2: rng.nextSigned(), b: rng.nextSigned(), learningRate: learningRate)
    }

    public func z(_ x1: Double, _ x2: Double) -> Double { w1 * x1 + w2 * x2 + b }

    /// a = tanh(z), in (−1, 1).
    public func output(_ x1: Double, _ x2: Double) -> Double { _tanh(z(x1, x2)) }

    /// C = ½ (t − a)²
    public func cost(_ x1: Double, _ x2: Double, target t: Double) -> Double {
        let a = output(x1, x2)
        return 0.5 * (t - a) * (t - a)
    }

    /// `gewichte_update(x1, x2, t, w1, w2, b)`.
    @discardableResult
    public mutating func learn(_ x1: Double, _ x2: Double, target t: Double) -> LearningStep {
        // Forward-Propagation
        let a = output(x1, x2)
        // Backward-Propagation: −∂C/∂z = (t − a)(1 − a²)
        let factor = (t - a) * (1 - a * a)
        let before = Weights2(w1, w2, b)
        w1 += learningRate * factor * x1
        w2 += learningRate * factor * x2
        b += learningRate * factor
        return LearningStep(x1: x1, x2: x2, target: t, output: a, factor: factor, learningRate: learningRate,
                            before: before, after: Weights2(w1, w2, b))
    }
}
