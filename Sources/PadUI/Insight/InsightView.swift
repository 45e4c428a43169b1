/// The right-hand panel of the digit screen: the usual training panel
/// (`off`) or one of the seven insight views. V steps through them.
public enum InsightView: Int, Sendable, CaseIterable, Hashable {
    case off, weights, diagram, gallery, confusion, accuracy, misread, imagine

    public var next: InsightView { InsightView(rawValue: (rawValue + 1) % InsightView.allCases.count) ?? .off }
    public var previous: InsightView {
        let n = InsightView.allCases.count
        return InsightView(rawValue: (rawValue + n - 1) % n) ?? .off
    }

    /// The view's name in `--verbose` lines and button names (`view-weights`).
    public var name: String { self == .off ? "training" : "\(self)" }

    /// F2 ... F8 choose the seven views directly.
    public init?(functionKey n: Int) {
        guard (2 ... 8).contains(n), let v = InsightView(rawValue: n - 1) else { return nil }
        self = v
    }
}
