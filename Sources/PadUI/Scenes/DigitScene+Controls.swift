import NeuroCore

/// The digit screen's buttons: − and + beside learning rate, hidden layer
/// and pace (the wheel over a value does the same), pen, eraser and clear
/// under the grid, the ten digits that label a drawing, and the names and
/// states of its legend buttons.
extension DigitScene {
    /// Learning rate, hidden layer, pace: the keys of `command(for:)`.
    static let steppers: [Stepper] = [.learningRate, .hidden, .pace]

    public func controls(_ c: SceneContext) -> [Control] {
        let m = layout.buttons, rows = layout.controlRows
        var out: [Control] = []
        // Two buttons at the right end of each setting row (pace gives way to
        // the digit row's prompt).
        for (row, stepper) in zip(rows, DigitScene.steppers.prefix(teaching ? 2 : 3)) {
            out += stepper.controls(right: row.maxX, midY: layout.valueMidY(row), metrics: m, measure: c.measure)
        }
        let tools = rows[DigitLayout.controlRowCount - 1]
        if teaching {
            // Ten equal buttons across the row; a digit's key does the same.
            out += (0 ... 9).map { d in
                Control(name: "teach-\(d)", key: "\(d)", rect: DigitScene.cell(d, of: 10, in: tools, gap: m.gap, height: m.height),
                        action: .input(.text("\(d)")))
            }
        } else {
            let s = c.strings
            let items = [
                Control(name: "pen", key: "\u{270E}", label: s.pen, action: .eraser(false), active: !eraser),
                Control(name: "eraser", key: "", label: s.eraser, action: .eraser(true), active: eraser),
                Control(name: "clear", key: "C", label: s.clear, action: .input(.text("c"))),
            ]
            for (i, item) in items.enumerated() {
                var control = item
                control.rect = DigitScene.cell(i, of: items.count, in: tools, gap: m.gap, height: m.height)
                out.append(control)
            }
        }
        out += viewTabs(c)
        out += insight.galleryControls(in: layout.insightArea.inset(layout.contentTheme.px(10)), m, c)
        out += insight.runLogControls(in: layout.insightArea.inset(layout.contentTheme.px(10)), m, c)
        return out
    }

    /// The row of view tabs: training and the seven views; the current one
    /// is filled. One font for all, as large as the row allows but never
    /// below the least readable size; each tab as wide as its name needs,
    /// with what is left of the row shared out equally.
    func viewTabs(_ c: SceneContext) -> [Control] {
        let m = layout.buttons, views = InsightView.allCases, row = layout.tabs
        let names = views.map { c.insight.tabNames[$0] ?? $0.name }
        func widths(_ font: Int) -> [Int] { names.map { m.withFont(font).width(key: "", label: $0, measure: c.measure) } }
        // A narrow window's two rows: four tabs each.
        let rows = layout.narrow ? 2 : 1, perRow = (views.count + rows - 1) / rows
        let rowGaps = (perRow - 1) * m.gap
        func fits(_ widths: [Int]) -> Bool {
            (0 ..< rows).allSatisfy { widths[($0 * perRow) ..< min(($0 + 1) * perRow, views.count)].reduce(0, +) + rowGaps <= row.width }
        }
        let font = TextFit.size(from: m.font, floor: c.theme.shrinkFloor) { fits(widths($0)) }
        var needed = widths(font)
        if !fits(needed) {
            // Even the least font is too wide: equal cells, each name as it fits.
            needed = Array(repeating: max((row.width - rowGaps) / perRow, 1), count: views.count)
        }
        var out: [Control] = []
        for r in 0 ..< rows {
            let range = (r * perRow) ..< min((r + 1) * perRow, views.count)
            let spare = max(row.width - needed[range].reduce(0, +) - rowGaps, 0) / max(range.count, 1)
            var x = row.x
            let y = row.y + r * (m.height + m.gap)
            for i in range {
                let cell = Rect(x: x, y: y, width: needed[i] + spare, height: m.height)
                x = cell.maxX + m.gap
                out.append(Control(name: "view-\(views[i].name)", key: "", label: names[i], rect: cell, action: .view(views[i]),
                                   active: insight.view == views[i], fontSize: font == m.font ? nil : font))
            }
        }
        return out
    }

    /// The i-th of n equal cells of a row, with gaps between them.
    static func cell(_ i: Int, of n: Int, in row: Rect, gap: Int, height: Int) -> Rect {
        let w = (row.width - (n - 1) * gap) / n
        return Rect(x: row.x + i * (w + gap), y: row.midY - height / 2, width: w, height: height)
    }

    public func wheelZones(_ c: SceneContext) -> [WheelZone] {
        zip(layout.controlRows, DigitScene.steppers.prefix(teaching ? 2 : 3)).map { $1.wheel(over: $0) }
    }

    public func legendControl(_ hint: KeyHint) -> Control? {
        if let shared = Control.shared(hint) { return shared }
        switch hint.event {
        case .key(.space): return .key(hint, "pause", active: status.snapshot?.isPaused ?? false)
        case .text("r"): return .key(hint, "reset")
        case .text("c"): return .key(hint, "clear")
        case .text("v"): return .key(hint, "views", active: insight.view != .off)
        case .text("u"): return .key(hint, "undo-digit")
        default:
            // "0-9": the row of digit buttons that label the drawing.
            guard hint.keys.first == "0" else { return nil }
            return Control(name: "teach", key: hint.keys, label: hint.action, action: .teach, active: teaching)
        }
    }

    public func perform(_ action: ControlAction) -> [AppAction] {
        switch action {
        case .eraser(let on): eraser = on
        case .teach: teaching.toggle()
        case .view(let v): insight.show(v)
        case .answer(let yes): return insight.answer(yes)
        default: break
        }
        return []
    }

    public func settings() -> [(name: String, value: String)] {
        var out = [(name: "view", value: insight.view.name)]
        guard config != nil || status.snapshot != nil else { return out }
        let cfg = trainingConfig
        out += [
            ("lr", NumberFormat(.en).compact(cfg.learningRate)),
            ("hidden", cfg.hidden.map(String.init).joined(separator: "-")),
            ("pace", cfg.pace == .max ? "max" : "\(cfg.paceRate)"),
        ]
        if let snap = status.snapshot { out.append(("training", snap.isPaused || snap.diverged ? "off" : "on")) }
        return out
    }
}
