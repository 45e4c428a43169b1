@testable import NeuroCore
import Testing
@testable import PadUI

@Suite("Plane: weights set by hand")
struct PlaneHandTests {
    func lines(_ actions: [AppAction]) -> [String] { planeEvents(actions).map(\.logLine) }

    @Test("AND by hand with the arrow keys: w = (1, 1), Θ = 1.5 gives 0 errors, each change printed")
    func andByKeys() {
        let (app, scene) = planeApp()
        _ = app.handle(.text("1"))
        var out: [String] = []
        func press(_ k: Key, _ times: Int = 1) { for _ in 0 ..< times { out += lines(app.handle(.key(k))) } }
        // w₁ is chosen first; Up/Down go to the next multiple of 0.1.
        press(.right)
        #expect(scene.handActive && scene.chosen == 0)
        func set(_ value: Double) {
            while scene.session.learner.parameters[scene.chosen] < value - 1e-9 { press(.up) }
            while scene.session.learner.parameters[scene.chosen] > value + 1e-9 { press(.down) }
        }
        set(1)
        press(.right)
        #expect(scene.chosen == 1)
        set(1)
        press(.right)
        #expect(scene.chosen == 2)
        set(1.5)
        #expect(scene.session.learner.parameters == [1, 1, 1.5])
        #expect(scene.session.errors == 0)
        #expect(out.last == "weights w1 1.0000 w2 1.0000 b -1.5000 errors 0")
        #expect(out.allSatisfy { $0.hasPrefix("weights w1 ") })
        // The truth table follows at once: four ticks.
        #expect(app.frame().texts.filter { $0.string == "\u{2713}" }.count == 4)
        // Shift: steps of 0.01; Left wraps round to Θ's neighbour.
        _ = app.handle(.modifiers(shift: true))
        press(.up)
        #expect(abs(scene.session.learner.parameters[2] - 1.51) < 1e-12)
        _ = app.handle(.modifiers(shift: false))
        press(.left)
        #expect(scene.chosen == 1)
        // Space goes on learning from the weights set by hand.
        #expect(scene.session.start == scene.session.learner)
        _ = app.handle(.key(.space))
        #expect(scene.running && !scene.handActive)
    }

    @Test("dragging the line moves it parallel; dragging the arrow's tip turns w; neither adds a point")
    func dragLineAndArrow() {
        let (app, scene) = planeApp()
        _ = app.handle(.text("1"))
        _ = app.frame()
        let w0 = scene.session.learner.weights ?? Weights2(0, 0, 0)
        let v = scene.view
        guard let (a, b) = scene.mapping.segment(w0) else { Issue.record("no line on the plane"); return }
        // A point of the line away from the arrow's foot.
        let grab = (x: Int(a.x + (b.x - a.x) * 0.25), y: Int(a.y + (b.y - a.y) * 0.25))
        var out = app.handle(.mouseDown(x: grab.x, y: grab.y, button: .left))
        for k in 1 ... 5 { out += app.handle(.mouseMove(x: grab.x + 8 * k, y: grab.y, buttons: [.left])) }
        out += app.handle(.mouseUp(x: grab.x + 40, y: grab.y, button: .left))
        let w1 = scene.session.learner.weights ?? w0
        #expect(w1.w1 == w0.w1 && w1.w2 == w0.w2 && w1.b != w0.b)
        #expect(scene.session.points.count == 4)
        let events = lines(out)
        #expect(!events.isEmpty && events.allSatisfy { $0.hasPrefix("weights w1 ") })
        // The line now runs through the place the pointer went to.
        let m = scene.mapping.plane(x: grab.x + 40, y: grab.y)
        let grabbed = scene.mapping.plane(x: grab.x, y: grab.y)
        #expect(abs(w1.z(m.x1, m.x2) - w0.z(grabbed.x1, grabbed.x2)) < 1e-9)

        guard let (foot, tip) = v.arrow(w1) else { Issue.record("no arrow"); return }
        let target = (x: Int(foot.x) - Int(tip.y - foot.y), y: Int(foot.y) + Int(tip.x - foot.x))  // a quarter turn
        _ = app.handle(.mouseDown(x: Int(tip.x), y: Int(tip.y), button: .left))
        for k in 1 ... 6 {
            _ = app.handle(.mouseMove(x: Int(tip.x) + (target.x - Int(tip.x)) * k / 6,
                                      y: Int(tip.y) + (target.y - Int(tip.y)) * k / 6, buttons: [.left]))
        }
        _ = app.handle(.mouseUp(x: target.x, y: target.y, button: .left))
        let w2 = scene.session.learner.weights ?? w1
        // Turned by about 90°: w₂ · w₁ (as vectors) near 0, the line still through the foot.
        let dot = w2.w1 * w1.w1 + w2.w2 * w1.w2
        #expect(abs(dot) < 0.2 * (w1.w1 * w1.w1 + w1.w2 * w1.w2))
        // Only turned: |w| stays (within the pixel steps of the drag).
        let size1 = (w1.w1 * w1.w1 + w1.w2 * w1.w2).squareRoot(), size2 = (w2.w1 * w2.w1 + w2.w2 * w2.w2).squareRoot()
        #expect(abs(size2 - size1) < 0.1 * size1, "|w| \(size1) → \(size2)")
        let f = scene.mapping.plane(x: Int(foot.x), y: Int(foot.y))
        #expect(abs(w2.z(f.x1, f.x2)) < 0.05)
        #expect(scene.session.points.count == 4)
        // A plain click still adds a point.
        let r = scene.layout.plane
        #expect(planeEvents(tap(app, r.x + 5, r.y + 5, .left)) == [.points(5)])
    }

    @Test("a click on a number chooses it and the wheel over it changes it")
    func panelNumbers() {
        let (app, scene) = planeApp()
        _ = app.handle(.text("1"))
        _ = app.frame()
        guard let theta = scene.numberHits.first(where: { $0.index == 2 })?.rect else { Issue.record("no Θ"); return }
        _ = tap(app, theta.midX, theta.midY, .left)
        #expect(scene.chosen == 2 && scene.handActive)
        #expect(scene.session.points.count == 4)
        let before = scene.session.learner.parameters[2]
        let out = lines(app.handle(.wheel(x: theta.midX, y: theta.midY, steps: 2)))
        #expect(scene.session.learner.parameters[2] > before + 0.1)
        #expect(out.count == 2 && out.allSatisfy { $0.hasPrefix("weights ") })
    }

    @Test("the network: dragging hidden line h₁ sets only h₁; keys reach the output's weights")
    func networkByHand() {
        let (app, scene) = planeApp()
        _ = app.handle(.text("5"))
        _ = app.handle(.text("k"))
        _ = app.handle(.text("k"))
        _ = app.frame()
        guard let net = scene.session.learner.model as? PlaneNetwork,
              let (a, b) = scene.mapping.segment(net.hidden[0]) else { Issue.record("no h1"); return }
        // A place on h₁ where no other line or arrow is as near.
        let along = (1 ..< 20).map { Float($0) / 20 }.map { (x: Int(a.x + (b.x - a.x) * $0), y: Int(a.y + (b.y - a.y) * $0)) }
        guard let grab = along.first(where: { scene.grab(atX: $0.x, y: $0.y) == .line(0, from: (0, 0), b: 0) }) else {
            Issue.record("h1 cannot be grabbed anywhere")
            return
        }
        var out = app.handle(.mouseDown(x: grab.x, y: grab.y, button: .left))
        out += app.handle(.mouseMove(x: grab.x, y: grab.y + 30, buttons: [.left]))
        out += app.handle(.mouseUp(x: grab.x, y: grab.y + 30, button: .left))
        guard let after = scene.session.learner.model as? PlaneNetwork else { return }
        #expect(after.hidden[0].b != net.hidden[0].b && after.hidden[0].w1 == net.hidden[0].w1)
        #expect(Array(after.hidden.dropFirst()) == Array(net.hidden.dropFirst()))
        #expect(lines(out).last?.hasPrefix("weights h1 w1 ") == true)
        #expect(scene.session.points.count == 4)
        // Left from h₁'s w₁ wraps to the output's bias c.
        _ = app.handle(.key(.left))
        _ = app.handle(.key(.left))
        #expect(scene.chosen == 4 * after.hidden.count)
        #expect(lines(app.handle(.key(.up))).last?.hasPrefix("weights y v1 ") == true)
    }
}

@Suite("Plane: backpropagation with numbers")
struct PlaneBackpropTests {
    /// XOR, the network with `hidden` neurons, one step with S.
    func stepped(_ size: (Int, Int), _ language: Language, hidden: Int) -> (PadApp, PerceptronScene, BackpropStep?) {
        let (app, scene) = planeApp(size.0, size.1, language: language)
        _ = app.handle(.text("5"))
        _ = app.handle(.text("k"))
        _ = app.handle(.text("k"))
        scene.session.setHidden(hidden)
        _ = app.handle(.text("s"))
        return (app, scene, scene.session.lastStep?.network)
    }

    @Test("S on XOR with the network draws the step's diagram: every box inside its room, none on another",
          arguments: [(1024, 768), (1280, 720), (1920, 1080)], [Language.en, .de])
    func diagramFits(size: (Int, Int), language: Language) {
        for hidden in [2, 4, 8] {
            let (app, scene, step) = stepped(size, language, hidden: hidden)
            let frame = app.frame()
            guard let step, let (diagram, area) = scene.shownDiagram else {
                Issue.record("no diagram at \(size) H = \(hidden)")
                continue
            }
            // All hidden neurons (four at most) where they fit at a readable
            // size, else the first ones with a note; never fewer than two.
            #expect(diagram.fits && diagram.shown >= min(hidden, 2) && diagram.shown <= min(hidden, 4),
                    "\(size) \(language) H = \(hidden)")
            let boxes = diagram.boxes
            for (i, b) in boxes.enumerated() {
                #expect(b.x >= area.x && b.y >= area.y && b.maxX <= area.maxX && b.maxY <= area.maxY,
                        "\(size) \(language) H = \(hidden): \(b) leaves \(area)")
                for c in boxes[(i + 1)...] {
                    #expect(FrameBoxes.intersection(b, c).isEmpty, "\(size) \(language) H = \(hidden): \(b) on \(c)")
                }
            }
            // The rest of the panel (learner, status, settings, presets) stays clear of the diagram.
            let texts = Set(diagram.labels.map(\.text))
            for item in frame.texts where !texts.contains(item.string) && !diagram.nodes.contains(where: { $0.name == item.string }) {
                let b = FrameBoxes.box(item, app.measure)
                guard b.x >= scene.layout.panel.x else { continue }
                #expect(FrameBoxes.intersection(b, area).isEmpty, "\(item.string) in the diagram's room")
            }
            // Readable: never below the least readable size (18 px per 720 lines) where the theme allows it.
            let theme = Theme(width: size.0, height: size.1)
            #expect(diagram.size >= theme.shrinkFloor, "\(size) \(language) H = \(hidden): \(diagram.size) px")
            if hidden > diagram.shown {
                // On one line, or wrapped to the panel's width.
                let note = (language == .de ? PlaneStrings.german : .english).backpropShown(diagram.shown, of: hidden)
                #expect(diagram.labels.map(\.text).joined(separator: " ").contains(note))
            }
            #expect(step.hiddenA.count == hidden)
        }
    }

    @Test("the diagram shows the numbers the core computed: z, a, δ and every weight before → after",
          arguments: [Language.en, .de])
    func diagramNumbers(language: Language) {
        let (app, scene, step) = stepped((1280, 720), language, hidden: 4)
        guard let step else { Issue.record("no backprop step"); return }
        let frame = Set(app.frame().texts.map(\.string))
        guard let (diagram, _) = scene.shownDiagram else { Issue.record("no diagram"); return }
        let shown = diagram.labels.map(\.text)
        for line in shown { #expect(frame.contains(line), "\(line) drawn") }
        let all = shown.joined(separator: "\n")
        let rule = RuleText(numbers: NumberFormat(language)), w = rule.weight
        // The core's step is the network's: after = the learner now.
        #expect(step.updates.map(\.after) == scene.session.learner.parameters)
        #expect(all.contains("z = \(w(step.outputZ))") && all.contains("a = \(w(step.outputA))"))
        #expect(shown.contains { $0.hasPrefix("\u{03B4} = (a \u{2212} t)(1 \u{2212} a\u{00B2})") }
                && shown.contains { $0.hasSuffix(" = \(w(step.outputDelta))") && $0.contains("\u{00B7}(1 \u{2212} ") })
        for j in 0 ..< diagram.shown {
            let n = subscriptDigits(j + 1)
            #expect(all.contains("z = \(w(step.hiddenZ[j]))") && all.contains("a = \(w(step.hiddenA[j]))"))
            #expect(shown.contains { $0.hasPrefix("\u{03B4}\(n) = ") && $0.hasSuffix(" = \(w(step.hiddenDelta[j]))")
                    && $0.contains("(\(w(step.before.outputWeights[j]))\u{00B7}") })
        }
        func change(_ u: BackpropUpdate) -> String { "\(w(u.before)) \u{2192} \(w(u.after))" }
        let u = step.updates
        // Each hidden neuron's row holds the weights of its edges in order: w₁, w₂, b (and vⱼ,
        // unless the output's row holds v₁ … v₄).
        func number(_ text: String) -> String {
            let parts = text.split(separator: " ", maxSplits: 1)
            return parts.count == 2 && text.first?.isLetter == true ? String(parts[1]) : text
        }
        for j in 0 ..< diagram.shown {
            let n = subscriptDigits(j + 1)
            guard let row = diagram.labels.first(where: { $0.text == "h" + n }) else { Issue.record("no row h\(j + 1)"); continue }
            let cells = diagram.labels.filter { $0.box.x > row.box.x && abs($0.box.y - row.box.y) < 2 }.sorted { $0.box.x < $1.box.x }
            #expect(Array(cells.map { number($0.text) }.prefix(3)) == [change(u[3 * j]), change(u[3 * j + 1]), change(u[3 * j + 2])],
                    "h\(j + 1)")
            #expect(cells.count == 4 ? number(cells[3].text) == change(u[12 + j]) : shown.contains("v\(n) " + change(u[12 + j])))
        }
        #expect(shown.contains("c " + change(u[16])))
        #expect(shown.contains { $0.contains("t = \u{2212}1") || $0.contains("t = +1") })
        // The next action (an epoch) takes the diagram away.
        _ = app.handle(.text("n"))
        _ = app.frame()
        #expect(scene.shownDiagram == nil)
    }
}
