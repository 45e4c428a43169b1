import NeuroCore

/// Draw a digit, watch the network read it while it learns.
///
/// Owns the pad's ink, the stroke in progress and the newest answer; turns
/// input into ink and trainer requests, and its state into draw commands
/// (`DigitScene+Draw`). The answer follows every mouse move: a change of the
/// ink or of the published network marks it out of date, and the next read
/// (the frame, a stroke's end) normalises and classifies once, however many
/// mouse moves came in since.
public final class DigitScene: Scene {
    public let mode = Mode.digits
    public private(set) var layout: DigitLayout
    public private(set) var ink = InkGrid()
    /// The pad after MNIST normalisation: what the network gets.
    public var normalized: NormalizedDigit {
        refresh()
        return answer.normalized
    }
    /// The newest network's answer for `normalized`; nil for an empty pad.
    public var prediction: Prediction? {
        refresh()
        return answer.prediction
    }
    /// How often the pad was normalised and classified (at most once per
    /// frame, whatever the number of mouse moves in it).
    public private(set) var classifications = 0
    public private(set) var status = TrainingStatus()
    /// The insight views and experiments (V, T, D, 0-9, ...).
    public let insight = InsightPanel()

    /// The settings as last asked for; the trainer's snapshot lags a few
    /// milliseconds behind, and two quick key presses must both count. The
    /// app sets the start settings (`adopt`); nil only before it has.
    public internal(set) var config: TrainingConfig?
    /// The one source of the settings for everything the window shows and
    /// keeps (header, controls, panel, saved settings, a new trainer): as
    /// last asked for, else the trainer's, else the lesson's.
    public var trainingConfig: TrainingConfig { config ?? status.snapshot?.config ?? TrainingConfig() }
    /// The left button, a pen or a finger erases instead of drawing.
    public internal(set) var eraser = false
    /// The ten digit buttons that label the drawing are shown.
    public internal(set) var teaching = false
    private var stroke: (button: MouseButton, at: Point)?
    /// Which network the answer came from: (generation, version).
    private var answeredBy: (Int, Int)?
    private var answer: (normalized: NormalizedDigit, prediction: Prediction?) = (.empty, nil)
    /// The ink or the network changed since `answer`.
    private var stale = true

    public init(width: Int, height: Int) {
        layout = DigitLayout(width: width, height: height)
    }

    public func title(_ context: SceneContext) -> String { context.strings.digitsMode }

    public func resize(width: Int, height: Int) -> [AppAction] {
        layout = DigitLayout(width: width, height: height)
        return [.layoutChanged(grid: layout.grid)]
    }

    public func deactivate() { stroke = nil }

    public func dismiss() -> Bool {
        if insight.askingToForget {
            insight.askingToForget = false
            insight.board.post(insight.language.insight.ownKept)
            return true
        }
        guard insight.view != .off else { return false }
        insight.show(.off)
        return true
    }

    public var isAsking: Bool { insight.askingToForget }

    // MARK: - Input

    public func handle(_ event: InputEvent) -> [AppAction] {
        // A digit typed or clicked labels the drawing: the digit row closes.
        if teaching, case .text(let typed) = event, typed.first?.isWholeNumber == true { teaching = false }
        if let actions = insight.handle(event, scene: self) { return actions }
        switch event {
        case .mouseDown(let x, let y, let button):
            guard layout.grid.contains(x: x, y: y), button != .middle else { return [] }
            let p = cellPoint(x, y)
            stroke = (button, p)
            paint(button, from: p, to: p)
        case .mouseMove(let x, let y, _):
            guard let s = stroke else { return [] }
            let p = cellPoint(x, y)
            paint(s.button, from: s.at, to: p)
            stroke = (s.button, p)
        case .mouseUp(let x, let y, let button):
            guard let s = stroke, s.button == button else { return [] }
            paint(button, from: s.at, to: cellPoint(x, y))
            stroke = nil
            if let prediction { return [.strokeEnded(prediction)] }
        case .key(.backspace):
            clear()
        case .key(.space):
            return [.trainer(.togglePause)]
        case .text(let typed):
            return typed.flatMap { command(for: $0) }
        default:
            break
        }
        return []
    }

    /// Window pixels to cell coordinates (cell (c, r) spans c..<c+1).
    func cellPoint(_ x: Int, _ y: Int) -> Point {
        let cell = Float(max(layout.cellSize, 1))
        return Point(x: (Float(x - layout.grid.x) + 0.5) / cell, y: (Float(y - layout.grid.y) + 0.5) / cell)
    }

    private func paint(_ button: MouseButton, from a: Point, to b: Point) {
        let erase = button == .right || eraser
        let changed = erase ? ink.erase(from: a, to: b) : ink.stroke(from: a, to: b)
        if changed { stale = true }
    }

    public func clear() {
        ink.clear()
        stale = true
    }

    /// Replaces the ink (tests, and later: a digit picked from the data).
    public func setInk(_ grid: InkGrid) {
        ink = grid
        stale = true
    }

    // MARK: - Training

    /// A network read from a file (--model, Ctrl+O) and, once the test
    /// digits are in, its test accuracy: shown at once, before any training,
    /// for as long as the network on screen is that one.
    public private(set) var loaded: (network: MLP, accuracy: Double?)?

    public func networkLoaded(_ network: MLP) {
        loaded = (network, nil)
        measureLoaded()
    }

    private func measureLoaded() {
        guard let l = loaded, l.accuracy == nil, let test = insight.testData, test.count > 0 else { return }
        let result = l.network.evaluate(test)
        loaded = (l.network, result.count > 0 ? result.accuracy : nil)
    }

    /// The loaded network's test accuracy while `snap` still shows it (an
    /// array compare that stops at the first weight training changed).
    func loadedAccuracy(_ snap: TrainingSnapshot) -> Double? {
        guard let l = loaded, snap.network == l.network else { return nil }
        return l.accuracy
    }

    public func update(_ status: TrainingStatus) {
        self.status = status
        insight.update(status)
        guard let snap = status.snapshot else { return }
        measureLoaded()
        if config == nil { config = snap.config }
        let id = (snap.generation, snap.version)
        if answeredBy.map({ $0 != id }) ?? true { stale = true }
    }

    /// Normalises the pad and asks the newest network, if the ink or the
    /// network changed since the last answer.
    private func refresh() {
        guard stale else { return }
        stale = false
        classifications += 1
        let normalized = DigitNormalizer.normalize(ink.ink)
        guard let snap = status.snapshot else {
            answer = (normalized, nil)
            return
        }
        answeredBy = (snap.generation, snap.version)
        answer = (normalized, Prediction.classify(normalized, with: snap.network))
    }
}
