/// The scene router (like raylib's screen manager): owns every scene, knows
/// which one is shown, handles the keys that work everywhere (Esc, F11,
/// H/F1, Tab) and draws what all screens share: header, key legend, help.
public final class PadApp {
    public private(set) var mode: Mode = .digits
    public private(set) var width: Int
    public private(set) var height: Int
    public internal(set) var helpVisible = false
    public var language: Language { didSet { digits.insight.language = language } }
    /// One-line messages (saved, loaded, screenshot ...) above the legend.
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
        switch event {
        case .quit, .key(.escape):
            return [.quit]
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
        case .text(let s) where s == "l" || s == "L":
            language = language == .en ? .de : .en
            notices.post(language.insight.languageName)
            return [.insight(.languageChanged(language))]
        case .text(let s) where s == "h" || s == "H":
            helpVisible.toggle()
            return []
        case .mouseDown, .mouseUp, .mouseMove, .wheel:
            return pointer(event)
        case .resize(let w, let h):
            width = max(w, 1)
            height = max(h, 1)
            return scenes.flatMap { $0.resize(width: width, height: height) }
        case .modifiers:
            // Every scene, so none keeps a stale Shift after a mode switch.
            return scenes.flatMap { $0.handle(event) }
        default:
            return current.handle(event)
        }
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
            title: current.title(c.strings), info: current.headerInfo(c))
        current.draw(into: &list, c)
        let metrics = DigitLayout(width: width, height: height).buttons
        let shown = controls()
        notices.draw(into: &list, width: width, header: DigitLayout(width: width, height: height).header, c,
                     room: noticeRoom(shown))
        if !helpVisible { drawControls(shown, metrics, into: &list) }
        if helpVisible {
            HelpOverlay(width: width, height: height).draw(into: &list, c, rows: current.help(c))
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
