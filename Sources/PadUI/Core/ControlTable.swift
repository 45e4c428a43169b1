import NeuroCore

/// The action table: which input event a legend key stands for, and the
/// names of the buttons every screen shares. A legend button sends the
/// event its key sends, so the key and the click do the same by
/// construction, and a test reads the legend to check it.
extension KeyHint {
    /// The event of this hint's key when it names a single key ("Space",
    /// "Leertaste", "Tab", "Esc", "F11", "R"); nil for ranges ("0-9") and
    /// pairs ("+ -").
    public var event: InputEvent? { KeyHint.event(forKey: keys) }

    public static func event(forKey k: String) -> InputEvent? {
        switch k {
        case "Space", "Leertaste": return .key(.space)
        case "Tab": return .key(.tab)
        case "Esc": return .key(.escape)
        case "Backspace", "Rücktaste": return .key(.backspace)
        case "F1": return .key(.f1)
        case "F11": return .key(.f11)
        case "F12": return .key(.f12)
        default:
            guard k.count == 1, let ch = k.first, !ch.isWhitespace else { return nil }
            // Letters are typed in lower case without Shift.
            return .text(ch.isLetter ? ch.lowercased() : String(ch))
        }
    }
}

extension Control {
    /// The buttons of the keys that work on every screen (PadApp's own).
    static func shared(_ hint: KeyHint) -> Control? {
        guard let e = hint.event else { return nil }
        let name: String
        switch e {
        case .key(.tab): name = "mode"
        case .key(.escape): name = "quit"
        case .key(.f11): name = "fullscreen"
        case .key(.f1), .text("h"): name = "help"
        case .text("l"): name = "language"
        default: return nil
        }
        return Control(name: name, key: hint.keys, label: hint.action, action: .input(e))
    }

    /// A legend button that sends its key's event, under `name`.
    static func key(_ hint: KeyHint, _ name: String, active: Bool = false) -> Control? {
        hint.event.map { Control(name: name, key: hint.keys, label: hint.action, action: .input($0), active: active) }
    }
}
