import Testing
@testable import NeuroCore

@Suite("Perceptron and tanh neuron")
struct NeuronTests {
    static let corners: [(Double, Double)] = [(0, 0), (0, 1), (1, 0), (1, 1)]
    static let gates: [String: [Double]] = [
        "AND": [0, 0, 0, 1], "OR": [0, 1, 1, 1], "NAND": [1, 1, 1, 0], "NOR": [1, 0, 0, 0], "XOR": [0, 1, 1, 0],
    ]

    func errors(_ p: Perceptron, _ targets: [Double]) -> Int {
        zip(Self.corners, targets).filter { p.forward($0.0, $0.1) != $1 }.count
    }

    /// Epochs of the delta rule until zero errors, or nil within `limit`.
    func epochsToConverge(_ gate: String, seed: UInt64, limit: Int = 100) -> Int? {
        var rng = SplitMix64(seed: seed)
        var p = Perceptron(random: &rng)
        let targets = Self.gates[gate] ?? []
        for epoch in 0 ... limit {
            if errors(p, targets) == 0 { return epoch }
            for (x, t) in zip(Self.corners, targets) { _ = p.learn(x.0, x.1, target: t, rate: 0.1) }
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

    @Test("a learning step records the rule's numbers: wᵢ ← wᵢ + η(t − y)xᵢ, Θ ← Θ − η(t − y)")
    func deltaRuleStep() {
        var p = Perceptron(w1: 0.4, w2: -0.2, theta: 0.5)
        let step = p.learn(0.8, 0.5, target: 1, rate: 0.1).neuron
        #expect(step?.output == 0)
        #expect(step?.factor == 1)
        #expect(abs(p.w1 - 0.48) < 1e-12)
        #expect(abs(p.w2 - -0.15) < 1e-12)
        #expect(abs(p.theta - 0.4) < 1e-12)
        #expect(p.b == -p.theta)
        #expect(step?.after.b == -p.theta)
        #expect(!(p.learn(0.8, 0.5, target: 1, rate: 0.1).neuron?.changed ?? true) || p.forward(0.8, 0.5) == 1)
    }

    @Test("the perceptron fires when w₁x₁ + w₂x₂ ≥ Θ: 1 or 0, and learns towards 0 / 1")
    func perceptronTargets() {
        let p = Perceptron(w1: 1, w2: 1, theta: 1.5)
        #expect(p.forward(1, 0.5) == 1)  // exactly Θ fires
        #expect(p.forward(1, 0.4) == 0)
        #expect(Perceptron.targets == (1, 0))
        #expect(TanhNeuron.targets == (1, -1))
        #expect(PlaneNetwork.targets == (1, -1))
        #expect(Perceptron.target(-1) == 0 && TanhNeuron.target(-1) == -1)
    }

    @Test("AND, NAND, OR, NOR solved by hand-set weights give 0 errors",
          arguments: [("AND", 1.0, 1.0, 1.5), ("NAND", -1, -1, -1.5), ("OR", 1, 1, 0.5), ("NOR", -1, -1, -0.5)])
    func byHand(gate: String, w1: Double, w2: Double, theta: Double) {
        var s = PlaneSession(kind: .perceptron)
        s.load(PlanePreset.allCases.first { $0.rawValue == gate.lowercased() } ?? .xor)
        #expect(s.errors > 0)
        s.setParameters([w1, w2, theta])
        #expect(s.errors == 0, "\(gate)")
        #expect(s.start == s.learner)
        #expect(errors(Perceptron(w1: w1, w2: w2, theta: theta), Self.gates[gate] ?? []) == 0)
    }

    @Test("tanh neuron follows gewichte_update exactly")
    func tanhUpdate() {
        var n = TanhNeuron(w1: 0.3, w2: -0.1, b: 0.2)
        let (x1, x2, t) = (0.5, -1.0, 1.0)
        let z = 0.3 * x1 + -0.1 * x2 + 0.2
        let a = _tanh(z)
        let g = (t - a) * (1 - a * a)
        _ = n.learn(x1, x2, target: t, rate: 0.1)
        #expect(abs(n.w1 - (0.3 + 0.1 * g * x1)) < 1e-12)
        #expect(abs(n.w2 - (-0.1 + 0.1 * g * x2)) < 1e-12)
        #expect(abs(n.b - (0.2 + 0.1 * g)) < 1e-12)
    }

    @Test("tanh neuron's cost falls on a separable set")
    func tanhLearns() {
        var rng = SplitMix64(seed: 9)
        var n = TanhNeuron(random: &rng)
        let pts: [(Double, Double, Double)] = [(0, 0, -1), (0, 1, 1), (1, 0, 1), (1, 1, 1)]
        func total() -> Double { pts.reduce(0) { $0 + n.cost($1.0, $1.1, target: $1.2) } }
        let before = total()
        for _ in 0 ..< 500 { for p in pts { _ = n.learn(p.0, p.1, target: p.2, rate: 0.1) } }
        #expect(total() < before / 4)
        for p in pts { #expect((n.forward(p.0, p.1) > 0) == (p.2 > 0)) }
    }
}
