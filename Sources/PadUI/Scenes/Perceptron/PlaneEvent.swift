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

    public var logLine: String {
        switch self {
        case .layout(let r): "layout plane \(r)"
        case .points(let n): "points \(n)"
        case .epoch(let n, let e, let w):
            "epoch \(n) errors \(e) w1 \(PlaneEvent.plain(w.w1)) w2 \(PlaneEvent.plain(w.w2)) b \(PlaneEvent.plain(w.b))"
        case .learner(let kind, let h): kind == .network ? "learner network 2-\(h)-1" : "learner \(kind.rawValue)"
        case .preset(let p): "preset \(p.rawValue)"
        }
    }

    /// 4 decimals, "." and "-" whatever the language.
    static func plain(_ x: Double) -> String { NumberFormat(.en).fixed(Float(x), 4) }
}
