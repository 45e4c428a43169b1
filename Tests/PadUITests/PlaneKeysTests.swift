import NeuroCore
import Testing
@testable import PadUI

@Suite("Plane: keys, presets and training")
struct PlaneKeysTests {
    @Test("number keys load the presets in the lesson's order, paused, with fresh start weights")
    func presets() {
        let (app, scene) = planeApp()
        for (key, preset) in PerceptronScene.presetKeys {
            let events = planeEvents(app.handle(.text(String(key))))
            #expect(scene.session.preset == preset)
            #expect(scene.session.points == preset.points(seed: 1))
            #expect(scene.session.bounds == preset.bounds)
            #expect(scene.session.epoch == 0 && !scene.running)
            #expect(events.contains(.preset(preset)) && events.contains(.points(preset.points(seed: 1).count)))
        }
        #expect(PerceptronScene.presetKeys.map(\.0) == Array("1234567890"))
        // XOR by hand: the 2-2-1 network with its set weights is right at once.
        _ = app.handle(.text("0"))
        #expect(scene.session.learner.kind == .network && scene.session.hidden == 2 && scene.session.errors == 0)
        // Leaving it restores the hidden size asked for.
        _ = app.handle(.text("5"))
        #expect(scene.session.hidden == 4)
    }

    @Test("the note under a cut backpropagation step counts the neurons shown and all of them")
    func backpropNote() {
        #expect(PlaneStrings.english.backpropShown(3, of: 4) == "3 of 4 hidden neurons shown")
        #expect(PlaneStrings.german.backpropShown(3, of: 4) == "3 von 4 verdeckten Neuronen gezeigt")
        #expect(PlaneStrings.english.backpropShown(4, of: 8) == "4 of 8 hidden neurons shown")
    }

    @Test("K cycles the learners and names them on screen; [ ] change the hidden layer")
    func learners() {
        let (app, scene) = planeApp()
        var names: [String] = []
        for kind in [LearnerKind.neuron, .network, .perceptron] {
            let events = planeEvents(app.handle(.text("k")))
            #expect(scene.session.learner.kind == kind)
            #expect(events.first == .learner(kind, hidden: 4))
            #expect(events.dropFirst().allSatisfy { $0.logLine.hasPrefix("weights ") } && events.count > 1)
            let name = PlaneStrings.english.learnerName(kind, hidden: 4)
            #expect(app.frame().texts.contains { $0.string == name })
            names.append(name)
            let title = [LearnerKind.perceptron: "Perceptron", .neuron: "tanh neuron", .network: "Network 2-4-1"][kind]
            #expect(app.current.title(app.context) == title, "the header names the learner")
        }
        #expect(Set(names).count == 3)
        _ = app.handle(.text("k"))
        _ = app.handle(.text("k"))
        #expect(planeEvents(app.handle(.text("]"))).first == .learner(.network, hidden: 5))
        _ = app.handle(.text("["))
        _ = app.handle(.text("["))
        #expect(scene.session.hidden == 3)
        #expect(app.frame().texts.contains { $0.string == "3 Network 2-3-1: tanh, backpropagation" })
        #expect(app.current.title(app.context) == "Network 2-3-1")
    }

    @Test("+ and - step the learning rate, , and . the speed, within their lists")
    func settings() {
        let (app, scene) = planeApp()
        _ = app.handle(.text("+"))
        #expect(scene.session.learner.learningRate == 0.2)
        for _ in 0 ..< 20 { _ = app.handle(.text("+")) }
        #expect(scene.session.learner.learningRate == PerceptronScene.learningRates.last)
        for _ in 0 ..< 30 { _ = app.handle(.text("-")) }
        #expect(scene.session.learner.learningRate == 0.001)
        #expect(scene.speed == 5)
        _ = app.handle(.text("."))
        #expect(scene.speed == 10)
        for _ in 0 ..< 20 { _ = app.handle(.text(".")) }
        #expect(scene.speed == 0)  // as fast as it goes
        for _ in 0 ..< 20 { _ = app.handle(.text(",")) }
        #expect(scene.speed == 1)
    }

    @Test("N runs one epoch, S one sample; R gives new random weights, C clears")
    func steps() {
        let (app, scene) = planeApp()
        _ = app.handle(.text("1"))
        let start = scene.session.learner
        let epoch = planeEvents(app.handle(.text("n")))
        #expect(scene.session.epoch == 1)
        guard case .epoch(1, let errors, _) = epoch.first else { Issue.record("no epoch line"); return }
        #expect(errors == scene.session.errors)
        _ = app.handle(.text("s"))
        #expect(scene.session.lastPoint == 0 && scene.session.epoch == 1)
        if let step = scene.session.lastStep?.neuron, step.changed {
            #expect(scene.jumpedFrom == step.before)
        } else {
            #expect(scene.jumpedFrom == nil)
        }
        _ = app.handle(.text("r"))
        #expect(scene.session.learner != start && scene.session.epoch == 0)
        #expect(scene.session.start == scene.session.learner)
        #expect(planeEvents(app.handle(.text("c"))).first == .points(0))
        #expect(scene.session.points.isEmpty)
        // Nothing to learn from: N, S and Space do nothing.
        #expect(app.handle(.text("n")).isEmpty && app.handle(.text("s")).isEmpty)
        _ = app.handle(.key(.space))
        #expect(!scene.running)
    }

    @Test("Space runs at the chosen pace: 5 epochs per second of 4 points is 20 samples a second")
    func pace() {
        let (app, scene) = planeApp()
        _ = app.handle(.text("5"))  // XOR never converges, so it keeps running
        _ = app.handle(.key(.space))
        #expect(scene.running)
        var epochs: [PlaneEvent] = []
        for frame in 0 ... 61 { epochs += planeEvents(app.tick(now: Double(frame) / 60)) }
        #expect(epochs.count == 5 && scene.session.epoch == 5)
        // A stalled frame makes up at most a quarter second.
        epochs = planeEvents(app.tick(now: 30))
        #expect(epochs.count == 1)
        _ = app.handle(.key(.space))
        #expect(planeEvents(app.tick(now: 31)).isEmpty)
    }

    @Test("a separable set trains to an epoch line with errors 0, then the perceptron stops")
    func converges() {
        let (app, scene) = planeApp()
        let m = scene.mapping
        for (x1, x2, button) in [(0.0, 1.2, MouseButton.left), (0.2, 1.0, .left), (-0.2, 1.3, .left),
                                 (1.0, -0.2, .right), (1.3, 0.1, .right), (0.9, 0.0, .right)] {
            let p = m.pixel(x1, x2)
            _ = tap(app, p.x, p.y, button)
        }
        for _ in 0 ..< 9 { _ = app.handle(.text(".")) }  // fastest
        _ = app.handle(.key(.space))
        var lines: [String] = []
        for frame in 0 ..< 200 where scene.running {
            lines += planeEvents(app.tick(now: Double(frame) / 60)).map(\.logLine)
        }
        #expect(!scene.running && scene.session.errors == 0)
        guard let last = lines.last else { Issue.record("no epoch lines"); return }
        #expect(last.hasPrefix("epoch \(scene.session.epoch) errors 0 w1 "))
        let w = scene.session.learner.weights ?? Weights2(0, 0, 0)
        #expect(last.hasSuffix("w1 \(PlaneEvent.plain(w.w1)) w2 \(PlaneEvent.plain(w.w2)) b \(PlaneEvent.plain(w.b))"))
    }

    @Test("XOR with a single neuron says it is not separable; the network is never told so",
          arguments: [LearnerKind.perceptron, .neuron])
    func inseparable(kind: LearnerKind) {
        let (app, scene) = planeApp()
        while scene.session.learner.kind != kind { _ = app.handle(.text("k")) }
        _ = app.handle(.text("5"))
        let hint = "Not linearly separable"
        #expect(!app.frame().texts.contains { $0.string.hasPrefix(hint) })
        for _ in 0 ..< PlaneSession.patience { _ = app.handle(.text("n")) }
        #expect(app.frame().texts.contains { $0.string.hasPrefix(hint) })
        _ = app.handle(.text("k"))
        if scene.session.learner.kind == .network {
            for _ in 0 ..< PlaneSession.patience { _ = app.handle(.text("n")) }
            #expect(!app.frame().texts.contains { $0.string.hasPrefix(hint) })
        }
    }

    @Test("the verbose lines have the documented form")
    func logLines() {
        #expect(PlaneEvent.layout(Rect(x: 80, y: 90, width: 505, height: 505)).logLine == "layout plane 80 90 505 505")
        #expect(PlaneEvent.points(7).logLine == "points 7")
        #expect(PlaneEvent.epoch(12, errors: 0, weights: Weights2(0.5, -0.25, 1.125)).logLine
            == "epoch 12 errors 0 w1 0.5000 w2 -0.2500 b 1.1250")
        #expect(PlaneEvent.learner(.network, hidden: 4).logLine == "learner network 2-4-1")
        #expect(PlaneEvent.preset(.xorByHand).logLine == "preset xorByHand")
        // The start of the app announces the plane's layout as well.
        let app = PadApp(width: 1280, height: 720)
        #expect(planeEvents(app.start()) == [.layout(app.perceptron.layout.plane)])
    }
}

@Suite("Plane: formulas")
struct PlaneFormulaTests {
    @Test("a weight that rounds to zero is written without a sign")
    func noNegativeZero() {
        let (_, scene) = planeApp()
        let rule = RuleText(numbers: NumberFormat(.de))
        #expect(scene.equation([(-0.001, "x\u{2081}"), (-0.5, "x\u{2082}")], -0.004, rule)
                == "0,00\u{00B7}x\u{2081} \u{2212} 0,50\u{00B7}x\u{2082} + 0,00")
        #expect(scene.equation([(-0.006, "x\u{2081}"), (0.25, "x\u{2082}")], -1.5, rule)
                == "\u{2212}0,01\u{00B7}x\u{2081} + 0,25\u{00B7}x\u{2082} \u{2212} 1,50")
    }
}
