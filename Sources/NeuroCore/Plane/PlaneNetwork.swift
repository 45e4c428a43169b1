/// The plane's network 2-H-1, tanh in both layers, written out neuron by
/// neuron so that one step can be shown with every number it used:
///
///     hidden neuron j:  zⱼ = wⱼ₁·x₁ + wⱼ₂·x₂ + bⱼ,   aⱼ = tanh(zⱼ)
///     output neuron:    z = Σⱼ vⱼ·aⱼ + c,           a = tanh(z)
///
/// Backpropagation for C = ½ (t − a)², as the lesson's notebook (`train`):
///
///     δ  = (a − t)(1 − a²)                 the output's δ
///     δⱼ = (vⱼ · δ)(1 − aⱼ²)               each hidden neuron's δ, with the old vⱼ
///     vⱼ ← vⱼ − η·δ·aⱼ,   c ← c − η·δ
///     wⱼₖ ← wⱼₖ − η·δⱼ·xₖ,   bⱼ ← bⱼ − η·δⱼ
///
/// Targets +1 / −1 like the tanh neuron. On screen the output's weights
/// v₁ … v_H and bias c are the w and b of the row "y".
public struct PlaneNetwork: Learner, Equatable {
    /// Each hidden neuron's w₁, w₂, b: its line in the plane.
    public var hidden: [Weights2]
    /// The output neuron's weights v₁ … v_H, one per hidden neuron.
    public var outputWeights: [Double]
    /// The output neuron's bias c.
    public var outputBias: Double

    public static let targets = (positive: 1.0, negative: -1.0)

    public init(hidden: [Weights2], outputWeights: [Double], outputBias: Double) {
        self.hidden = hidden
        self.outputWeights = outputWeights.count == hidden.count
            ? outputWeights : Array(repeating: 0, count: hidden.count)
        self.outputBias = outputBias
    }

    /// Random start ("zufällig vorbelegt"): each hidden line crosses the
    /// plane (`Weights2.random`); the output's weights from N(0, 1/√H) as
    /// the notebook draws them, its bias 0.
    public init(hidden count: Int, random rng: inout SplitMix64, bounds: PlaneBounds = .unit) {
        let h = max(count, 1)
        let lines = (0 ..< h).map { _ in Weights2.random(&rng, crossing: bounds) }
        let std = 1 / Float(h).squareRoot()
        self.init(hidden: lines, outputWeights: (0 ..< h).map { _ in Double(rng.nextNormal(std: std)) }, outputBias: 0)
    }

    /// The hidden neurons' activations a₁ … a_H for (x₁, x₂).
    public func hiddenActivations(_ x1: Double, _ x2: Double) -> [Double] {
        hidden.map { _tanh($0.z(x1, x2)) }
    }

    /// z of the output neuron for the hidden activations.
    func outputZ(_ a: [Double]) -> Double {
        zip(outputWeights, a).reduce(outputBias) { $0 + $1.0 * $1.1 }
    }

    public func forward(_ x1: Double, _ x2: Double) -> Double {
        var z = outputBias
        for j in hidden.indices { z += outputWeights[j] * _tanh(hidden[j].z(x1, x2)) }
        return _tanh(z)
    }

    /// One step of backpropagation on (x₁, x₂) with target t.
    public mutating func learn(_ x1: Double, _ x2: Double, target t: Double, rate η: Double) -> StepNumbers {
        let before = self
        // Forward-Propagation
        let z = hidden.map { $0.z(x1, x2) }
        let a = z.map { _tanh($0) }
        let zOut = outputZ(a), aOut = _tanh(zOut)
        // Backpropagation of the error, every δ from the old weights
        let dOut = (aOut - t) * (1 - aOut * aOut)
        let d = hidden.indices.map { (outputWeights[$0] * dOut) * (1 - a[$0] * a[$0]) }
        // Updates
        for j in hidden.indices {
            outputWeights[j] -= η * dOut * a[j]
            hidden[j].w1 -= η * d[j] * x1
            hidden[j].w2 -= η * d[j] * x2
            hidden[j].b -= η * d[j]
        }
        outputBias -= η * dOut
        return .network(BackpropStep(x1: x1, x2: x2, target: t, learningRate: η, hiddenZ: z, hiddenA: a, hiddenDelta: d,
                                     outputZ: zOut, outputA: aOut, outputDelta: dOut, before: before, after: self))
    }

    /// w₁, w₂, b of each hidden neuron, then v₁ … v_H and c.
    public var parameters: [Double] {
        get { hidden.flatMap { [$0.w1, $0.w2, $0.b] } + outputWeights + [outputBias] }
        set {
            let h = hidden.count
            guard newValue.count == 4 * h + 1 else { return }
            for j in 0 ..< h { hidden[j] = Weights2(newValue[3 * j], newValue[3 * j + 1], newValue[3 * j + 2]) }
            outputWeights = Array(newValue[3 * h ..< 4 * h])
            outputBias = newValue[4 * h]
        }
    }

    public var lines: [Weights2] { hidden }

    public mutating func setLine(_ i: Int, _ w: Weights2) {
        guard hidden.indices.contains(i) else { return }
        hidden[i] = w
    }
}

/// One backpropagation step of the plane's network with every number:
/// the forward pass (z and a of each neuron), each δ, and the weights
/// before and after (`PlaneNetwork` gives the formulas).
public struct BackpropStep: Sendable, Equatable {
    public var x1, x2: Double
    public var target: Double
    public var learningRate: Double
    public var hiddenZ: [Double]
    public var hiddenA: [Double]
    /// δⱼ = (vⱼ · δ)(1 − aⱼ²)
    public var hiddenDelta: [Double]
    public var outputZ: Double
    public var outputA: Double
    /// δ = (a − t)(1 − a²)
    public var outputDelta: Double
    public var before: PlaneNetwork
    public var after: PlaneNetwork

    /// ∂C/∂θ for every parameter, in the order of `PlaneNetwork.parameters`:
    /// δⱼ·x₁, δⱼ·x₂, δⱼ per hidden neuron, then δ·aⱼ and δ.
    public var gradient: [Double] {
        hiddenDelta.flatMap { [$0 * x1, $0 * x2, $0] } + hiddenA.map { outputDelta * $0 } + [outputDelta]
    }

    /// The output's slope 1 − a², the second factor of δ.
    public var outputSlope: Double { 1 - outputA * outputA }

    /// Hidden neuron j's slope 1 − aⱼ², the second factor of δⱼ.
    public func hiddenSlope(_ j: Int) -> Double { 1 - hiddenA[j] * hiddenA[j] }

    /// Hidden neuron j's share of the output's error, vⱼ·δ with the old vⱼ:
    /// the first factor of δⱼ.
    public func hiddenError(_ j: Int) -> Double { before.outputWeights[j] * outputDelta }

    /// Every weight of the step with its edge, the input it carried, and
    /// its value before and after (after = before − η·δ·input), in the
    /// order of `PlaneNetwork.parameters`.
    public var updates: [BackpropUpdate] {
        let h = hiddenA.count
        var out: [BackpropUpdate] = []
        for j in 0 ..< h {
            let b = before.hidden[j], a = after.hidden[j]
            out.append(BackpropUpdate(weight: .input(1, hidden: j), input: x1, delta: hiddenDelta[j], before: b.w1, after: a.w1))
            out.append(BackpropUpdate(weight: .input(2, hidden: j), input: x2, delta: hiddenDelta[j], before: b.w2, after: a.w2))
            out.append(BackpropUpdate(weight: .hiddenBias(j), input: 1, delta: hiddenDelta[j], before: b.b, after: a.b))
        }
        for j in 0 ..< h {
            out.append(BackpropUpdate(weight: .output(j), input: hiddenA[j], delta: outputDelta,
                                      before: before.outputWeights[j], after: after.outputWeights[j]))
        }
        out.append(BackpropUpdate(weight: .outputBias, input: 1, delta: outputDelta, before: before.outputBias, after: after.outputBias))
        return out
    }
}

/// One weight changed by a backpropagation step: w ← w − η·δ·input, where
/// δ is that of the neuron the edge leads to and the input is what the edge
/// carried (xₖ, aⱼ, or 1 for a bias).
public struct BackpropUpdate: Sendable, Equatable {
    /// Which edge of the 2-H-1 network the weight sits on (indices from 0
    /// for hidden neurons, inputs numbered 1 and 2 as x₁, x₂).
    public enum Weight: Sendable, Equatable {
        /// wⱼₖ from input xₖ (k = 1, 2) to hidden neuron j.
        case input(Int, hidden: Int)
        /// bⱼ of hidden neuron j.
        case hiddenBias(Int)
        /// vⱼ from hidden neuron j to the output.
        case output(Int)
        /// c, the output's bias.
        case outputBias
    }

    public var weight: Weight
    public var input: Double
    public var delta: Double
    public var before: Double
    public var after: Double

    /// ∂C/∂w = δ·input.
    public var gradient: Double { delta * input }
}
