import NeuroCore

/// The plane screen's legend buttons: each sends its key's event.
extension PerceptronScene {
    public func legendControl(_ hint: KeyHint) -> Control? {
        if let shared = Control.shared(hint) { return shared }
        switch hint.event {
        case .key(.space): return .key(hint, "run", active: running)
        case .text("n"): return .key(hint, "epoch")
        case .text("s"): return .key(hint, "step")
        case .text("k"): return .key(hint, "learner")
        case .text("r"): return .key(hint, "new-weights")
        case .text("c"): return .key(hint, "clear")
        default: return nil
        }
    }
}
