import Testing
@testable import NeuroCore

@Suite("Plane mode learners and presets")
struct PlaneTests {
    func session(_ preset: PlanePreset, _ kind: LearnerKind, seed: UInt64, lr: Double = 0.1) -> PlaneSession {
        var s = PlaneSession(kind: kind, hidden: 4, learningRate: lr, seed: seed)
        s.load(preset)
        return s
    }

    @Test("the perceptron reaches zero errors on separable sets within 100 epochs",
          arguments: [PlanePreset.and, .or, .nand, .nor, .animals, .separableClouds])
    func perceptronConverges(preset: PlanePreset) {
        for seed in UInt64(1) ... 10 {
            var s = session(preset, .perceptron, seed: seed)
            for _ in 0 ..< 100 where !s.converged { s.runEpoch() }
            #expect(s.errors == 0, "\(preset) seed \(seed): \(s.errors) errors after \(s.epoch) epochs")
            #expect(!s.looksInseparable)
        }
    }

    @Test("no single neuron ever solves XOR, and the hint appears", arguments: [LearnerKind.perceptron, .neuron])
    func xorUnsolvable(kind: LearnerKind) {
        for seed in UInt64(1) ... 10 {
            var s = session(.xor, kind, seed: seed)
            for _ in 0 ..< 500 { s.runEpoch() }
            #expect(s.errors > 0)
            #expect(s.looksInseparable)
        }
    }

    @Test("the 2-4-1 network classifies XOR and circle-in-ring", arguments: [PlanePreset.xor, .circleInRing])
    func networkSolves(preset: PlanePreset) {
        var s = session(preset, .network, seed: 3, lr: 0.1)
        for _ in 0 ..< 3000 where s.errors > 0 { s.runEpoch() }
        #expect(s.errors == 0, "\(preset): \(s.errors) errors after \(s.epoch) epochs")
        #expect(!s.looksInseparable)
    }

    @Test("XOR built by hand from OR, NAND and AND is right before any training")
    func xorByHand() {
        let s = session(.xorByHand, .perceptron, seed: 1)
        #expect(s.learner.kind == .network)
        #expect(s.errors == 0)
        #expect(s.lines.count == 2)
        let table = zip(PlanePreset.corners, [0, 1, 1, 0])
        for ((x1, x2), want) in table { #expect(s.learner.decision(x1, x2) == (want == 1 ? 1 : -1)) }
    }

    @Test("a single step records the delta rule and moves the line; the ghost stays")
    func singleStep() {
        var s = session(.and, .perceptron, seed: 2)
        let before = s.learner
        var moved = false
        for _ in 0 ..< 8 {
            s.stepSample()
            if let step = s.lastStep, step.changed {
                moved = true
                #expect(abs(step.after.w1 - (step.before.w1 + step.learningRate * step.factor * step.x1)) < 1e-12)
            }
        }
        #expect(s.start == before)
        #expect(s.epoch == 2)
        #expect(moved || s.errors == 0)
    }

    @Test("points are added and removed by position")
    func points() {
        var s = PlaneSession()
        s.add(PlanePoint(0.2, 0.3, 1))
        s.add(PlanePoint(0.8, 0.9, -1))
        #expect(s.points.count == 2)
        let far = s.remove(near: 0.5, 0.5, radius: 0.1)
        let near = s.remove(near: 0.21, 0.31, radius: 0.1)
        #expect(!far)
        #expect(near)
        #expect(s.points == [PlanePoint(0.8, 0.9, -1)])
        s.clearPoints()
        #expect(s.points.isEmpty && s.epoch == 0)
    }

    @Test("reset draws new weights and clears the history")
    func reset() {
        var s = session(.or, .neuron, seed: 1)
        s.runEpoch()
        let w = s.learner.weights
        s.reset(seed: 77)
        #expect(s.epoch == 0 && s.history.isEmpty)
        #expect(s.learner.weights != w)
        #expect(s.start == s.learner)
    }
}

extension PlaneSession {
    var lines: [Weights2] { learner.lines }
}
