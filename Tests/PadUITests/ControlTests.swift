import NeuroCore
import Testing
@testable import PadUI
import PadUITestSupport

/// A click (press and release) in the middle of a control.
func click(_ control: Control) -> [InputEvent] {
    let x = control.rect.midX, y = control.rect.midY
    return [.mouseDown(x: x, y: y, button: .left), .mouseUp(x: x, y: y, button: .left)]
}

extension PadApp {
    /// Clicks the control called `name`; nil when it is not on screen.
    func click(_ name: String) -> [AppAction]? {
        guard let control = controls().first(where: { $0.name == name }) else { return nil }
        return PadUITests.click(control).flatMap { handle($0) }
    }

    /// What the app looks like from outside, to compare a key with a click.
    var observable: String {
        let cfg = digits.config.map { "\($0.learningRate) \($0.hidden) \($0.pace) \($0.seed)" } ?? "-"
        return "\(mode) help \(helpVisible) view \(digits.insight.view) teach \(digits.teaching) \(cfg) "
            + "ink \(digits.ink.isEmpty) run \(perceptron.running) epoch \(perceptron.session.epoch) "
            + "points \(perceptron.session.points.count) learner \(perceptron.session.learner.kind) "
            + "plane \(perceptron.session.learner.learningRate) \(perceptron.speed) \(perceptron.session.hidden) "
            + "lang \(language)"
    }
}

/// An app in `mode` with a trainer's settings and a drawing on the pad.
func preparedApp(_ mode: Mode, width: Int = 1280, height: Int = 720, language: Language = .en) -> PadApp {
    let app = PadApp(width: width, height: height, language: language)
    app.update(freshStatus())
    let g = app.digits.layout.grid
    for e in drag([(g.x + g.width / 3, g.y + g.height / 4), (g.x + g.width / 2, g.midY), (g.midX, g.maxY - 20)]) {
        _ = app.handle(e)
    }
    if mode == .perceptron {
        _ = app.handle(.key(.tab))
        _ = app.handle(.text("1"))
    }
    return app
}

@Suite("Controls")
struct ControlTests {
    static let sizes: [(Int, Int)] = [(1024, 768), (1280, 720), (1920, 1080)]

    @Test("every key in the legend has a button that does what the key does", arguments: Mode.allCases)
    func legendKeysAreButtons(mode: Mode) {
        for language in Language.allCases {
            let probe = preparedApp(mode, language: language)
            let legend = probe.current.legend(probe.context)
            #expect(!legend.isEmpty)
            for hint in legend {
                let bar = probe.legendBar(probe.context)
                guard let button = bar.first(where: { $0.key == hint.keys && $0.label == hint.action }) else {
                    Issue.record("no button for \(hint.keys) \(hint.action) (\(mode), \(language))")
                    continue
                }
                guard let key = hint.event else {
                    // Only the digit range (0-9) has no single key: its button opens the digit row.
                    #expect(hint.keys == "0-9" && button.action == .teach, "\(hint.keys) is no key")
                    continue
                }
                #expect(button.action == .input(key), "\(hint.keys): \(button.action)")
                // The same effect, the same requests to the app.
                let byKey = preparedApp(mode, language: language), byClick = preparedApp(mode, language: language)
                let keyActions = byKey.handle(key)
                guard let clickActions = byClick.click(button.name) else {
                    Issue.record("\(button.name) not clickable"); continue
                }
                #expect("\(keyActions)" == "\(clickActions)", "\(button.name): \(keyActions) vs \(clickActions)")
                #expect(byKey.observable == byClick.observable, "\(button.name)")
            }
        }
    }

    @Test("each setting button sends its key, and the wheel over the value does the same")
    func settingButtonsAndWheel() {
        for (name, key) in [("lr-up", "+"), ("lr-down", "-"), ("hidden-up", "]"), ("hidden-down", "["),
                            ("pace-up", "."), ("pace-down", ",")] {
            let byKey = preparedApp(.digits), byClick = preparedApp(.digits), byWheel = preparedApp(.digits)
            let expected = "\(byKey.handle(.text(key)))"
            #expect(expected.contains("trainer"), "\(key) changes a setting")
            #expect("\(byClick.click(name) ?? [])" == expected, "\(name)")
            guard let button = byWheel.controls().first(where: { $0.name == name }) else {
                Issue.record("\(name) missing"); continue
            }
            let steps = name.hasSuffix("up") ? 1 : -1
            // The wheel anywhere over the row, here over the row's label.
            let got = byWheel.handle(.wheel(x: byWheel.digits.layout.controls.x + 4, y: button.rect.midY, steps: steps))
            #expect("\(got)" == expected, "wheel \(name)")
            #expect(byKey.observable == byClick.observable && byKey.observable == byWheel.observable)
        }
    }

    @Test("clicks in every control hit that control at 1024x768, 1280x720 and 1920x1080", arguments: sizes)
    func clicksHitTheirControl(size: (Int, Int)) {
        for language in Language.allCases {
            for mode in Mode.allCases {
                for state in ["plain", "teach", "help"] {
                    let app = preparedApp(mode, width: size.0, height: size.1, language: language)
                    if state == "teach" && mode == .digits { _ = app.click("teach") }
                    if state == "help" { _ = app.handle(.text("h")) }
                    let shown = app.controls()
                    #expect(!shown.isEmpty)
                    check(shown, app: app, "\(size) \(language) \(mode) \(state)")
                }
            }
        }
    }

    func check(_ shown: [Control], app: PadApp, _ label: String) {
        let window = Rect(x: 0, y: 0, width: app.width, height: app.height)
        let least = ControlMetrics.minimumSide(height: app.height)
        #expect(Set(shown.map(\.name)).count == shown.count, "names are unique: \(label)")
        for (i, control) in shown.enumerated() {
            #expect(window.contains(control.rect), "\(control.name) leaves the window: \(label)")
            #expect(control.rect.height >= least && control.rect.width >= least,
                    "\(control.name) \(control.rect) smaller than \(least) px: \(label)")
            for other in shown[(i + 1)...] {
                #expect(!control.rect.intersects(other.rect), "\(control.name) overlaps \(other.name): \(label)")
            }
            // The middle and all four corners (one pixel in) find the control.
            let r = control.rect
            for (x, y) in [(r.midX, r.midY), (r.x, r.y), (r.maxX - 1, r.y), (r.x, r.maxY - 1), (r.maxX - 1, r.maxY - 1)] {
                #expect(app.control(atX: x, y: y)?.name == control.name, "\(control.name) at \(x),\(y): \(label)")
            }
        }
    }

    @Test("the digit pad shows the buttons scripts click by name")
    func digitNames() {
        let app = preparedApp(.digits)
        let names = Set(app.controls().map(\.name))
        for name in ["pause", "reset", "lr-up", "lr-down", "hidden-up", "hidden-down", "pace-up", "pace-down",
                     "clear", "pen", "eraser", "mode", "help", "views", "teach", "fullscreen", "quit"] {
            #expect(names.contains(name), "\(name)")
        }
        // A control's --verbose line.
        let pause = app.controls().first { $0.name == "pause" }
        #expect(pause?.layoutLine == "layout button pause \(pause?.rect.description ?? "")")
    }

    @Test("the eraser makes the left button erase; clear empties the grid")
    func eraserAndClear() {
        let app = preparedApp(.digits)
        let g = app.digits.layout.grid
        let before = app.digits.ink.ink.reduce(0, +)
        #expect(before > 0)
        _ = app.click("eraser")
        #expect(app.digits.eraser)
        #expect(app.controls().first { $0.name == "eraser" }?.active == true)
        for e in drag([(g.x + g.width / 3, g.y + g.height / 4), (g.x + g.width / 2, g.midY)]) { _ = app.handle(e) }
        #expect(app.digits.ink.ink.reduce(0, +) < before)
        _ = app.click("pen")
        #expect(!app.digits.eraser)
        _ = app.click("clear")
        #expect(app.digits.ink.isEmpty)
    }

    @Test("the teach button opens ten digit buttons; a digit labels the drawing and closes them")
    func teachDigits() {
        let app = preparedApp(.digits)
        #expect(app.click("teach-3") == nil)
        _ = app.click("teach")
        #expect(app.digits.teaching)
        let actions = app.click("teach-3") ?? []
        let labels = actions.compactMap { if case .insight(.addOwnDigit(_, let label)) = $0 { label } else { nil } }
        #expect(labels == [3])
        #expect(!app.digits.teaching && app.click("teach-3") == nil)
    }

    @Test("help opens by button and closes by its button or a click anywhere")
    func helpByClick() {
        let app = preparedApp(.digits)
        _ = app.click("help")
        #expect(app.helpVisible)
        #expect(app.controls().map(\.name) == ["help-close"])
        _ = app.click("help-close")
        #expect(!app.helpVisible)
        _ = app.click("help")
        let g = app.digits.layout.grid
        let ink = app.digits.ink
        for e in drag([(g.x + 5, g.y + 5), (g.x + 60, g.y + 60)]) { _ = app.handle(e) }
        #expect(!app.helpVisible)
        #expect(app.digits.ink == ink, "the click that closed the help drew nothing")
    }

    @Test("a press that leaves its button does nothing, and does not draw")
    func pressAndSlideAway() {
        let app = preparedApp(.digits)
        guard let reset = app.controls().first(where: { $0.name == "reset" }) else { Issue.record("no reset"); return }
        let g = app.digits.layout.grid
        let ink = app.digits.ink
        #expect(app.handle(.mouseDown(x: reset.rect.midX, y: reset.rect.midY, button: .left)).isEmpty)
        #expect(app.pressed?.name == "reset")
        #expect(app.handle(.mouseMove(x: g.midX, y: g.midY, buttons: [.left])).isEmpty)
        #expect(app.handle(.mouseUp(x: g.midX, y: g.midY, button: .left)).isEmpty)
        #expect(app.pressed == nil && app.digits.ink == ink)
    }

    @Test("settings are announced once per change, by key or by click")
    func settingLines() {
        let app = preparedApp(.digits)
        func settings(_ actions: [AppAction]) -> [String] {
            actions.compactMap { if case .setting(let n, let v) = $0 { "\(n) \(v)" } else { nil } }
        }
        let first = settings(app.announcements())
        #expect(first.contains("lr 0.1") && first.contains("hidden 50") && first.contains("pace 1000")
                && first.contains("view training"))
        #expect(settings(app.announcements()).isEmpty)
        _ = app.handle(.text("+"))
        #expect(settings(app.announcements()) == ["lr 0.3"])
        _ = app.click("lr-down")
        #expect(settings(app.announcements()) == ["lr 0.1"])
        _ = app.handle(.key(.f2))
        #expect(settings(app.announcements()) == ["view weights"])
        // The controls are announced again only when they change.
        _ = app.announcements()
        #expect(!app.announcements().contains { if case .controls = $0 { true } else { false } })
        _ = app.handle(.resize(width: 1920, height: 1080))
        #expect(app.announcements().contains { if case .controls = $0 { true } else { false } })
    }

    @Test("one finger is the left button; SDL's second report and other fingers are ignored")
    func touchPointer() {
        var touch = TouchPointer()
        #expect(touch.down(finger: 7, x: 10, y: 20) == .mouseDown(x: 10, y: 20, button: .left))
        #expect(touch.down(finger: 8, x: 300, y: 300) == nil, "a second finger does not draw")
        #expect(touch.move(finger: 8, x: 310, y: 300) == nil)
        #expect(touch.move(finger: 7, x: 12, y: 22) == .mouseMove(x: 12, y: 22, buttons: [.left]))
        #expect(touch.move(finger: 7, x: 12, y: 22) == nil, "no move without movement")
        #expect(touch.up(finger: 8, x: 310, y: 300) == nil)
        #expect(touch.up(finger: 7, x: 12, y: 22) == .mouseUp(x: 12, y: 22, button: .left))
        #expect(touch.down(finger: 8, x: 5, y: 5) != nil, "the next contact counts again")
    }

    @Test("legend keys name events: Space, Leertaste, Tab, Esc, F11, letters; no ranges")
    func keyNames() {
        #expect(KeyHint.event(forKey: "Space") == .key(.space) && KeyHint.event(forKey: "Leertaste") == .key(.space))
        #expect(KeyHint.event(forKey: "Esc") == .key(.escape) && KeyHint.event(forKey: "F11") == .key(.f11))
        #expect(KeyHint.event(forKey: "R") == .text("r") && KeyHint.event(forKey: "+") == .text("+"))
        #expect(KeyHint.event(forKey: "0-9") == nil && KeyHint.event(forKey: "+ -") == nil)
    }

    @Test("a tab per view shows it, the current one filled; the gallery's buttons send P, N and M")
    func viewTabsAndGallery() {
        let app = preparedApp(.digits)
        for v in InsightView.allCases.reversed() {
            _ = app.click("view-\(v.name)")
            #expect(app.digits.insight.view == v)
            #expect(app.controls().filter(\.active).map(\.name).contains("view-\(v.name)"))
        }
        #expect(app.controls().first { $0.name == "gallery-next" } == nil, "gallery buttons only in the gallery")
        let data = galleryData()  // 30 digits: two pages
        app.digits.insight.setTestData(data)
        _ = app.click("view-gallery")
        _ = app.frame()  // the gallery's answers are made when it is first drawn
        for (name, key) in [("gallery-next", "n"), ("gallery-previous", "p"), ("gallery-mistakes", "m")] {
            let byKey = preparedApp(.digits), byClick = preparedApp(.digits)
            for other in [byKey, byClick] {
                other.digits.insight.setTestData(data)
                _ = other.click("view-gallery")
                _ = other.frame()
            }
            _ = byKey.handle(.text(key))
            #expect(byClick.click(name) != nil, "\(name) shown")
            #expect(byKey.digits.insight.gallery?.page == byClick.digits.insight.gallery?.page)
            #expect(byKey.digits.insight.gallery?.mistakesOnly == byClick.digits.insight.gallery?.mistakesOnly)
        }
        _ = app.click("gallery-next")
        #expect(app.digits.insight.gallery?.page == 1)
    }

    @Test("a question is answered by its yes and no buttons; other messages close by their button")
    func questionButtons() {
        for language in Language.allCases {
            let app = preparedApp(.digits, language: language)
            app.digits.insight.ownPerLabel[3] = 2
            _ = app.handle(.text("f"))
            #expect(app.notices.isQuestion)
            let yes = app.controls().first { $0.name == "yes" }
            #expect(yes != nil && app.controls().contains { $0.name == "no" })
            // The yes button carries the key that says yes in this language.
            #expect(yes.map { KeyHint.event(forKey: $0.key) } == .some(.text(language == .de ? "j" : "y")))
            let answered = app.click("yes") ?? []
            #expect(answered.contains { if case .insight(.forgetOwnDigits) = $0 { true } else { false } })
            _ = app.handle(.text("f"))
            #expect((app.click("no") ?? []).isEmpty)
            #expect(!app.notices.isQuestion && app.notices.text == language.insight.ownKept)
            #expect(app.click("notice-close") != nil)
            #expect(app.notices.text == nil)
        }
    }

    @Test("the plane shows its buttons by name; presets send their number keys")
    func planeNames() {
        let app = preparedApp(.perceptron)
        let names = Set(app.controls().map(\.name))
        for name in ["run", "epoch", "step", "learner", "new-weights", "clear", "class", "mode", "help", "quit",
                     "preset-and", "preset-or", "preset-nand", "preset-nor", "preset-xor", "preset-animals",
                     "preset-separable-clouds", "preset-overlapping-clouds", "preset-circle-in-ring",
                     "preset-xor-by-hand"] {
            #expect(names.contains(name), "\(name)")
        }
        for (key, preset) in PerceptronScene.presetKeys {
            let byKey = preparedApp(.perceptron), byClick = preparedApp(.perceptron)
            let keyActions = byKey.handle(.text(String(key)))
            #expect("\(byClick.click(PerceptronScene.controlName(preset)) ?? [])" == "\(keyActions)")
            #expect(byClick.perceptron.session.preset == preset)
            #expect(byClick.controls().first { $0.name == PerceptronScene.controlName(preset) }?.active == true)
        }
    }

    @Test("the class toggle decides which class a tap adds; the right button adds the other")
    func classToggle() {
        let app = preparedApp(.perceptron)
        _ = app.click("clear")
        let plane = app.perceptron.layout.plane
        // A plane click acts on release (a drag moves the line instead).
        func tap(_ x: Int, _ y: Int, _ b: MouseButton) {
            _ = app.handle(.mouseDown(x: x, y: y, button: b))
            _ = app.handle(.mouseUp(x: x, y: y, button: b))
        }
        tap(plane.x + plane.width / 3, plane.midY, .left)
        #expect(app.perceptron.session.points.last?.label == 1)
        // The toggle's marker has its class's colour, as the points in the plane.
        #expect(app.controls().first { $0.name == "class" }?.keyColor == PlaneMarkers.plus)
        _ = app.click("class")
        #expect(app.controls().first { $0.name == "class" }?.label.hasSuffix("0") == true, "the perceptron's 0")
        #expect(app.controls().first { $0.name == "class" }?.keyColor == PlaneMarkers.minus)
        tap(plane.x + plane.width * 2 / 3, plane.midY, .left)
        #expect(app.perceptron.session.points.last?.label == -1)
        tap(plane.midX, plane.y + plane.height * 3 / 4, .right)
        #expect(app.perceptron.session.points.last?.label == 1)
        let lines = app.announcements().compactMap { if case .setting(let n, let v) = $0 { "\(n) \(v)" } else { nil } }
        #expect(lines.contains("class 0") && lines.contains("preset none"))
        _ = app.handle(.text("k"))
        #expect(app.controls().first { $0.name == "class" }?.label.hasSuffix("\u{2212}1") == true, "tanh: −1")
    }
}

@Suite("Button rows")
struct ButtonFlowTests {
    @Test("rows that are needed are balanced: no button alone on the last row while the row above is full")
    func balancedRows() throws {
        let m = ControlMetrics(width: 1024, height: 768), measure = EstimatedTextMeasure()
        let items = (1 ... 9).map { Control(name: "b\($0)", key: "\($0)", label: "label \($0)", action: .teach) }
        let widths = items.map { m.width(key: $0.key, label: $0.label, measure: measure) }
        // Room for eight in a row: filled from the left, the ninth would stand alone.
        let room = Rect(x: 10, y: 0, width: widths.prefix(8).reduce(0, +) + 7 * m.gap + 1, height: 200)
        let laid = try #require(ButtonFlow.flow(items, in: room, metrics: m, maxRows: 2, measure: measure))
        let rows = Dictionary(grouping: laid, by: \.rect.y).values.map(\.count).sorted()
        #expect(rows == [4, 5])
        #expect(laid.map(\.name) == items.map(\.name), "the order stays")
        #expect(laid.allSatisfy { $0.rect.x >= room.x && $0.rect.maxX <= room.maxX && $0.rect.maxY <= room.maxY })
        #expect(ButtonFlow.flow(items, in: room, metrics: m, maxRows: 1, measure: measure) == nil)
        let wide = Rect(x: 10, y: 0, width: widths.reduce(0, +) + 8 * m.gap, height: 200)
        #expect(Set(try #require(ButtonFlow.flow(items, in: wide, metrics: m, maxRows: 1, measure: measure)).map(\.rect.y)).count == 1)
    }
}
