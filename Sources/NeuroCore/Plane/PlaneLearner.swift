/// The three learners of the plane mode, from the lesson's order:
/// Rosenblatt's perceptron, the tanh neuron, and a 2-H-1 network.
public enum LearnerKind: String, Sendable, CaseIterable {
    case perceptron, neuron, network

    public var next: LearnerKind {
        let all = LearnerKind.allCases
        return all[(all.firstIndex(of: self).map { $0 + 1 } ?? 0) % all.count]
    }
}

/// One learner on the points of the plane, trained one point at a time.
public struct PlaneLearner: Sendable, Equatable {
    public enum Model: Sendable, Equatable {
        case perceptron(Perceptron)
        case neuron(TanhNeuron)
        case network(MLP)
    }

    public private(set) var model: Model
    public var learningRate: Double {
        didSet { applyLearningRate() }
    }
    /// Stored beside `model` (not derived from it) so reading it never has
    /// to look inside the enum.
    public let kind: LearnerKind

    /// A learner with random start weights ("zufällig vorbelegt").
    public init(kind: LearnerKind, hidden: Int = 4, learningRate: Double = 0.1, seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        self.kind = kind
        switch kind {
        case .perceptron: model = .perceptron(Perceptron(random: &rng, learningRate: learningRate))
        case .neuron: model = .neuron(TanhNeuron(random: &rng, learningRate: learningRate))
        case .network: model = .network(MLP(sizes: [2, max(1, hidden), 1], activation: .tanh, rng: &rng))
        }
        self.learningRate = learningRate
    }

    public init(model: Model, learningRate: Double) {
        self.model = model
        switch model {
        case .perceptron: kind = .perceptron
        case .neuron: kind = .neuron
        case .network: kind = .network
        }
        self.learningRate = learningRate
        applyLearningRate()
    }

    private mutating func applyLearningRate() {
        switch model {
        case .perceptron(var p): p.learningRate = learningRate; model = .perceptron(p)
        case .neuron(var n): n.learningRate = learningRate; model = .neuron(n)
        case .network: break
        }
    }

    /// The learner's output at (x₁, x₂): 0/1 for the perceptron, in (−1, 1)
    /// for tanh; `decision` maps both to the class.
    public func output(_ x1: Double, _ x2: Double) -> Double {
        switch model {
        case .perceptron(let p): p.output(x1, x2)
        case .neuron(let n): n.output(x1, x2)
        case .network(let net): Double(net.predict([Float(x1), Float(x2)]).first ?? 0)
        }
    }

    /// The class the learner assigns: +1 or −1.
    public func decision(_ x1: Double, _ x2: Double) -> Int {
        switch model {
        case .perceptron: output(x1, x2) >= 1 ? 1 : -1
        case .neuron, .network: output(x1, x2) >= 0 ? 1 : -1
        }
    }

    /// A value in [0, 1] for shading the plane: how sure the learner is of
    /// class +1 (flat 0 or 1 for the step perceptron).
    public func shade(_ x1: Double, _ x2: Double) -> Double {
        switch model {
        case .perceptron: output(x1, x2)
        case .neuron, .network: (output(x1, x2) + 1) / 2
        }
    }

    /// w₁, w₂, b of a single neuron (nil for the network).
    public var weights: Weights2? {
        switch model {
        case .perceptron(let p): Weights2(p.w1, p.w2, p.b)
        case .neuron(let n): Weights2(n.w1, n.w2, n.b)
        case .network: nil
        }
    }

    /// The separation lines w₁x₁ + w₂x₂ + b = 0 to draw: one for a single
    /// neuron, one per hidden neuron for the network.
    public var lines: [Weights2] {
        if let w = weights { return [w] }
        guard case .network(let net) = model else { return [] }
        let w = Array(net.weights(layer: 0)), b = Array(net.biases(layer: 0))
        return (0 ..< net.sizes[1]).map { Weights2(Double(w[2 * $0]), Double(w[2 * $0 + 1]), Double(b[$0])) }
    }

    /// Learns from one point; returns the rule's numbers for single neurons.
    @discardableResult
    public mutating func learn(_ p: PlanePoint) -> LearningStep? {
        switch model {
        case .perceptron(var m):
            let s = m.learn(p.x1, p.x2, target: p.stepTarget)
            model = .perceptron(m)
            return s
        case .neuron(var m):
            let s = m.learn(p.x1, p.x2, target: p.tanhTarget)
            model = .neuron(m)
            return s
        case .network(var net):
            net.train([Float(p.x1), Float(p.x2)], target: [Float(p.tanhTarget)], lr: Float(learningRate))
            model = .network(net)
            return nil
        }
    }

    /// Points on the wrong side.
    public func errors(_ points: [PlanePoint]) -> Int {
        points.reduce(0) { $0 + (decision($1.x1, $1.x2) == $1.label ? 0 : 1) }
    }

    /// The cost the learner lowers: the error count for the perceptron,
    /// Σ ½ (t − a)² for tanh neurons and the network.
    public func cost(_ points: [PlanePoint]) -> Double {
        switch model {
        case .perceptron: Double(errors(points))
        case .neuron, .network:
            points.reduce(0) { acc, p in
                let a = output(p.x1, p.x2)
                return acc + 0.5 * (p.tanhTarget - a) * (p.tanhTarget - a)
            }
        }
    }
}
