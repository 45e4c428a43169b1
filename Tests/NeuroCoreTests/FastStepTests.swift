import Testing
@testable import NeuroCore

@Suite("Fused fast step against the plain path")
struct FastStepTests {
    /// 100 steps on real digits (the embedded set), once with the plain
    /// `backward` + `update` and once as `TrainingRun` trains (fused first
    /// layer, next input prepared during the update).
    @Test("after 100 steps on real digits every parameter agrees within a relative 1e-5",
          arguments: [[784, 50, 10], [784, 30, 20, 10]])
    func fusedStepEqualsPlainPath(sizes: [Int]) throws {
        let data = try EmbeddedDigits.load().train
        var config = TrainingConfig()
        config.hidden = Array(sizes.dropFirst().dropLast())
        config.seed = 5
        var run = TrainingRun(config: config, data: data)
        var plain = run.network
        let order = run.upcomingOrder(100)
        let fused = run.step(limit: 100)
        #expect(fused.samples == 100)

        var plainCost: Double = 0
        for i in order {
            plainCost += Double(plain.train(data.input(i), target: config.target(data.label(i)), lr: config.learningRate))
        }
        #expect(plain != run.network, "summation order differs: the paths are equal within rounding, not bit for bit")
        // Relative to the parameter's own size, and for parameters near 0
        // (biases start at 0, many weights cross it) to the typical size of
        // that layer's weights (their root mean square) instead.
        var worst: Float = 0
        for l in 0 ..< plain.layerCount {
            let w = plain.weights(layer: l)
            let typical = (w.reduce(0) { $0 + $1 * $1 } / Float(w.count)).squareRoot()
            let mine = Array(w) + Array(plain.biases(layer: l))
            let fast = Array(run.network.weights(layer: l)) + Array(run.network.biases(layer: l))
            for (p, q) in zip(mine, fast) {
                worst = max(worst, abs(p - q) / max(abs(p), abs(q), typical))
            }
        }
        #expect(worst <= 1e-5, "worst relative difference \(worst)")
        #expect(abs(plainCost - fused.cost) <= 1e-5 * fused.cost)
    }
}
