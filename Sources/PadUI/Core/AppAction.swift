import NeuroCore

/// The screens of the app; Tab switches between them.
public enum Mode: String, Sendable, CaseIterable {
    case digits, perceptron
}

/// What the UI core asks the app to do in answer to input. The app, not
/// the UI, owns the window and the trainer, so these are its work list.
public enum AppAction: Sendable {
    case quit
    /// The quit question appeared (there is something to lose).
    case askQuit
    case toggleFullscreen
    /// A request for the training thread.
    case trainer(Trainer.Command)
    /// The user lifted the pen (or eraser) and the pad holds a digit.
    case strokeEnded(Prediction)
    case modeChanged(Mode)
    /// The drawing grid moved or changed size (window pixels).
    case layoutChanged(grid: Rect)
    /// Something the plane mode reports (layout, points, epochs).
    case plane(PlaneEvent)
    /// Files, screenshots, own digits: see `InsightRequest`.
    case insight(InsightRequest)
    /// The buttons on screen changed place, or others are shown (`--verbose`
    /// prints `layout button NAME X Y W H` for each).
    case controls([Control])
    /// A setting changed, by key or by click (`setting NAME VALUE`).
    case setting(name: String, value: String)
}

/// Where the training data stand, for the screen.
public enum DataStatus: Sendable, Equatable {
    case loading
    case ready(name: String, train: Int, test: Int)
    case failed(DataError)
}

/// Everything a scene learns about training each frame.
public struct TrainingStatus: Sendable {
    public var data: DataStatus
    /// Nil until the data are loaded and the trainer runs.
    public var snapshot: TrainingSnapshot?

    public init(data: DataStatus = .loading, snapshot: TrainingSnapshot? = nil) {
        self.data = data
        self.snapshot = snapshot
    }
}

/// Shared by all scenes: the look of this frame and the language.
public struct SceneContext {
    public var theme: Theme
    public var strings: Strings
    public var numbers: NumberFormat
    public var measure: any TextMeasure

    public init(theme: Theme, language: Language, measure: any TextMeasure) {
        self.theme = theme
        self.strings = language.strings
        self.numbers = NumberFormat(language)
        self.measure = measure
    }
}

/// One screen of the app. The router (`PadApp`) owns the scenes, draws the
/// common header, legend and help, and passes everything else on.
public protocol Scene: AnyObject {
    var mode: Mode { get }
    /// Title shown in the header (the plane's names its learner).
    func title(_ context: SceneContext) -> String
    /// Short facts for the header's right side (network, data).
    func headerInfo(_ context: SceneContext) -> String
    /// The window's drawable size changed; returns actions such as a new layout.
    func resize(width: Int, height: Int) -> [AppAction]
    func handle(_ event: InputEvent) -> [AppAction]
    func update(_ status: TrainingStatus)
    func draw(into list: inout DrawList, _ context: SceneContext)
    /// Called when the scene stops being shown (e.g. to end a stroke).
    func deactivate()
    /// Esc: closes what the scene has open (a question, a view) and returns
    /// true, or returns false when nothing is open.
    func dismiss() -> Bool
    /// A question of the scene waits for an answer (quitting would drop it).
    var isAsking: Bool { get }
    /// Once per frame while shown, with the clock in seconds: scenes that
    /// animate by themselves (the plane's training) advance here.
    func tick(now: Double) -> [AppAction]
    /// The keys of the bottom legend and of the help overlay.
    func legend(_ context: SceneContext) -> [KeyHint]
    func help(_ context: SceneContext) -> [KeyHint]
    /// The button of a legend entry (the router lays the legend out); nil
    /// only for a hint that is no action.
    func legendControl(_ hint: KeyHint) -> Control?
    /// The scene's own buttons in window pixels (settings, tools).
    func controls(_ context: SceneContext) -> [Control]
    /// Values that the mouse wheel changes.
    func wheelZones(_ context: SceneContext) -> [WheelZone]
    /// Does what a control does that is not a key.
    func perform(_ action: ControlAction) -> [AppAction]
    /// The settings scripts follow (`setting NAME VALUE`), name and value
    /// in ASCII whatever the language.
    func settings() -> [(name: String, value: String)]
}

extension Scene {
    public func tick(now: Double) -> [AppAction] { [] }
    public func legendControl(_ hint: KeyHint) -> Control? { Control.shared(hint) }
    public func controls(_ context: SceneContext) -> [Control] { [] }
    public func wheelZones(_ context: SceneContext) -> [WheelZone] { [] }
    public func perform(_ action: ControlAction) -> [AppAction] { [] }
    public func settings() -> [(name: String, value: String)] { [] }
    public func dismiss() -> Bool { false }
    public var isAsking: Bool { false }
    public func legend(_ context: SceneContext) -> [KeyHint] { context.strings.legend }
    public func help(_ context: SceneContext) -> [KeyHint] { context.strings.help }
}
