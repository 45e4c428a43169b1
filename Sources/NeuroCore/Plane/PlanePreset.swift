/// Ready-made point sets for the plane mode, in the order the lesson meets
/// them: the logic gates on the corners of [0,1]², the animals table of the
/// first perceptron example, clouds, and the sets only a hidden layer solves.
public enum PlanePreset: String, Sendable, CaseIterable {
    case and, or, nand, nor, xor
    case animals
    case separableClouds, overlappingClouds, circleInRing
    /// XOR solved by hand: OR and NAND in the hidden layer, AND at the output.
    case xorByHand

    /// A logic gate's outputs for (0,0), (0,1), (1,0), (1,1).
    public var truthTable: [Int]? {
        switch self {
        case .and: [0, 0, 0, 1]
        case .or: [0, 1, 1, 1]
        case .nand: [1, 1, 1, 0]
        case .nor: [1, 0, 0, 0]
        case .xor, .xorByHand: [0, 1, 1, 0]
        default: nil
        }
    }

    public static let corners: [(Double, Double)] = [(0, 0), (0, 1), (1, 0), (1, 1)]

    public var bounds: PlaneBounds {
        switch self {
        case .animals: PlaneBounds(minX: 0, maxX: 8, minY: 0, maxY: 5)
        case .separableClouds, .overlappingClouds, .circleInRing: .symmetric
        default: .unit
        }
    }

    /// The points of the preset; clouds are drawn from `seed`.
    public func points(seed: UInt64 = 1) -> [PlanePoint] {
        if let table = truthTable {
            return zip(PlanePreset.corners, table).map { PlanePoint($0.0, $0.1, $1 == 1 ? 1 : -1) }
        }
        var rng = SplitMix64(seed: seed)
        func normal(_ m: Double, _ s: Double) -> Double { Double(rng.nextNormal(mean: Float(m), std: Float(s))) }
        switch self {
        case .animals:
            // Made-up measurements in cm: tooth size x₁, eye size x₂.
            // Predators: long teeth, small eyes; harmless animals: the reverse.
            let dangerous: [(Double, Double)] = [(5.5, 1.2), (6.5, 1.5), (4.8, 2.0), (7.2, 1.0), (5.9, 2.3), (4.2, 1.4), (6.8, 2.6)]
            let harmless: [(Double, Double)] = [(0.8, 3.5), (1.5, 4.2), (2.2, 3.0), (1.0, 2.4), (2.9, 3.9), (0.5, 4.5), (3.4, 3.2)]
            return dangerous.map { PlanePoint($0.0, $0.1, 1) } + harmless.map { PlanePoint($0.0, $0.1, -1) }
        case .separableClouds:
            return (0 ..< 20).map { _ in PlanePoint(normal(-0.9, 0.35), normal(0.8, 0.35), 1) }
                + (0 ..< 20).map { _ in PlanePoint(normal(0.9, 0.35), normal(-0.7, 0.35), -1) }
        case .overlappingClouds:
            return (0 ..< 25).map { _ in PlanePoint(normal(-0.4, 0.6), normal(0.3, 0.6), 1) }
                + (0 ..< 25).map { _ in PlanePoint(normal(0.4, 0.6), normal(-0.3, 0.6), -1) }
        case .circleInRing:
            var pts: [PlanePoint] = []
            for i in 0 ..< 40 {
                let angle = Double(i) * 2 * .pi / 40 + Double(rng.nextUnit()) * 0.1
                let inner = i % 2 == 0
                let r = inner ? 0.2 + 0.45 * Double(rng.nextUnit()) : 1.25 + 0.4 * Double(rng.nextUnit())
                pts.append(PlanePoint(r * _cos(angle), r * _cos(angle - .pi / 2), inner ? 1 : -1))
            }
            return pts
        default:
            return []
        }
    }

    /// How the two classes are named on screen: the logic gates' true and
    /// false, the slides' dangerous and harmless animals, or neutral names
    /// for sets that are not about danger.
    public var classes: PlaneClasses {
        switch self {
        case .and, .or, .nand, .nor, .xor, .xorByHand: .gate
        case .animals: .danger
        case .separableClouds, .overlappingClouds, .circleInRing: .neutral
        }
    }

    /// The learner a preset starts with: random weights whose lines cross
    /// the plane and do not solve the points yet, except XOR by hand.
    public func learner(kind: LearnerKind, hidden: Int, learningRate: Double, seed: UInt64) -> PlaneLearner {
        guard self == .xorByHand else {
            return PlaneLearner(kind: kind, hidden: hidden, learningRate: learningRate, seed: seed,
                                bounds: bounds, points: points(seed: seed))
        }
        return PlaneLearner(kind: .network, model: PlanePreset.handBuiltXOR(), learningRate: learningRate)
    }

    /// A 2-2-1 tanh network that computes XOR = AND(OR, NAND) with set weights:
    ///   h₁ = OR:   10x₁ + 10x₂ − 5
    ///   h₂ = NAND: −10x₁ − 10x₂ + 15
    ///   y  = AND:  5h₁ + 5h₂ − 5   (h in ±1)
    public static func handBuiltXOR() -> PlaneNetwork {
        PlaneNetwork(hidden: [Weights2(10, 10, -5), Weights2(-10, -10, 15)], outputWeights: [5, 5], outputBias: -5)
    }
}

/// The names of a point set's two classes.
public enum PlaneClasses: Sendable {
    /// A logic gate's output: true / false.
    case gate
    /// The slides' animals: dangerous / harmless.
    case danger
    /// Class A / class B.
    case neutral
}
