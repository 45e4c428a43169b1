import NeuroCore

/// The plane screen's buttons: the legend's keys, the presets in the
/// lesson's order (each sends its number key), − and + beside learning
/// rate, speed and H (each sends its key), and the class toggle that
/// decides which class a tap adds, for a board without a right button.
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

    public func controls(_ c: SceneContext) -> [Control] {
        presetControls(c) + settingControls(c) + [classToggle(c)]
    }

    /// "preset-and" … "preset-xor-by-hand": the preset's name in kebab case.
    static func controlName(_ p: PlanePreset) -> String {
        "preset-" + p.rawValue.reduce(into: "") { out, ch in
            out += ch.isUppercase ? "-" + ch.lowercased() : String(ch)
        }
    }

    /// The presets flowed over rows at the bottom of their room (under the
    /// plane in a 4:3 window, else the panel's), the loaded one filled:
    /// two rows where the font need not shrink by more than 4 pixels for
    /// them (never below the least readable size), else three, four, as
    /// many as the room holds; never one left out.
    func presetControls(_ c: SceneContext) -> [Control] {
        let items = PerceptronScene.presetKeys.map { key, preset in
            Control(name: PerceptronScene.controlName(preset), key: String(key), label: c.plane.name(preset),
                    action: .input(.text(String(key))), active: session.preset == preset)
        }
        let full = DigitLayout(width: layout.width, height: layout.height).buttons
        let least = min(max(full.font - 4, layout.theme.shrinkFloor), full.font)
        func flow(in room: Rect, rows most: Int) -> [Control]? {
            for rows in 2 ... max(most, 2) {
                for font in stride(from: full.font, through: least, by: -1) {
                    let m = full.withFont(font)
                    if let laid = ButtonFlow.flow(items, in: room, metrics: m, maxRows: rows, measure: c.measure) {
                        return laid.map { var control = $0; control.fontSize = font == full.font ? nil : font; return control }
                    }
                }
            }
            return nil
        }
        let room = layout.presets
        if room != layout.panel, let laid = flow(in: room, rows: (room.height + full.gap) / (full.height + full.gap)) {
            return laid
        }
        return flow(in: layout.panel, rows: items.count) ?? []
    }

    /// The class a tap (left click) adds as the learner counts it: 1 / 0
    /// for the perceptron, +1 / −1 for the others.
    func targetText(_ label: Int) -> String {
        session.learner.kind == .perceptron ? (label > 0 ? "1" : "0") : (label > 0 ? "+1" : "\u{2212}1")
    }

    /// At the plane's top right corner: "tap adds ● +1"; a tap switches it.
    func classToggle(_ c: SceneContext) -> Control {
        let m = DigitLayout(width: layout.width, height: layout.height).buttons
        let marker = tapClass > 0 ? "\u{25CF}" : "\u{25A1}"
        var control = Control(name: "class", key: marker, label: "\(c.strings.tapAdds) \(targetText(tapClass))",
                               action: .planeClass)
        // In the class's own colour, as its points in the plane.
        control.keyColor = tapClass > 0 ? PlaneMarkers.plus : PlaneMarkers.minus
        let w = m.width(key: control.key, label: control.label, measure: c.measure)
        let r = layout.plane
        control.rect = Rect(x: r.maxX - w - m.gap, y: r.y + m.gap, width: w, height: m.height)
        return control
    }

    public func settings() -> [(name: String, value: String)] {
        let kind = session.learner.kind
        return [
            ("learner", kind == .network ? "network 2-\(session.hidden)-1" : kind.rawValue),
            ("preset", session.preset?.rawValue ?? "none"),
            ("class", targetText(tapClass).replacing("\u{2212}", with: "-")),
            ("plane-lr", NumberFormat(.en).compact(Float(session.learner.learningRate))),
            ("plane-hidden", "\(session.hidden)"),
            ("plane-speed", speed == 0 ? "max" : "\(speed)"),
            ("plane-training", running ? "on" : "off"),
        ]
    }
}
