import NeuroCore

/// The panel right of the plane, top to bottom: the learner, the classes,
/// epoch and errors, the numbers (w₁, w₂, b, Θ and the line's equation),
/// the last step's rule, the settings, the cost plot beside the truth
/// table, and the presets.
extension PerceptronScene {
    func drawPanel(into list: inout DrawList, _ c: SceneContext) {
        let t = layout.theme, r = layout.panel, s = c.plane
        let gap = t.px(8)
        var y = r.y
        list.clip(r)
        let learner = session.learner
        let name = s.learnerName(learner.kind, hidden: session.hidden)
        let key = t.style(t.heading, Theme.accent, bold: true)
        let room = r.width - c.measure.width("K", style: key) - t.px(16)
        list.text(name, x: r.x, y: y, t.style(fitting([name], t.heading, bold: true, c, width: room), Theme.accent, bold: true))
        list.text("K", x: r.maxX, y: y, key, .right)
        y += DigitLayout.lineHeight(t.heading) + gap / 2
        y = drawClasses(at: y, c, into: &list) + gap / 2
        y = drawStatus(at: y, c, into: &list) + gap
        y = drawNumbers(at: y, c, into: &list) + gap
        y = drawRule(at: y, c, into: &list) + gap
        y = drawSettings(at: y, c, into: &list) + gap
        let presetsTop = drawPresets(c, into: &list)
        drawPlotAndTable(Rect(x: r.x, y: y, width: r.width, height: max(presetsTop - gap - y, 0)), c, into: &list)
        list.clip(nil)
    }

    /// "● dangerous (+1)   □ harmless (−1)   ◯ wrong side", with the markers as drawn.
    private func drawClasses(at y: Int, _ c: SceneContext, into list: inout DrawList) -> Int {
        let t = layout.theme, r = layout.panel
        let rr = Float(max(t.px(8), 5))
        let names = classNames(c)
        let items = [(1, names.plus), (-1, names.minus), (0, c.plane.wrong)]
        // Marker, gap, name, gap: shrunk as one row until it fits.
        func width(_ size: Int) -> Int {
            items.reduce(0) { $0 + Int(2 * rr) + t.px(10) + c.measure.width($1.1, style: t.style(size)) + t.px(24) } - t.px(24)
        }
        var size = t.small
        while size > 12 && width(size) > r.width { size -= 1 }
        let style = t.style(size, Theme.text), lh = DigitLayout.lineHeight(size)
        var x = r.x
        let mid = Float(y + lh / 2)
        for (label, name) in items {
            let at = Point(x: Float(x) + rr + 2, y: mid)
            if label == 0 {
                PlaneMarkers.ring(at: at, r: rr, PlaneMarkers.wrongRing, width: Float(max(t.px(3), 2)), into: &list)
            } else {
                PlaneMarkers.draw(label, at: at, r: rr, into: &list)
            }
            x += Int(2 * rr) + t.px(10)
            list.text(name, x: x, y: y + lh / 2, style, .left, .middle)
            x += c.measure.width(name, style: style) + t.px(24)
        }
        return y + max(lh, Int(2 * rr) + 2)
    }

    /// "Epoch 12 · 2 of 14 wrong" and, on the right, running or paused.
    private func drawStatus(at y: Int, _ c: SceneContext, into list: inout DrawList) -> Int {
        let t = layout.theme, r = layout.panel, s = c.plane
        var text = "\(s.epoch) \(c.numbers.count(session.epoch))"
        if !session.points.isEmpty {
            text += "   \u{00B7}   "
                + (session.converged ? "\u{2713} " + s.converged : s.errorCount(session.errors, of: session.points.count))
        }
        let state = running ? "\u{25B6} " + s.running : s.paused
        let stateStyle = t.style(t.body, running ? Theme.accuracy : Theme.muted, bold: running)
        let room = r.width - c.measure.width(state, style: stateStyle) - t.px(16)
        let size = fitting([text], t.body, bold: true, c, width: room)
        list.text(text, x: r.x, y: y + DigitLayout.lineHeight(t.body) / 2,
                  t.style(size, session.converged ? Theme.accuracy : Theme.text, bold: true), .left, .middle)
        list.text(state, x: r.maxX, y: y, stateStyle, .right)
        return y + DigitLayout.lineHeight(t.body)
    }

    /// w₁, w₂, b, Θ and the line; for the network each hidden line and the output.
    private func drawNumbers(at y: Int, _ c: SceneContext, into list: inout DrawList) -> Int {
        let t = layout.theme, r = layout.panel, s = c.plane
        let rule = RuleText(numbers: c.numbers)
        let learner = session.learner
        if let w = learner.weights {
            // The perceptron in the slides' Θ (fires when w₁x₁ + w₂x₂ ≥ Θ), b beside it; the neuron in b.
            let perceptron = learner.kind == .perceptron
            let ws = "w\u{2081} = \(rule.weight(w.w1))    w\u{2082} = \(rule.weight(w.w2))    "
            var values = ws + (perceptron ? "\u{0398} = \(rule.weight(-w.b))    b = \u{2212}\u{0398} = \(rule.weight(w.b))"
                                          : "b = \(rule.weight(w.b))")
            let terms = [(w.w1, "x\u{2081}"), (w.w2, "x\u{2082}")]
            let line = "\(s.line): " + (perceptron ? equation(terms, nil, rule) + " = " + rule.weight(-w.b)
                                                   : equation(terms, w.b, rule) + " = 0")
            var size = fitting([values, line], t.body, bold: true, c)
            // In a small window b = −Θ gives way before the text would leave the panel.
            if perceptron && c.measure.width(values, style: t.style(size, Theme.text, bold: true)) > r.width {
                values = ws + "\u{0398} = \(rule.weight(-w.b))"
                size = fitting([values, line], t.body, bold: true, c)
            }
            list.text(values, x: r.x, y: y, t.style(size, Theme.text, bold: true))
            list.text(line, x: r.x, y: y + DigitLayout.lineHeight(size), t.style(size, Theme.text))
            return y + 2 * DigitLayout.lineHeight(size)
        }
        guard let net = learner.model as? PlaneNetwork else { return y }
        let hidden = learner.lines
        var rows = hidden.prefix(4).enumerated().map { i, w in
            "h" + subscriptDigits(i + 1) + ": " + equation([(w.w1, "x\u{2081}"), (w.w2, "x\u{2082}")], w.b, rule) + " = 0"
        }
        if hidden.count > 4 { rows.append("\u{2026}") }
        let out = net.outputWeights.prefix(4).enumerated().map { ($1, "h" + subscriptDigits($0 + 1)) }
        rows.append("y = tanh(" + equation(out, net.outputBias, rule)
                    + (hidden.count > 4 ? " + \u{2026}" : "") + ")")
        let size = fitting(rows, t.small, bold: false, c)
        let lh = DigitLayout.lineHeight(size)
        // Hidden rows in the colour of their dashed lines on the plane.
        for (i, row) in rows.enumerated() {
            list.text(row, x: r.x, y: y + i * lh, t.style(size, i < rows.count - 1 ? PlaneView.hiddenText : Theme.text))
        }
        return y + rows.count * lh
    }

    /// "0.48·x₁ − 0.31·x₂ + 0.12": the terms with their signs as operators
    /// (without a constant when it is nil).
    func equation(_ terms: [(Double, String)], _ constant: Double?, _ rule: RuleText) -> String {
        var out = ""
        for (k, (w, name)) in terms.enumerated() {
            let mag = rule.weight(abs(w))
            out += k == 0 ? (w < 0 ? "\u{2212}" : "") + mag : (w < 0 ? " \u{2212} " : " + ") + mag
            out += "\u{00B7}" + name
        }
        guard let constant else { return out }
        return out + (constant < 0 ? " \u{2212} " : " + ") + rule.weight(abs(constant))
    }

    /// The largest font size up to `size` (at least 12) at which every
    /// line fits the panel's width.
    func fitting(_ lines: [String], _ size: Int, bold: Bool, _ c: SceneContext, width: Int? = nil) -> Int {
        let room = width ?? layout.panel.width
        var size = size
        while size > 12 && lines.contains(where: {
            c.measure.width($0, style: TextStyle(size: size, color: Theme.text, weight: bold ? .bold : .regular)) > room
        }) { size -= 1 }
        return size
    }
}
