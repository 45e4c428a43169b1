import Foundation
import NeuroCore
@testable import NeuroCore
@testable import PadUI
import Testing

@Suite("Plane: what the frame shows")
struct PlaneFrameTests {
    let en = RuleText(numbers: NumberFormat(.en))

    @Test("the delta rule is written out with the numbers of the step")
    func deltaRule() {
        let step = LearningStep(x1: 0.8, x2: 0.2, target: 1, output: 0, factor: 1, learningRate: 0.1,
                                before: Weights2(0.4, -0.3, 0.1), after: Weights2(0.48, -0.28, 0.2))
        #expect(en.lines(step, .perceptron) == [
            "w\u{2081} \u{2190} 0.40 + 0.1\u{00B7}(1 \u{2212} 0)\u{00B7}0.8 = 0.48",
            "w\u{2082} \u{2190} \u{2212}0.30 + 0.1\u{00B7}(1 \u{2212} 0)\u{00B7}0.2 = \u{2212}0.28",
            "\u{0398} \u{2190} \u{2212}0.10 \u{2212} 0.1\u{00B7}(1 \u{2212} 0) = \u{2212}0.20",
        ])
        #expect(en.inputs(step, .perceptron) == "x = (0.8, 0.2), t = 1, y = 0")
        let de = RuleText(numbers: NumberFormat(.de))
        #expect(de.lines(step, .perceptron)[0] == "w\u{2081} \u{2190} 0,40 + 0,1\u{00B7}(1 \u{2212} 0)\u{00B7}0,8 = 0,48")
        #expect(de.inputs(step, .perceptron) == "x = (0,8; 0,2), t = 1, y = 0")
    }

    @Test("the tanh rule is the slides' gewichte_update with its numbers, negatives in parentheses")
    func tanhRule() {
        var n = TanhNeuron(w1: 0.4, w2: -0.3, b: 0.1)
        guard let step = n.learn(0.8, -0.5, target: -1, rate: 0.1).neuron else { Issue.record("no step"); return }
        // z = 0.57, a = tanh(z) = 0.5154
        let lines = en.lines(step, .neuron)
        let a: Double = step.output
        let factor: Double = (-1 - a) * (1 - a * a)
        let w1 = en.weight(0.4 + 0.1 * factor * 0.8)
        #expect(lines[0] == "w\u{2081} \u{2190} 0.40 + 0.1\u{00B7}(\u{2212}1 \u{2212} 0.52)\u{00B7}(1 \u{2212} 0.52\u{00B2})\u{00B7}0.8 = \(w1)")
        #expect(lines[1].contains("\u{00B7}(\u{2212}0.5) = "))
        #expect(lines[2].hasPrefix("b \u{2190} 0.10 + 0.1\u{00B7}(\u{2212}1 \u{2212} 0.52)\u{00B7}(1 \u{2212} 0.52\u{00B2}) = "))
        #expect(en.inputs(step, .neuron) == "x = (0.8, \u{2212}0.5), t = \u{2212}1, a = tanh(z) = 0.52")
    }

    @Test("after S the screen shows the rule with the step's own numbers, and the line's equation")
    func ruleOnScreen() {
        let (app, scene) = planeApp()
        _ = app.handle(.text("2"))
        _ = app.handle(.text("s"))
        guard let step = scene.session.lastStep?.neuron else { Issue.record("no step"); return }
        let texts = Set(app.frame().texts.map(\.string))
        for line in en.lines(step, .perceptron) { #expect(texts.contains(line)) }
        let w = step.after
        // The perceptron speaks in Θ, with b = −Θ beside it; its line is w₁x₁ + w₂x₂ = Θ.
        #expect(texts.contains { $0.hasPrefix("w\u{2081} = \(en.weight(w.w1))") && $0.contains("\u{0398} = \(en.weight(-w.b))")
                && $0.contains("b = \u{2212}\u{0398} = \(en.weight(w.b))") })
        #expect(texts.contains { $0.hasPrefix("Line: ") && $0.hasSuffix(" = \(en.weight(-w.b))") })
        // The targets of the perceptron: 1 / 0 in the legend, the step and the truth table.
        #expect(step.target == 0 || step.target == 1)
        #expect(texts.contains("1 (true)") && texts.contains("0 (false)"))
        #expect(texts.contains("Truth table OR"))
    }

    @Test("the perceptron's numbers are at least 18 px at 720 lines (19 at 768), inside the panel",
          arguments: [(1024, 768), (1280, 720), (1920, 1080)], [Language.en, .de])
    func numbersReadable(size: (Int, Int), language: Language) {
        let (app, scene) = planeApp(size.0, size.1, language: language)
        _ = app.handle(.text("1"))
        let frame = app.frame()
        let want = Int((18 * Double(size.1) / 720).rounded())
        guard let w = frame.texts.first(where: { $0.string.hasPrefix("w\u{2081} = ") }),
              let theta = frame.texts.first(where: { $0.string.contains("b = \u{2212}\u{0398} = ") }) else {
            Issue.record("no numbers at \(size)")
            return
        }
        #expect(w.style.size >= want && theta.style.size >= want, "\(size): \(w.style.size) px")
        let panel = scene.layout.panel
        for item in [w, theta] {
            let b = FrameBoxes.box(item, app.measure)
            #expect(b.x >= panel.x && b.maxX <= panel.maxX, "\(item.string) leaves the panel at \(size)")
        }
        #expect(FrameBoxes.intersection(FrameBoxes.box(w, app.measure), FrameBoxes.box(theta, app.measure)).isEmpty
                || w.string == theta.string)
    }

    @Test("the shading is computed again only when the weights change")
    func shadingCached() {
        let (app, scene) = planeApp()
        _ = app.handle(.text("5"))
        _ = app.frame()
        let once = scene.shading.computed
        _ = app.frame()
        _ = app.frame()
        #expect(scene.shading.computed == once)
        _ = app.handle(.text("r"))
        _ = app.frame()
        #expect(scene.shading.computed == once + 1)
        #expect(scene.shading.image.bytes.count == 3 * PlaneShading.cells * PlaneShading.cells)
    }

    @Test("the shading's tanh agrees with the C library's")
    func fastTanh() {
        for k in -400 ... 400 {
            let z = Float(k) / 20
            #expect(abs(PlaneField.tanh(z) - tanhf(z)) < 1e-6, "z = \(z)")
        }
        #expect(PlaneField.tanh(100) == 1 && PlaneField.tanh(-100) == -1)
    }

    @Test("the network's boundary is traced where its output crosses zero")
    func contour() {
        // A step along the columns: the boundary is the vertical line between columns 4 and 5.
        let n = 10
        let s = (0 ..< n * n).map { Double($0 % n >= 5 ? 1 : 0) }
        let segments = PlaneShading.contour(s, n)
        #expect(segments.count == n - 1)
        #expect(segments.allSatisfy { $0.0.x == 5 && $0.1.x == 5 })
    }

    @Test("the colour ramp runs from the −1 tint through white to the +1 tint")
    func ramp() {
        let minus = PlaneShading.color(0), mid = PlaneShading.color(0.5), plus = PlaneShading.color(1)
        #expect(minus.b > minus.r && plus.r > plus.b)
        #expect(mid.r >= 245 && mid.g >= 245 && mid.b >= 245)
        #expect(PlaneShading.color(.nan) == mid)
    }

    @Test("every draw command stays inside the window, and panel texts inside the panel",
          arguments: windowSizes)
    func insideWindow(size: (Int, Int)) {
        for lang in Language.allCases {
            let (app, scene) = planeApp(size.0, size.1, language: lang)
            for keys in ["", "1s", "5kkn", "0", "6kss", "9kk", "8"] {
                for k in keys { _ = app.handle(.text(String(k))) }
                if keys == "" {
                    _ = app.handle(.text("c"))
                }
                let frame = app.frame()
                let window = Rect(x: 0, y: 0, width: size.0, height: size.1)
                for (command, box) in FrameBoxes.visible(frame, measure: app.measure) {
                    #expect(window.contains(box), "\(lang) \(size) '\(keys)': \(command) at \(box)")
                }
                let panel = scene.layout.panel
                for item in frame.texts where panel.contains(x: item.x, y: item.y) {
                    let box = FrameBoxes.box(item, app.measure)
                    #expect(panel.contains(box), "\(lang) \(size) '\(keys)': '\(item.string)' at \(box) leaves \(panel)")
                }
            }
        }
    }

    @Test("at 1280x720 the panel's texts do not overlap one another", arguments: ["1", "5kk", "0", "6k", "9"])
    func noOverlap(keys: String) {
        for lang in Language.allCases {
            let (app, scene) = planeApp(language: lang)
            for k in keys { _ = app.handle(.text(String(k))) }
            _ = app.handle(.text("s"))
            let panel = scene.layout.panel
            let boxes = app.frame().texts.filter { panel.contains(x: $0.x, y: $0.y) }.map { ($0.string, FrameBoxes.box($0, app.measure)) }
            for i in boxes.indices {
                for j in boxes.indices where j > i {
                    #expect(!boxes[i].1.intersects(boxes[j].1), "\(lang) '\(keys)': '\(boxes[i].0)' and '\(boxes[j].0)'")
                }
            }
        }
    }
}

@Suite("Plane: line captions")
struct PlaneCaptionTests {
    @Test("a line's caption lies beside it: no line drawn on the plane crosses it", arguments: [LearnerKind.perceptron, .neuron, .network])
    func captionsClearOfLines(kind: LearnerKind) {
        var checked = 0
        for size in [(1024, 768), (1280, 720), (1920, 1080)] {
            for key in ["1", "2", "3", "4", "6", "7", "9"] {
                let (app, scene) = planeApp(size.0, size.1)
                while scene.session.learner.kind != kind { _ = app.handle(.text("k")) }
                _ = app.handle(.text(key))
                for _ in 0 ..< 2 { _ = app.handle(.text("n")) }
                let learner = scene.session.learner
                let lines = kind == .network ? learner.lines
                    : [scene.session.start.weights, learner.weights].compactMap { $0 }
                let segments = lines.compactMap { scene.mapping.segment($0) }
                let names = kind == .network ? (1 ... 4).map { "h" + subscriptDigits($0) } : ["start"]
                for text in app.frame().texts where names.contains(text.string) {
                    let lh = DigitLayout.lineHeight(text.style.size)
                    let box = Rect(x: text.x, y: text.y - lh / 2, width: app.measure.width(text.string, style: text.style),
                                   height: lh).inset(2)
                    #expect(!segments.contains { PlaneView.crosses($0.0, $0.1, box) },
                            "\(text.string) crossed at \(size), preset \(key)")
                    checked += 1
                }
            }
        }
        #expect(checked > 10, "captions were found (\(checked))")
    }

    @Test("the w arrow and its name stay inside the plane, wherever the line runs")
    func arrowInside() {
        let (app, scene) = planeApp(1024, 768)
        _ = app.handle(.text("1"))
        _ = app.frame()
        // The tip stays 26 design px inside (the code's margin; 1 px for rounding), so its name fits too.
        let v = scene.view, inner = scene.layout.plane.inset(scene.layout.theme.px(26) - 1)
        var arrows = 0
        for w1 in stride(from: -3.0, through: 3.0, by: 0.5) {
            for w2 in stride(from: -3.0, through: 3.0, by: 0.5) {
                for b in stride(from: -4.0, through: 4.0, by: 0.25) {
                    guard let (_, tip) = v.arrow(Weights2(w1, w2, b)) else { continue }
                    arrows += 1
                    #expect(inner.contains(x: Int(tip.x), y: Int(tip.y)), "w = (\(w1), \(w2)), b = \(b)")
                }
            }
        }
        #expect(arrows > 1000)
    }

    @Test("a segment crosses a rect only where it passes through it")
    func crossing() {
        let r = Rect(x: 10, y: 10, width: 20, height: 10)
        #expect(PlaneView.crosses(Point(x: 0, y: 15), Point(x: 40, y: 15), r))
        #expect(PlaneView.crosses(Point(x: 15, y: 12), Point(x: 16, y: 13), r), "inside")
        #expect(!PlaneView.crosses(Point(x: 0, y: 0), Point(x: 40, y: 5), r))
        #expect(!PlaneView.crosses(Point(x: 0, y: 30), Point(x: 9, y: 0), r))
    }
}
