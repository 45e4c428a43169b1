/// Rosenblatt's perceptron (1958) in the plane:
///
///     y = 1  if  w₁x₁ + w₂x₂ ≥ Θ,  else 0        (Θ = −b)
///
/// learning with the delta rule  wᵢ ← wᵢ + η · (t − y) · xᵢ,  b ← b + η · (t − y).
/// It reaches zero errors on every linearly separable set (AND, OR, NAND) and
/// never on XOR.
public struct Perceptron: Sendable, Equatable {
    public var w1: Double
    public var w2: Double
    public var b: Double
    public var learningRate: Double

    /// The threshold of the slides, Θ = −b.
    public var theta: Double { -b }

    public init(w1: Double, w2: Double, b: Double, learningRate: Double = 0.1) {
        self.w1 = w1
        self.w2 = w2
        self.b = b
        self.learningRate = learningRate
    }

    /// Random start weights in [−1, 1] ("zufällig vorbelegt").
    public init(random rng: inout SplitMix64, learningRate: Double = 0.1) {
        self.init(w1: rng.nextSigned(), w2: rng.nextSigned(), b: rng.nextSigned(), learningRate: learningRate)
    }

    public func z(_ x1: Double, _ x2: Double) -> Double { w1 * x1 + w2 * x2 + b }

    /// The step output: 1 or 0.
    public func output(_ x1: Double, _ x2: Double) -> Double { z(x1, x2) >= 0 ? 1 : 0 }

    /// One application of the delta rule to one point with target t ∈ {0, 1};
    /// returns every number that went in, so the rule can be shown written out.
    @discardableResult
    public mutating func learn(_ x1: Double, _ x2: Double, target t: Double) -> LearningStep {
        let y = output(x1, x2)
        let before = (w1, w2, b)
        let e = t - y
        w1 += learningRate * e * x1
        w2 += learningRate * e * x2
        b += learningRate * e
        return LearningStep(x1: x1, x2: x2, target: t, output: y, factor: e, learningRate: learningRate,
                            before: Weights2(before.0, before.1, before.2), after: Weights2(w1, w2, b))
    }
}

/// w₁, w₂, b of a neuron in the plane.
public struct Weights2: Sendable, Equatable {
    public var w1, w2, b: Double
    public init(_ w1: Double, _ w2: Double, _ b: Double) {
        self.w1 = w1
        self.w2 = w2
        self.b = b
    }
}

/// One learning step with all its numbers: wᵢ ← wᵢ + η · factor · xᵢ, where
/// factor is (t − y) for the delta rule and (t − a)(1 − a²) for tanh.
public struct LearningStep: Sendable, Equatable {
    public var x1, x2: Double
    public var target: Double
    /// y (step) or a (tanh) before the update.
    public var output: Double
    public var factor: Double
    public var learningRate: Double
    public var before: Weights2
    public var after: Weights2
    /// True when the weights moved.
    public var changed: Bool { before != after }
}

extension SplitMix64 {
    /// A uniform Double in [−1, 1).
    public mutating func nextSigned() -> Double {
        Double(next() >> 11) * 0x1.0p-52 - 1
    }
}
