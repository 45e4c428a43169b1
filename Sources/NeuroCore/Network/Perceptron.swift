/// Rosenblatt's perceptron (1958) in the plane, as the slides write it:
///
///     y = 1  if  w₁x₁ + w₂x₂ ≥ Θ,  else 0
///
/// learning towards t ∈ {0, 1} with the delta rule
///
///     wᵢ ← wᵢ + η · (t − y) · xᵢ,     Θ ← Θ − η · (t − y)
///
/// (the same as b ← b + η · (t − y) with the bias b = −Θ of the neuron).
/// It reaches zero errors on every linearly separable set (AND, OR, NAND)
/// and never on XOR.
public struct Perceptron: Learner, Equatable {
    public var w1: Double
    public var w2: Double
    /// The threshold Θ: the perceptron fires when w₁x₁ + w₂x₂ ≥ Θ.
    public var theta: Double

    /// The bias of the artificial neuron, b = −Θ.
    public var b: Double { -theta }

    public static let targets = (positive: 1.0, negative: 0.0)

    public init(w1: Double, w2: Double, theta: Double) {
        self.w1 = w1
        self.w2 = w2
        self.theta = theta
    }

    /// Random start weights ("zufällig vorbelegt"): the line through a
    /// random point of the visible plane (`Weights2.random`).
    public init(random rng: inout SplitMix64, bounds: PlaneBounds = .unit) {
        let w = Weights2.random(&rng, crossing: bounds)
        self.init(w1: w.w1, w2: w.w2, theta: -w.b)
    }

    /// The weighted sum w₁x₁ + w₂x₂ the threshold is compared with.
    public func sum(_ x1: Double, _ x2: Double) -> Double { w1 * x1 + w2 * x2 }

    /// The step output: 1 (fires) or 0.
    public func forward(_ x1: Double, _ x2: Double) -> Double { sum(x1, x2) >= theta ? 1 : 0 }

    /// One application of the delta rule to one point with target t ∈ {0, 1}.
    public mutating func learn(_ x1: Double, _ x2: Double, target t: Double, rate η: Double) -> StepNumbers {
        let y = forward(x1, x2)
        let before = Weights2(w1, w2, b)
        let e = t - y
        w1 += η * e * x1
        w2 += η * e * x2
        theta -= η * e
        return .neuron(LearningStep(x1: x1, x2: x2, target: t, output: y, factor: e, learningRate: η,
                                    before: before, after: Weights2(w1, w2, b)))
    }

    public var parameters: [Double] {
        get { [w1, w2, theta] }
        set {
            guard newValue.count == 3 else { return }
            (w1, w2, theta) = (newValue[0], newValue[1], newValue[2])
        }
    }

    public var lines: [Weights2] { [Weights2(w1, w2, b)] }

    public mutating func setLine(_ i: Int, _ w: Weights2) {
        (w1, w2, theta) = (w.w1, w.w2, -w.b)
    }

    /// The perceptron lowers its error count: the points on the wrong side.
    public func cost(_ points: [PlanePoint]) -> Double {
        Double(points.filter { decision($0.x1, $0.x2) != $0.label }.count)
    }
}

/// w₁, w₂, b of a neuron in the plane: its line w₁x₁ + w₂x₂ + b = 0.
public struct Weights2: Sendable, Equatable {
    public var w1, w2, b: Double
    public init(_ w1: Double, _ w2: Double, _ b: Double) {
        self.w1 = w1
        self.w2 = w2
        self.b = b
    }

    public func z(_ x1: Double, _ x2: Double) -> Double { w1 * x1 + w2 * x2 + b }

    /// Random start weights whose line crosses the visible plane: w points
    /// in a random direction with |w| in [0.5, 1.5] · 2 / (the plane's larger
    /// side), so z changes about as much across every plane, and the line
    /// runs through a random point of the plane's middle 60 %. Plain
    /// uniform weights in [−1, 1] put the line outside [−0.5, 1.5]² for
    /// many seeds, and a class would see one colour and no line.
    public static func random(_ rng: inout SplitMix64, crossing bounds: PlaneBounds) -> Weights2 {
        let angle = Double(rng.nextUnit()) * 2 * .pi
        let size = (0.5 + Double(rng.nextUnit())) * 2 / max(bounds.maxX - bounds.minX, bounds.maxY - bounds.minY)
        let w1 = size * _cos(angle), w2 = size * _cos(angle - .pi / 2)
        let p1 = bounds.minX + (0.2 + 0.6 * Double(rng.nextUnit())) * (bounds.maxX - bounds.minX)
        let p2 = bounds.minY + (0.2 + 0.6 * Double(rng.nextUnit())) * (bounds.maxY - bounds.minY)
        return Weights2(w1, w2, -(w1 * p1 + w2 * p2))
    }

    /// True when the line passes through the inside of the bounds: z has
    /// both signs among the four corners.
    public func crosses(_ bounds: PlaneBounds) -> Bool {
        let z = [z(bounds.minX, bounds.minY), z(bounds.minX, bounds.maxY), z(bounds.maxX, bounds.minY), z(bounds.maxX, bounds.maxY)]
        return (z.min() ?? 0) < 0 && (z.max() ?? 0) > 0
    }
}

/// One learning step of a single neuron with all its numbers:
/// wᵢ ← wᵢ + η · factor · xᵢ, where factor is (t − y) for the delta rule
/// and (t − a)(1 − a²) for tanh.
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
