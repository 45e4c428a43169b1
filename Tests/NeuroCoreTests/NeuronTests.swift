import Testing
@testable import NeuroCore

@Suite("Perceptron and tanh neuron")
struct NeuronTests {
    static let corners: [(Double, Double)] = [(0, 0), (0, 1), (1, 0), (1, 1)]
    static let gates: [String: [Double]] = [
        "AND": [0, 0, 0, 1], "OR": [0, 1, 1, 1], "NAND": [1, 1, 1, 0], "NOR": [1, 0, 0, 0], "XOR": [0, 1, 1, 0],
    ]

    func errors(_ p: Perceptron, _ targets: [Double]) -> Int {
        zip(Self.corners, targets).filter { p.output($0.0, $0.1) != $1 }.count
    }

    /// Epochs of the delta rule until zero errors, or nil within `limit`.
    func epochsToConverge(_ gate: String, seed: UInt64, limit: Int = 100) -> Int? {
        var rng = SplitMix64(seed: seed)
        var p = Perceptron(random: &rng, learningRate: 0.1)
        let targets = Self.gates[gate] ?? []
        for epoch in 0 ... limit {
            if errors(p, targets) == 0 { return epoch }
            for (x, t) in zip(Self.corners, targets) { p.learn(x.0, x.1, target: t) }
        }
        return nil
    }

    @Test("the delta rule reaches zero errors on separable gates", arguments: ["AND", "OR", "NAND", "NOR"])
    func separable(gate: String) {
        for seed in UInt64(1) ... 20 {
            #expect(epochsToConverge(gate, seed: seed) != nil, "\(gate) seed \(seed)")
        }
    }

    @Test("the delta rule never solves XOR")
    func xorFails() {
        for seed in UInt64(1) ... 20 {
            #expect(epochsToConverge("XOR", seed: seed, limit: 1000) == nil)
        }
    }

    @Test("a learning step records the rule's numbers")
    func deltaRuleStep() {
        var p = Perceptron(w1: 0.4, w2: -0.2, b: -0.5, learningRate: 0.1)
        let step = p.learn(0.8, 0.5, target: 1)
        #expect(step.output == 0)
        #expect(step.factor == 1)
        #expect(abs(p.w1 - 0.48) < 1e-12)
        #expect(abs(p.w2 - -0.15) < 1e-12)
        #expect(abs(p.b - -0.4) < 1e-12)
        #expect(p.theta == -p.b)
        #expect(!p.learn(0.8, 0.5, target: 1).changed || p.output(0.8, 0.5) == 1)
    }

    @Test("tanh neuron follows gewichte_update exactly")
    func tanhUpdate() {
        var n = TanhNeuron(w1: 0.3, w2: -0.1, b: 0.2, learningRate: 0.1)
        let (x1, x2, t) = (0.5, -1.0, 1.0)
        let z = 0.3 * x1 + -0.1 * x2 + 0.2
        let a = _tanh(z)
        let g = (t - a) * (1 - a * a)
        n.learn(x1, x2, target: t)
        #expect(abs(n.w1 - (0.3 + 0.1 * g * x1)) < 1e-12)
        #expect(abs(n.w2 - (-0.1 + 0.1 * g * x2)) < 1e-12)
        #expect(abs(n.b - (0.2 + 0.1 * g)) < 1e-12)
    }

    @Test("tanh neuron's cost falls on a separable set")
    func tanhLearns() {
        var rng = SplitMix64(seed: 9)
        var n = TanhNeuron(random: &rng, learningRate: 0.1)
        let pts: [(Double, Double, Double)] = [(0, 0, -1), (0, 1, 1), (1, 0, 1), (1, 1, 1)]
        func total() -> Double { pts.reduce(0) { $0 + n.cost($1.0, $1.1, target: $1.2) } }
        let before = total()
        for _ in 0 ..< 500 { for p in pts { n.learn(p.0, p.1, target: p.2) } }
        #expect(total() < before / 4)
        for p in pts { #expect((n.output(p.0, p.1) > 0) == (p.2 > 0)) }
    }
}
