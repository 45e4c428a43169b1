import NeuroCore

/// The first half of the lesson in one plane: click points of two classes,
/// watch a perceptron, a tanh neuron or a small network separate them.
///
/// Owns a `PlaneSession` (points, learner, history) and the pace of its
/// training; turns clicks and keys into changes of the session
/// (`PerceptronScene+Keys`) and the session into draw commands
/// (`PerceptronScene+Draw`). Training runs in `tick`, in single samples
/// at a pace a class can follow, so the line moves point by point.
public final class PerceptronScene: Scene {
    public let mode = Mode.perceptron
    public private(set) var layout: PlaneLayout
    public internal(set) var session: PlaneSession
    public internal(set) var running = false
    /// Index into `speeds`.
    public internal(set) var speedIndex = 2
    public private(set) var shiftHeld = false
    /// The class a left click, pen or finger adds (+1 or −1); the right
    /// button adds the other one. The class toggle switches it.
    public internal(set) var tapClass = 1
    /// After a single step (S): the weights before it, shown as the line's
    /// old place next to the new one.
    public internal(set) var jumpedFrom: Weights2?
    /// After a single step (S), until the next action: the panel shows the
    /// step (for the network as `BackpropDiagram`).
    public internal(set) var showsStep = false
    var seed: UInt64
    /// The hidden layer's size asked for with [ ]; XOR by hand brings its own 2.
    var hiddenChoice = PerceptronScene.defaultHidden
    var shading = PlaneShading()
    /// The number the hand changes (index into the learner's parameters),
    /// highlighted in the panel while `handActive`.
    public internal(set) var chosen = 0
    public internal(set) var handActive = false
    /// The mouse press on the plane until its release (a click or a drag).
    var press: Press?
    /// The panel's numbers as last drawn, for clicks and the wheel.
    var numberHits: [(rect: Rect, index: Int)] = []
    /// The backpropagation diagram as last drawn and the panel's room for it.
    var shownDiagram: (diagram: BackpropDiagram, area: Rect)?
    var diagramCache: (key: DiagramKey, diagram: BackpropDiagram, area: Rect)?
    private var lastTick: Double?
    /// Samples owed to the pace, carried from frame to frame.
    private var owed = 0.0

    /// Epochs per second; 0 is "as fast as it goes" within a frame's budget.
    public static let speeds = [1, 2, 5, 10, 20, 50, 100, 200, 500, 0]
    public static let learningRates = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5]
    /// The fastest pace learns for at most 6 ms of a frame's 16.7 and at
    /// most 250 epochs per frame (15,000 per second): more would only flood
    /// the `--verbose` log and the plot's history.
    static let maxPaceBudget = 0.006
    static let maxPaceEpochs = 250
    /// Seconds of learning per frame at the fastest pace, adapted each frame.
    private var paceBudget = 0.002

    public init(width: Int, height: Int, seed: UInt64 = 1) {
        layout = PlaneLayout(width: width, height: height)
        self.seed = seed
        session = PlaneSession(kind: .perceptron, hidden: PerceptronScene.defaultHidden, learningRate: 0.1, seed: seed)
    }

    public var speed: Int { PerceptronScene.speeds[speedIndex] }
    public var mapping: PlaneMapping { PlaneMapping(rect: layout.plane, bounds: session.bounds) }

    public func title(_ context: SceneContext) -> String {
        context.plane.learnerTitle(session.learner.kind, hidden: session.hidden)
    }

    public func resize(width: Int, height: Int) -> [AppAction] {
        layout = PlaneLayout(width: width, height: height)
        return [.plane(.layout(layout.plane))]
    }

    public func update(_ status: TrainingStatus) {}

    public func deactivate() {
        lastTick = nil
    }

    /// The legend's keys, each a button; the examples' keys (1 … 0) stand
    /// beside their names in the panel.
    public func legend(_ c: SceneContext) -> [KeyHint] { c.plane.legend.filter { $0.event != nil } }
    public func help(_ c: SceneContext) -> [KeyHint] { c.plane.help }

    // MARK: - Input

    public func handle(_ event: InputEvent) -> [AppAction] {
        switch event {
        case .mouseDown(let x, let y, let button):
            return mouseDown(x, y, button)
        case .mouseMove(let x, let y, _):
            return mouseMove(x, y)
        case .mouseUp:
            return mouseUp()
        case .key(let key) where [.left, .right, .up, .down].contains(key):
            return handKey(key)
        case .modifiers(let shift):
            shiftHeld = shift
        case .key(.space):
            toggleRunning()
        case .text(let typed):
            return typed.flatMap { command(for: $0) }
        default:
            break
        }
        return []
    }

    /// Radius of a point's marker in pixels; clicks within 1.6 of it hit the point.
    var markerRadius: Float { Float(max(layout.theme.px(9), 5)) }

    /// Left click adds the toggle's class (+1 at first), right click the
    /// other; a click on a point (or
    /// Shift+click near one) removes it.
    func click(_ x: Int, _ y: Int, _ button: MouseButton) -> [AppAction] {
        guard layout.plane.contains(x: x, y: y), button != .middle else { return [] }
        if let i = pointIndex(nearX: x, y: y, within: markerRadius * (shiftHeld ? 3 : 1.6)) {
            let p = session.points[i]
            session.remove(near: p.x1, p.x2, radius: 1e-9)
        } else if shiftHeld {
            return []
        } else {
            let q = mapping.plane(x: x, y: y)
            session.add(PlanePoint(q.x1, q.x2, button == .left ? tapClass : -tapClass))
        }
        jumpedFrom = nil
        showsStep = false
        return [.plane(.points(session.points.count))]
    }

    /// The point drawn nearest to pixel (x, y), if within `within` pixels.
    func pointIndex(nearX x: Int, y: Int, within: Float) -> Int? {
        let m = mapping
        var best: (Int, Float)?
        for (i, p) in session.points.enumerated() {
            let q = m.point(p.x1, p.x2)
            let d = (q.x - Float(x) - 0.5) * (q.x - Float(x) - 0.5) + (q.y - Float(y) - 0.5) * (q.y - Float(y) - 0.5)
            if d <= within * within && d < (best?.1 ?? .infinity) { best = (i, d) }
        }
        return best?.0
    }

    // MARK: - Training

    func toggleRunning() {
        running = !running && !session.points.isEmpty
        jumpedFrom = nil
        showsStep = false
        handActive = false
        owed = 0
    }

    /// Runs the samples the pace asks for since the last frame.
    public func tick(now: Double) -> [AppAction] {
        let previous = lastTick
        lastTick = now
        guard running, let previous else { return [] }
        guard !session.points.isEmpty else {
            running = false
            return []
        }
        var out: [AppAction] = []
        if speed == 0 {
            // Learning gets what the frame leaves: less as soon as frames come
            // later than 1/60 s (the renderer needs the time), a little more
            // each frame while they keep up.
            paceBudget = now - previous > 1.0 / 56 ? max(paceBudget * 0.7, 0.0005)
                : min(paceBudget + 0.0002, PerceptronScene.maxPaceBudget)
            let clock = ContinuousClock()
            let deadline = clock.now.advanced(by: .nanoseconds(Int64(paceBudget * 1e9)))
            repeat {
                out += learnSample()
            } while running && out.count < PerceptronScene.maxPaceEpochs && clock.now < deadline
        } else {
            // At most a quarter second is made up, so a stalled frame does not
            // turn into a burst of epochs.
            owed += min(max(now - previous, 0), 0.25) * Double(speed * session.points.count)
            while owed >= 1 && running {
                owed -= 1
                out += learnSample()
            }
        }
        return out
    }

    /// One point through the learning rule; at the end of an epoch its line.
    func learnSample() -> [AppAction] {
        let epoch = session.epoch
        session.stepSample()
        return session.epoch != epoch ? epochDone() : []
    }

    /// The epoch's report. A perceptron with every point right stops: its
    /// rule would change nothing any more.
    func epochDone() -> [AppAction] {
        if session.learner.kind == .perceptron && session.converged { running = false }
        let w = session.learner.weights ?? session.learner.lines.first ?? Weights2(0, 0, 0)
        return [.plane(.epoch(session.epoch, errors: session.errors, weights: w))]
    }
}
