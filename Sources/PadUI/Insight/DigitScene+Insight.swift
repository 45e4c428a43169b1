import NeuroCore

/// The digit screen's legend and help with the insight keys added, and
/// what the app hands back to it (a photo, the own-digit counts).
extension DigitScene {
    public func legend(_ c: SceneContext) -> [KeyHint] {
        var hints = c.strings.legend
        let at = hints.firstIndex { $0.keys == "Tab" } ?? hints.count
        // Taking back the last own digit, once there is one.
        hints.insert(contentsOf: c.insight.legend + (insight.ownCount > 0 ? [c.insight.undoDigit] : []), at: at)
        return hints
    }

    public func help(_ c: SceneContext) -> [KeyHint] {
        var rows = c.strings.help
        let at = rows.firstIndex { $0.keys == "Tab" } ?? rows.count
        rows.insert(contentsOf: c.insight.help + [c.numbers.language.session.defaultsKey], at: at)
        return rows
    }

    /// Puts a converted photo on the pad, so students see what the network
    /// sees and it is classified like a drawing.
    public func showPhoto(_ digit: NormalizedDigit) {
        setInk(InkGrid(ink: digit.pixels))
    }
}

extension DigitScene {
    /// Settings decided outside the scene (a loaded network, saved settings).
    public func adopt(_ cfg: TrainingConfig) { config = cfg }
}
