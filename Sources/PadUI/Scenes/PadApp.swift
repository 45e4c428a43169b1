/// The scene router (like raylib's screen manager): owns every scene, knows
/// which one is shown, handles the keys that work everywhere (Esc, F11,
/// H/F1, Tab) and draws what all screens share: header, key legend, help.
public final class PadApp {
    public private(set) var mode: Mode = .digits
    public private(set) var width: Int
    public private(set) var height: Int
    public internal(set) var helpVisible = false
    /// The quit question is on screen (Y, J or Enter quits; N or Esc stays).
    public private(set) var askingToQuit = false
    /// The window fills the screen (the app tells after each F11); Esc leaves it first.
    public var isFullscreen = false
    /// Where a trained network is kept at quit, and whether Ctrl+O reads
    /// it there (else `--model` names another file): for the quit question.
    public var lastSession: (path: String, ctrlO: Bool)?
    /// The user clicked points into the plane (a preset's points are not theirs).
    public private(set) var pointsPlaced = false
    /// The network as last saved or loaded: (generation, samples seen).
    private var savedNetwork: (generation: Int, samples: Int)?
    public var language: Language { didSet { digits.insight.language = language } }
    /// One-line messages (saved, loaded, screenshot ...) in `noticeStrip`.
    public let notices = NoticeBoard()
    public var measure: any TextMeasure

    public let digits: DigitScene
    public let perceptron: PerceptronScene
    /// The control the pointer went down on; it acts when released over it.
    public internal(set) var pressed: Control?
    /// The controls and settings as last announced to `--verbose`.
    private var announcedControls: [String] = []
    private var announcedSettings: [Mode: [String: String]] = [:]

    public init(width: Int, height: Int, language: Language = .en,
                measure: any TextMeasure = EstimatedTextMeasure()) {
        self.width = max(width, 1)
        self.height = max(height, 1)
        self.language = language
        self.measure = measure
        digits = DigitScene(width: self.width, height: self.height)
        perceptron = PerceptronScene(width: self.width, height: self.height)
        digits.insight.board = notices
        digits.insight.language = language
    }

    public var scenes: [any Scene] { [digits, perceptron] }

    public var current: any Scene { scenes.first { $0.mode == mode } ?? digits }

    public var context: SceneContext {
        SceneContext(theme: Theme(width: width, height: height), language: language, measure: measure)
    }

    /// The actions to run at start: announce the layout and the mode.
    public func start() -> [AppAction] {
        [.modeChanged(mode)] + scenes.flatMap { $0.resize(width: width, height: height) }
    }

    public func handle(_ event: InputEvent) -> [AppAction] {
        if askingToQuit, let answer = answerQuit(event) { return answer }
        switch event {
        case .terminate:
            return [.quit]
        case .quit, .key(.ctrl("q")):
            return requestQuit()
        case .key(.escape):
            return escape()
        case .key(.f11):
            return [.toggleFullscreen]
        case .key(.f1):
            helpVisible.toggle()
            return []
        case .key(.tab):
            return switchMode()
        case .key(.f12):
            return [.insight(.screenshot)]
        case .key(.ctrl("s")):
            return [.insight(.saveModel)]
        case .key(.ctrl("o")):
            return [.insight(.loadModel)]
        case .key(.ctrl("n")):
            return [.insight(.saveForNotebook)]
        case .text(let s) where s == "l" || s == "L":
            language = language == .en ? .de : .en
            notices.post(language.insight.languageName)
            return [.insight(.languageChanged(language))]
        case .text(let s) where s == "h" || s == "H":
            helpVisible.toggle()
            return []
        case .mouseDown, .mouseUp, .mouseMove, .wheel:
            return watchPoints(pointer(event))
        case .resize(let w, let h):
            width = max(w, 1)
            height = max(h, 1)
            return scenes.flatMap { $0.resize(width: width, height: height) }
        case .modifiers:
            // Every scene, so none keeps a stale Shift after a mode switch.
            return scenes.flatMap { $0.handle(event) }
        default:
            return watchPoints(current.handle(event))
        }
    }

    /// Esc closes the innermost thing open: help, a question or view of the
    /// screen, full screen; only then it asks about quitting.
    func escape() -> [AppAction] {
        if helpVisible {
            helpVisible = false
            return []
        }
        if current.dismiss() { return [] }
        if isFullscreen { return [.toggleFullscreen] }
        return requestQuit()
    }

    /// Quits at once when nothing would be lost, else asks.
    public func requestQuit() -> [AppAction] {
        guard !quitReasons(language.session).isEmpty else { return [.quit] }
        askingToQuit = true
        helpVisible = false
        return [.askQuit]
    }

    /// The quit question's answer, or nil for events it lets through (resize).
    private func answerQuit(_ event: InputEvent) -> [AppAction]? {
        switch event {
        case .text(let typed):
            if ["y", "Y", "j", "J"].contains(typed) { return [.quit] }
            if ["n", "N"].contains(typed) { askingToQuit = false }
            return []
        case .key(.enter), .quit, .terminate, .key(.ctrl("q")):
            return [.quit]
        case .key(.escape):
            askingToQuit = false
            return []
        case .resize, .modifiers, .mouseDown, .mouseUp, .mouseMove:
            return nil
        default:
            return []
        }
    }

    /// What quitting now would lose, in `s`'s language; empty: nothing.
    public func quitReasons(_ s: SessionStrings) -> [String] {
        var reasons: [String] = []
        if networkUnsaved { reasons.append(s.quitNetwork) }
        if pointsPlaced { reasons.append(s.quitPoints) }
        if scenes.contains(where: { $0.isAsking }) { reasons.append(s.quitQuestionOpen) }
        return reasons
    }

    /// The network has learned since it was last saved or loaded.
    public var networkUnsaved: Bool {
        guard let snap = digits.status.snapshot, snap.samplesSeen > 0 else { return false }
        return savedNetwork.map { $0.generation != snap.generation || $0.samples != snap.samplesSeen } ?? true
    }

    /// The app saved (or loaded) the network of this generation at this many samples.
    public func markNetworkSaved(generation: Int, samples: Int) {
        savedNetwork = (generation, samples)
    }

    /// Follows the plane's points: clicked ones are the user's, a preset's
    /// or none are not.
    private func watchPoints(_ actions: [AppAction]) -> [AppAction] {
        let preset = actions.contains { if case .plane(.preset) = $0 { true } else { false } }
        for case .plane(.points(let n)) in actions { pointsPlaced = n > 0 && !preset }
        return actions
    }

    public func switchMode() -> [AppAction] {
        current.deactivate()
        let all = Mode.allCases
        let next = all[((all.firstIndex(of: mode) ?? 0) + 1) % all.count]
        mode = next
        return [.modeChanged(next)]
    }

    /// Lets the shown scene animate; once per frame. Then reports moved
    /// controls and changed settings.
    public func tick(now: Double) -> [AppAction] {
        notices.tick(now: now)
        return current.tick(now: now) + announcements()
    }

    /// `.controls` when the buttons on screen changed, `.setting` for every
    /// setting whose value changed since the last call, by key or click.
    public func announcements() -> [AppAction] {
        var out: [AppAction] = []
        let shown = controls()
        let lines = shown.map(\.layoutLine)
        if lines != announcedControls {
            announcedControls = lines
            out.append(.controls(shown))
        }
        for scene in scenes {
            var known = announcedSettings[scene.mode] ?? [:]
            for (name, value) in scene.settings() where known[name] != value {
                known[name] = value
                out.append(.setting(name: name, value: value))
            }
            announcedSettings[scene.mode] = known
        }
        return out
    }

    /// Passes the newest training state to every scene.
    public func update(_ status: TrainingStatus) {
        for scene in scenes { scene.update(status) }
    }

    /// The whole frame as draw commands.
    public func frame() -> DrawList {
        let c = context
        var list = DrawList()
        // No full-window fill: the backend clears to Theme.background, and a
        // second pass over every pixel costs a software renderer dearly.
        Chrome(width: width, height: height, theme: c.theme).drawHeader(into: &list, c,
            title: current.title(c), info: current.headerInfo(c))
        current.draw(into: &list, c)
        let metrics = DigitLayout(width: width, height: height).buttons
        let shown = controls()
        notices.draw(into: &list, strip: noticeStrip, c, room: noticeRoom(shown))
        if !helpVisible && !askingToQuit { drawControls(shown, metrics, into: &list) }
        if helpVisible {
            HelpOverlay(width: width, height: height).draw(into: &list, c, rows: current.help(c))
            drawControls(shown, metrics, into: &list)
        }
        if askingToQuit {
            quitQuestion.draw(into: &list, c, buttons: metrics)
            drawControls(shown, metrics, into: &list)
        }
        return list
    }

    private func drawControls(_ shown: [Control], _ m: ControlMetrics, into list: inout DrawList) {
        for control in shown {
            Button.draw(control, pressed: control.name == pressed?.name, metrics: m, measure: measure, into: &list)
        }
    }
}

extension PadApp {
    /// The quit question: what would be lost and where a trained network is kept.
    var quitQuestion: QuestionBox {
        let c = context, s = language.session
        var lines = quitReasons(s)
        if networkUnsaved, let kept = lastSession {
            let path = TextFit.middle(kept.path, width: width / 2, style: c.theme.style(c.theme.body), measure: c.measure)
            lines.append(InsightStrings.fill(kept.ctrlO ? s.quitKeptCtrlO : s.quitKeptModel, path))
        }
        return QuestionBox(width: width, height: height, title: s.quitTitle, lines: lines)
    }

    /// Its answers as buttons: quit and stay.
    func quitButtons(_ c: SceneContext) -> [Control] {
        let s = language.session, m = DigitLayout(width: width, height: height).buttons
        let area = quitQuestion.layout(c, buttons: m).answers
        let items = [Control(name: "quit-yes", key: s.quitYes.keys, label: s.quitYes.action, action: .answer(true)),
                     Control(name: "quit-no", key: s.quitNo.keys, label: s.quitNo.action, action: .answer(false))]
        return ButtonFlow.flow(items, in: area, metrics: m, maxRows: 1, measure: measure)
            ?? ButtonFlow.flow(items, in: area, metrics: m, maxRows: 2, measure: measure) ?? []
    }
}
