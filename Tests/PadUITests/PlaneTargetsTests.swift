@testable import NeuroCore
import Testing
@testable import PadUI

@Suite("Plane: targets as the slides write them")
struct PlaneTargetsTests {
    func texts(_ app: PadApp) -> Set<String> { Set(app.frame().texts.map(\.string)) }

    @Test("legend, truth table and step use 1 / 0 for the perceptron and +1 / −1 for the tanh neuron")
    func legendFollowsLearner() {
        let (app, scene) = planeApp()
        _ = app.handle(.text("1"))
        var shown = texts(app)
        #expect(shown.contains("1 (true)") && shown.contains("0 (false)"))
        _ = app.handle(.text("k"))
        #expect(scene.session.learner.kind == .neuron)
        shown = texts(app)
        #expect(shown.contains("+1 (true)") && shown.contains("\u{2212}1 (false)"))
        #expect(!shown.contains("0 (false)"))
        // The truth table's t column: −1 for the three false rows of AND.
        let frame = app.frame().texts.map(\.string)
        #expect(frame.filter { $0 == "\u{2212}1" }.count >= 3)
        let events = planeEvents(app.handle(.text("s")))
        #expect(events.first?.logLine.hasPrefix("step x1 0.0000 x2 0.0000 t -1.0000 y ") == true)
        #expect(texts(app).contains { $0.contains("t = \u{2212}1") })
    }

    @Test("the animals are dangerous (1) / harmless (0) for the perceptron, (+1) / (−1) for tanh; clouds are class A / B",
          arguments: [Language.en, .de])
    func classNames(language: Language) {
        let (app, _) = planeApp(language: language)
        let en = language == .en
        _ = app.handle(.text("6"))
        #expect(texts(app).contains(en ? "dangerous (1)" : "gefährlich (1)"))
        #expect(texts(app).contains(en ? "harmless (0)" : "ungefährlich (0)"))
        _ = app.handle(.text("k"))
        #expect(texts(app).contains(en ? "dangerous (+1)" : "gefährlich (+1)"))
        #expect(texts(app).contains(en ? "harmless (\u{2212}1)" : "ungefährlich (\u{2212}1)"))
        for key in ["7", "8", "9"] {
            _ = app.handle(.text(key))
            #expect(texts(app).contains(en ? "class A (+1)" : "Klasse A (+1)"))
            #expect(!texts(app).contains { $0.contains(en ? "dangerous" : "gefährlich") })
        }
    }

    @Test("the perceptron's step line: x, t ∈ {0, 1} and y before the step")
    func stepLine() {
        let (app, scene) = planeApp()
        _ = app.handle(.text("3"))  // NAND: (0, 0) is true
        let line = planeEvents(app.handle(.text("s"))).first?.logLine ?? ""
        let y = scene.session.lastStep?.sample.output ?? -9
        #expect(line == "step x1 0.0000 x2 0.0000 t 1.0000 y \(PlaneEvent.plain(y))")
    }

    @Test("the cost plot leaves room above its highest value; the error plot ticks whole numbers")
    func headroom() {
        #expect(PerceptronScene.plotCeiling(4) == 5)
        #expect(PerceptronScene.plotCeiling(1) > 1)
        #expect(PerceptronScene.plotCeiling(0.5) > 0.5)
        // Errors are counted: whole numbers at the top and the middle tick.
        #expect([0, 1, 2, 3, 4, 7, 9, 14, 23, 40].map { PerceptronScene.errorsCeiling($0) } == [2, 2, 4, 4, 6, 8, 10, 20, 30, 50])
    }

    @Test("a stalled learner says so on screen, in the singular for the one neuron, and suggests a smaller rate",
          arguments: [Language.en, .de], [LearnerKind.neuron, .network])
    func stallNotice(language: Language, kind: LearnerKind) {
        let (app, scene) = planeApp(language: language)
        _ = app.handle(.text("5"))
        while scene.session.learner.kind != kind { _ = app.handle(.text("k")) }
        while scene.session.learner.learningRate < 5 { _ = app.handle(.text("+")) }
        for _ in 0 ..< 300 where !scene.session.stalled { _ = app.handle(.text("n")) }
        #expect(scene.session.stalled)
        let start = language == .en ? "Learning has stalled" : "Das Lernen steht still"
        let shown = app.frame().texts.map(\.string)
        #expect(shown.contains { $0.hasPrefix(start) })
        let singular = language == .en ? "the neuron is saturated" : "Das Neuron ist gesättigt"
        let plural = language == .en ? "the neurons are saturated" : "Die Neuronen sind gesättigt"
        let note = shown.joined(separator: " ")
        #expect(note.contains(kind == .neuron ? singular : plural), "\(note)")
        // The formula stays on one line.
        #expect(shown.contains { $0.contains("(a\u{00A0}=\u{00A0}\u{00B1}1") && $0.contains("a\u{00B2}\u{00A0}=\u{00A0}0)") })
    }
}
