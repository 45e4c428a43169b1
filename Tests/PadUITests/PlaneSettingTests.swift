import NeuroCore
import Testing
@testable import PadUI

/// The plane's learning rate, speed and H: − and + buttons beside each
/// value that send its keys, the wheel over a setting, and no text of the
/// screen under a button.
@Suite("Plane settings")
struct PlaneSettingTests {
    static let pairs = [("lr-up", "+"), ("lr-down", "-"), ("pace-up", "."), ("pace-down", ","),
                        ("hidden-up", "]"), ("hidden-down", "[")]

    /// The plane with AND loaded, with the learner `kind`.
    static func plane(_ kind: LearnerKind, width: Int = 1280, height: Int = 720, language: Language = .en) -> PadApp {
        let app = preparedApp(.perceptron, width: width, height: height, language: language)
        while app.perceptron.session.learner.kind != kind { _ = app.handle(.text("k")) }
        _ = app.announcements()
        return app
    }

    static func settings(_ app: PadApp) -> [String] {
        app.announcements().compactMap { if case .setting(let n, let v) = $0 { "\(n) \(v)" } else { nil } }
    }

    @Test("each setting button does what its key does and announces the setting", arguments: LearnerKind.allCases)
    func buttonsSendTheirKeys(kind: LearnerKind) {
        for (name, key) in PlaneSettingTests.pairs {
            let byKey = PlaneSettingTests.plane(kind), byClick = PlaneSettingTests.plane(kind)
            let shown = byClick.controls().contains { $0.name == name }
            // H only for the network: the other learners have no hidden layer.
            #expect(shown == (kind == .network || !name.hasPrefix("hidden")), "\(name) shown for \(kind)")
            guard shown else { continue }
            let keyActions = byKey.handle(.text(key))
            guard let clickActions = byClick.click(name) else { Issue.record("\(name) not clickable"); continue }
            #expect("\(keyActions)" == "\(clickActions)", "\(name)")
            #expect(byKey.observable == byClick.observable, "\(name)")
            let announced = PlaneSettingTests.settings(byClick)
            #expect(announced == PlaneSettingTests.settings(byKey), "\(name)")
            let setting = name.hasPrefix("lr") ? "plane-lr" : name.hasPrefix("pace") ? "plane-speed" : "plane-hidden"
            #expect(announced.contains { $0.hasPrefix(setting + " ") }, "\(name): \(announced)")
        }
    }

    @Test("the wheel over a setting's label changes it as its buttons do")
    func wheel() {
        for (name, key) in PlaneSettingTests.pairs {
            let byKey = PlaneSettingTests.plane(.network), byWheel = PlaneSettingTests.plane(.network)
            let expected = "\(byKey.handle(.text(key)))"
            guard let button = byWheel.controls().first(where: { $0.name == name }),
                  let group = byWheel.perceptron.settingGroups(byWheel.context).groups
                      .first(where: { $0.rect.contains(x: button.rect.midX, y: button.rect.midY) }) else {
                Issue.record("\(name) has no setting"); continue
            }
            // Over the label, left of the value.
            let got = byWheel.handle(.wheel(x: group.rect.x + 4, y: group.rect.midY, steps: name.hasSuffix("up") ? 1 : -1))
            #expect("\(got)" == expected, "wheel \(name)")
            #expect(byKey.observable == byWheel.observable, "wheel \(name)")
        }
        // Three notches up: three steps of η (0.1 -> 0.2 -> 0.5 -> 1).
        let app = PlaneSettingTests.plane(.perceptron)
        let lr = app.perceptron.settingGroups(app.context).groups[0]
        _ = app.handle(.wheel(x: lr.rect.x + 4, y: lr.rect.midY, steps: 3))
        #expect(app.perceptron.session.learner.learningRate == 1)
    }

    @Test("no setting is dropped, and the settings stay in the panel, above the presets there, in every window",
          arguments: ControlTests.sizes)
    func allShown(size: (Int, Int)) {
        for language in Language.allCases {
            for preset in ["1", "5", "0"] {
                let app = PlaneSettingTests.plane(.network, width: size.0, height: size.1, language: language)
                _ = app.handle(.text(preset))
                let label = "\(size) \(language) preset \(preset)"
                let names = Set(app.controls().map(\.name))
                for (name, _) in PlaneSettingTests.pairs { #expect(names.contains(name), "\(name) missing: \(label)") }
                let layout = app.perceptron.layout, panel = layout.panel
                let presets = app.controls().filter { $0.name.hasPrefix("preset-") }
                // The presets in their room: the panel's bottom, or under the plane (4:3).
                #expect(presets.count == 10 && presets.allSatisfy { layout.presets.contains($0.rect) }, "\(label)")
                let presetsTop = presets.filter { panel.contains($0.rect) }.map(\.rect.y).min() ?? panel.maxY
                let groups = app.perceptron.settingGroups(app.context).groups
                #expect(groups.count == 3, "\(label)")
                for g in groups {
                    #expect(panel.contains(g.rect) && g.rect.maxY <= presetsTop, "\(g.label) \(g.rect): \(label)")
                }
                // At least 40 px at 1080 lines, the same share elsewhere.
                for b in app.controls() where PlaneSettingTests.pairs.contains(where: { $0.0 == b.name }) {
                    #expect(b.rect.height >= ControlMetrics.minimumSide(height: size.1), "\(b.name): \(label)")
                }
            }
        }
    }

    @Test("no text of the screen lies under a button: the class toggle leaves h₁ … h₄ readable",
          arguments: ControlTests.sizes)
    func textNotUnderButtons(size: (Int, Int)) {
        for language in Language.allCases {
            // XOR for the network (its lines reach the plane's corners), XOR by
            // hand, the perceptron on AND before and after a step, and the
            // network after a written-out step.
            for (kind, keys) in [(LearnerKind.network, ["5"]), (.network, ["0"]), (.perceptron, ["1"]),
                                 (.perceptron, ["1", "s", "s"]), (.network, ["5", "s"]), (.neuron, ["7", "n"])] {
                let app = PlaneSettingTests.plane(kind, width: size.0, height: size.1, language: language)
                for k in keys { _ = app.handle(.text(k)) }
                var list = DrawList()
                app.perceptron.draw(into: &list, app.context)
                let texts = FrameBoxes.visible(list, measure: app.measure).filter { $0.0.hasPrefix("text") }
                let label = "\(size) \(language) \(kind) \(keys)"
                #expect(texts.contains { $0.0.contains("\"h\u{2082}\"") } == (kind == .network), "\(label)")
                for control in app.controls() {
                    for (text, box) in texts where box.intersects(control.rect) {
                        Issue.record("\(text) under \(control.name) \(control.rect): \(label)")
                    }
                }
            }
        }
    }
}

@Suite("Plane notes")
struct PlaneNoteTests {
    @Test("the captions of lines keep clear of the note on the plane", arguments: ControlTests.sizes)
    func captionsClearOfNote(size: (Int, Int)) {
        for language in Language.allCases {
            // The perceptron on XOR: after enough epochs the plane says it is not separable.
            let app = PlaneSettingTests.plane(.perceptron, width: size.0, height: size.1, language: language)
            _ = app.handle(.text("5"))
            for _ in 0 ..< PlaneSession.patience { _ = app.handle(.text("n")) }
            #expect(app.perceptron.session.looksInseparable)
            var list = DrawList()
            app.perceptron.draw(into: &list, app.context)
            let notes = list.commands.compactMap { if case .fill(let r, let color) = $0, color == Color(255, 255, 255, 215) { r } else { nil } }
            #expect(notes.count == 1, "the note is drawn: \(size) \(language)")
            let captions = [app.context.plane.start, app.context.plane.before]
            for (text, box) in FrameBoxes.visible(list, measure: app.measure)
            where captions.contains(where: { text.contains("string: \"\($0)\"") }) {
                #expect(!notes.contains { $0.intersects(box) }, "\(text) under the note: \(size) \(language)")
            }
        }
    }
}
