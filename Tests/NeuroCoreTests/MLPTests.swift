import Foundation
import Testing
@testable import NeuroCore

@Suite("Multilayer network")
struct MLPTests {
    /// C = ½ Σ (t − a)² recomputed in Double straight from the parameters,
    /// independent of the network's own (Float, SIMD) forward pass.
    func referenceCost(_ net: MLP, _ p: [Double], _ x: [Float], _ t: [Float]) -> Double {
        var a = x.map(Double.init)
        var at = 0
        for l in 0 ..< net.layerCount {
            let (rows, cols) = (net.sizes[l + 1], net.sizes[l])
            var next = [Double](repeating: 0, count: rows)
            for j in 0 ..< rows {
                var z = p[at + rows * cols + j]
                for k in 0 ..< cols { z += p[at + j * cols + k] * a[k] }
                next[j] = net.activation == .sigmoid ? 1 / (1 + exp(-z)) : tanh(z)
            }
            at += rows * cols + rows
            a = next
        }
        return zip(a, t).reduce(0) { $0 + 0.5 * ($1.0 - Double($1.1)) * ($1.0 - Double($1.1)) }
    }

    /// Central difference (C(θ+ε) − C(θ−ε)) / 2ε in Double.
    func numericalGradient(_ net: MLP, _ x: [Float], _ t: [Float], index i: Int) -> Double {
        let eps = 1e-6
        var plus = net.parameters.map(Double.init), minus = plus
        plus[i] += eps
        minus[i] -= eps
        return (referenceCost(net, plus, x, t) - referenceCost(net, minus, x, t)) / (2 * eps)
    }

    @Test("backprop matches the numerical gradient for every weight and bias",
          arguments: [Activation.sigmoid, .tanh])
    func gradientCheck(activation: Activation) {
        // Sizes that are not multiples of 16 exercise the SIMD tails too.
        let net = MLP(sizes: [19, 7, 5, 3], activation: activation, seed: 42)
        var rng = SplitMix64(seed: 7)
        let x = (0 ..< 19).map { _ in rng.nextUnit() }
        let t: [Float] = activation == .sigmoid ? [0.01, 0.99, 0.01] : [-1, 1, -1]
        let analytic = net.gradient(x, target: t)
        var checked = 0, worst = 0.0
        for i in 0 ..< net.parameters.count {
            let numeric = numericalGradient(net, x, t, index: i)
            let a = Double(analytic[i])
            let scale = max(abs(a), abs(numeric))
            if scale < 1e-4 {
                #expect(abs(a - numeric) < 1e-6, "parameter \(i): \(a) vs \(numeric)")
                continue
            }
            let rel = abs(a - numeric) / scale
            worst = max(worst, rel)
            checked += 1
        }
        #expect(checked > net.parameters.count / 3)
        #expect(worst < 1e-3, "worst relative error \(worst)")
    }

    @Test("weights start from N(0, 1/sqrt(fan_in)) and biases at zero")
    func initialisation() {
        let net = MLP(sizes: [784, 50, 10], seed: 3)
        let w = Array(net.weights(layer: 0))
        let mean = w.reduce(0, +) / Float(w.count)
        let std = (w.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Float(w.count)).squareRoot()
        #expect(abs(mean) < 0.002)
        #expect(abs(std - 1 / 28) < 0.002)
        #expect(net.biases(layer: 0).allSatisfy { $0 == 0 })
        #expect(MLP(sizes: [784, 50, 10], seed: 3) == net, "same seed, same network")
        #expect(MLP(sizes: [784, 50, 10], seed: 4) != net)
    }

    @Test("forward returns every layer's activations")
    func forwardLayers() {
        let net = MLP(sizes: [4, 3, 2], seed: 1)
        let a = net.forward([0.1, 0.2, 0.3, 0.4])
        #expect(a.map(\.count) == [4, 3, 2])
        #expect(a[0] == [0.1, 0.2, 0.3, 0.4])
        #expect(a[2] == net.predict([0.1, 0.2, 0.3, 0.4]))
        #expect(a[1].allSatisfy { $0 > 0 && $0 < 1 })
    }

    @Test("2-4-1 learns XOR", arguments: [Activation.tanh, .sigmoid])
    func xor(activation: Activation) {
        let (off, on) = activation.targets
        let data: [([Float], Float)] = [([0, 0], off), ([0, 1], on), ([1, 0], on), ([1, 1], off)]
        var net = MLP(sizes: [2, 4, 1], activation: activation, seed: 11)
        let lr: Float = activation == .tanh ? 0.1 : 0.5
        for _ in 0 ..< 5000 {
            for (x, t) in data { net.train(x, target: [t], lr: lr) }
        }
        let threshold = (off + on) / 2
        for (x, t) in data {
            let y = net.predict(x)[0]
            #expect((y > threshold) == (t > threshold), "XOR\(x) = \(y)")
        }
    }

    @Test("one training step lowers the cost of that sample")
    func stepLowersCost() {
        var net = MLP(sizes: [30, 8, 4], seed: 5)
        let x = (0 ..< 30).map { Float($0 % 7) / 7 }
        let t: [Float] = [0.01, 0.01, 0.99, 0.01]
        let before = net.cost(x, target: t)
        let reported = net.train(x, target: t, lr: 0.1)
        #expect(abs(reported - before) < 1e-6)
        #expect(net.cost(x, target: t) < before)
    }

    @Test("hand-set weights are read back")
    func setWeights() {
        var net = MLP(sizes: [2, 2, 1], activation: .tanh, seed: 1)
        net.setWeight(layer: 0, to: 1, from: 0, 0.5)
        net.setBias(layer: 1, 0, -0.25)
        #expect(net.weights(layer: 0)[net.weights(layer: 0).startIndex + 2] == 0.5)
        #expect(net.biases(layer: 1).first == -0.25)
    }

    @Test("answers four at a time match one-by-one predictions", arguments: [[784, 30, 10], [784, 20, 12, 10]])
    func batchedAnswers(sizes: [Int]) {
        let data = TrainingTests.synthetic(count: 23, seed: 4)
        let net = MLP(sizes: sizes, seed: 9)
        let one = (0 ..< data.count).map { MLP.argmax(net.predict(data.input($0))) }
        #expect(net.answers(data, count: data.count) == one)
        #expect(net.answers(data, count: 6) == Array(one.prefix(6)))
        #expect(net.evaluate(data).count == data.count)
    }
}

