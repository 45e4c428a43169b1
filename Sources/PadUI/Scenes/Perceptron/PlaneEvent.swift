import NeuroCore

/// What the plane mode reports to the app: the `--verbose` lines scripts
/// wait for. Machine lines: a dot as decimal mark and ASCII minus in every
/// language.
///
///     layout plane X Y W H          the plane in window pixels (start, resize)
///     points N                      after every change of the points
///     epoch N errors E w1 .. w2 .. b ..
///     learner perceptron|neuron|network 2-H-1
///     preset and|or|...|xorByHand
///     step x1 X1 x2 X2 t T y Y      after a single step (S): the sample, its
///                                   target t and the output y (or a) before the step
///     weights w1 A w2 B b C errors E   after a hand change, a preset or new weights
///                                   (the network: `weights h1 w1 …` for hidden
///                                   neuron 1, `weights y v1 … c …` for the output)
///
/// For the network the epoch line carries the first hidden neuron's w1, w2,
/// b: its line is the first of the hidden lines on screen, and the line
/// keeps one format for every learner.
public enum PlaneEvent: Sendable, Equatable {
    case layout(Rect)
    case points(Int)
    case epoch(Int, errors: Int, weights: Weights2)
    case learner(LearnerKind, hidden: Int)
    case preset(PlanePreset)
    case step((x1: Double, x2: Double, target: Double, output: Double))
    /// The weights of the neuron just set: `neuron` is nil for a single
    /// neuron, "h1", "h2", … or "y" in the network.
    case weights(neuron: String?, names: [String], values: [Double], errors: Int)

    public static func == (a: PlaneEvent, b: PlaneEvent) -> Bool { a.logLine == b.logLine }

    public var logLine: String {
        switch self {
        case .layout(let r): "layout plane \(r)"
        case .points(let n): "points \(n)"
        case .epoch(let n, let e, let w):
            "epoch \(n) errors \(e) w1 \(PlaneEvent.plain(w.w1)) w2 \(PlaneEvent.plain(w.w2)) b \(PlaneEvent.plain(w.b))"
        case .learner(let kind, let h): kind == .network ? "learner network 2-\(h)-1" : "learner \(kind.rawValue)"
        case .preset(let p): "preset \(p.rawValue)"
        case .step(let s):
            "step x1 \(PlaneEvent.plain(s.x1)) x2 \(PlaneEvent.plain(s.x2)) t \(PlaneEvent.plain(s.target)) y \(PlaneEvent.plain(s.output))"
        case .weights(let neuron, let names, let values, let e):
            (["weights"] + (neuron.map { [$0] } ?? []) + zip(names, values).map { "\($0) \(PlaneEvent.plain($1))" }
                + ["errors \(e)"]).joined(separator: " ")
        }
    }

    /// 4 decimals, "." and "-" whatever the language.
    static func plain(_ x: Double) -> String { NumberFormat(.en).fixed(Float(x), 4) }
}
