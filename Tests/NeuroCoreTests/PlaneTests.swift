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
            if let step = s.lastStep?.neuron, step.changed {
                moved = true
                #expect(abs(step.after.w1 - (step.before.w1 + step.learningRate * step.factor * step.x1)) < 1e-12)
                #expect(step.target == 0 || step.target == 1)
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

extension PlaneTests {
    @Test("every start line crosses the visible plane and does not solve the preset (1,000 seeds)",
          arguments: LearnerKind.allCases)
    func startLines(kind: LearnerKind) {
        for preset in PlanePreset.allCases where preset != .xorByHand {
            var crossing = 0, unsolved = 0
            for seed in UInt64(1) ... 1000 {
                let s = session(preset, kind, seed: seed)
                if s.learner.lines.allSatisfy({ $0.crosses(preset.bounds) }) { crossing += 1 }
                if s.errors > 0 { unsolved += 1 }
            }
            #expect(crossing == 1000, "\(preset) \(kind): \(crossing) of 1000 cross")
            #expect(unsolved == 1000, "\(preset) \(kind): \(unsolved) of 1000 not solved at the start")
        }
    }

    @Test("R and K draw start lines that cross the plane and leave work to do")
    func startAfterResetAndSwitch() {
        var s = session(.and, .perceptron, seed: 1)
        for seed in UInt64(2) ... 200 {
            s.reset(seed: seed)
            s.setKind(s.learner.kind.next)
            #expect(s.learner.lines.allSatisfy { $0.crosses(PlanePreset.and.bounds) })
            #expect(s.errors > 0)
        }
    }

    @Test("the perceptron learns towards 0 / 1, the neuron and the network towards +1 / −1")
    func targets() {
        let p = PlanePoint(0.5, 0.5, -1), q = PlanePoint(0.5, 0.5, 1)
        for (kind, minus) in [(LearnerKind.perceptron, 0.0), (.neuron, -1), (.network, -1)] {
            var s = session(.and, kind, seed: 4)
            #expect(s.learner.target(p) == minus && s.learner.target(q) == 1)
            s.stepSample()
            #expect(s.lastStep?.sample.target == minus, "\(kind): (0, 0) is false in AND")
        }
    }

    @Test("the network's backpropagation numbers equal a numerical gradient within 1e-3")
    func backpropNumbers() {
        var rng = SplitMix64(seed: 5)
        for trial in 0 ..< 200 {
            var net = PlaneNetwork(hidden: 1 + trial % 6, random: &rng, bounds: .unit)
            let x1 = Double(rng.nextUnit()) * 2 - 0.5, x2 = Double(rng.nextUnit()) * 2 - 0.5
            let t: Double = trial % 2 == 0 ? 1 : -1
            let before = net
            guard let step = net.learn(x1, x2, target: t, rate: 0.1).network else { Issue.record("no numbers"); return }
            #expect(step.before == before && step.after == net)
            let theta = before.parameters
            for k in theta.indices {
                var plus = before, minus = before
                plus.parameters[k] += 1e-5
                minus.parameters[k] -= 1e-5
                func cost(_ n: PlaneNetwork) -> Double { 0.5 * (t - n.forward(x1, x2)) * (t - n.forward(x1, x2)) }
                let numeric = (cost(plus) - cost(minus)) / 2e-5
                #expect(abs(step.gradient[k] - numeric) < 1e-3, "parameter \(k): \(step.gradient[k]) vs \(numeric)")
                // The update shown is θ − η·∂C/∂θ.
                #expect(abs(net.parameters[k] - (theta[k] - 0.1 * step.gradient[k])) < 1e-12)
            }
            // The forward numbers shown are the network's.
            #expect(abs(step.outputA - before.forward(x1, x2)) < 1e-12)
            #expect(step.hiddenA == before.hiddenActivations(x1, x2))
            // The updates the diagram writes out: one per parameter, each before → after with its δ·input.
            let updates = step.updates
            #expect(updates.map(\.before) == theta && updates.map(\.after) == net.parameters)
            for (u, g) in zip(updates, step.gradient) { #expect(abs(u.gradient - g) < 1e-12) }
            #expect(updates.last?.weight == .outputBias && updates.first?.weight == .input(1, hidden: 0))
            for j in step.hiddenA.indices {
                #expect(abs(step.hiddenError(j) * step.hiddenSlope(j) - step.hiddenDelta[j]) < 1e-12)
            }
            #expect(abs((step.outputA - t) * step.outputSlope - step.outputDelta) < 1e-12)
        }
    }

    @Test("at η = 5 the network on XOR stalls, and the session says so; at η = 0.1 it does not")
    func stall() {
        var s = session(.xor, .network, seed: 1, lr: 5)
        for _ in 0 ..< 300 where !s.stalled { s.runEpoch() }
        #expect(s.stalled && s.errors > 0)
        var t = session(.xor, .network, seed: 1, lr: 0.1)
        for _ in 0 ..< 300 { t.runEpoch(); #expect(!t.stalled) }
        s.setLearningRate(0.1)
        #expect(!s.stalled)
    }

    @Test("class names follow the preset: gates, danger, neutral; added points keep them")
    func classes() {
        var s = session(.separableClouds, .neuron, seed: 1)
        #expect(s.classes == .neutral)
        s.add(PlanePoint(0, 0, 1))
        #expect(s.classes == .neutral)
        s.load(.animals)
        #expect(s.classes == .danger)
        s.load(.nor)
        #expect(s.classes == .gate)
        s.clearPoints()
        #expect(s.classes == .danger)
    }
}

extension PlaneSession {
    var lines: [Weights2] { learner.lines }
}
