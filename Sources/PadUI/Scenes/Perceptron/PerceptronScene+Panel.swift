import NeuroCore

/// The panel right of the plane, top to bottom: the learner, the classes,
/// epoch and errors, the numbers (w₁, w₂, b, Θ and the line's equation),
/// the last step's rule, the cost plot beside the truth table, and the
/// buttons: the settings above the presets. After a single step of the
/// network, the diagram of that step stands in place of numbers, rule and
/// plot.
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
        let settingsTop = drawSettings(c, into: &list)
        if showsStep && !running, let step = session.lastStep?.network {
            // After a single step the diagram of it takes the place of the
            // numbers, the rule and the plot, until the next action; of the
            // classes and the status too when that gives it more neurons or a
            // larger font.
            var scratch = DrawList()
            let below = drawStatus(at: drawClasses(at: y, c, into: &scratch) + gap / 2, c, into: &scratch) + gap
            let shown = diagram(step, top: y, below: below, bottom: settingsTop - gap, c)
            if shown.area.y == below {
                y = drawClasses(at: y, c, into: &list) + gap / 2
                _ = drawStatus(at: y, c, into: &list)
            }
            shown.diagram.draw(into: &list, t)
            shownDiagram = shown
        } else {
            shownDiagram = nil
            y = drawClasses(at: y, c, into: &list) + gap / 2
            y = drawStatus(at: y, c, into: &list) + gap
            y = drawNumbers(at: y, c, into: &list) + gap
            y = drawRule(at: y, c, into: &list) + gap
            drawPlotAndTable(Rect(x: r.x, y: y, width: r.width, height: max(settingsTop - gap - y, 0)), c, into: &list)
        }
        list.clip(nil)
    }

    /// The step's diagram below the classes and the status (from `below`),
    /// or from `top` in their place when that room gives it more hidden
    /// neurons or a larger font;
    /// laid out once per step, window size and language.
    private func diagram(_ step: BackpropStep, top: Int, below: Int, bottom: Int,
                         _ c: SceneContext) -> (diagram: BackpropDiagram, area: Rect) {
        let r = layout.panel
        let key = DiagramKey(step: step, top: top, below: below, bottom: bottom, width: r.width, language: c.numbers.language)
        if let cached = diagramCache, cached.key == key { return (cached.diagram, cached.area) }
        func make(_ y: Int) -> (diagram: BackpropDiagram, area: Rect) {
            let area = Rect(x: r.x, y: y, width: r.width, height: max(bottom - y, 0))
            return (BackpropDiagram(step, area: area, theme: layout.theme, text: RuleText(numbers: c.numbers), strings: c.plane,
                                    measure: c.measure), area)
        }
        let kept = make(below), full = make(top)
        let k = kept.diagram, f = full.diagram
        let chosen = k.fits && (k.shown, k.size) >= (f.shown, f.size) ? kept : full
        diagramCache = (key, chosen.diagram, chosen.area)
        return chosen
    }

    /// "● dangerous (+1)   □ harmless (−1)   ◯ wrong side", with the markers as drawn.
    private func drawClasses(at y: Int, _ c: SceneContext, into list: inout DrawList) -> Int {
        let t = layout.theme, r = layout.panel
        let rr = Float(max(t.px(8), 5))
        let names = classNames(c)
        let items = [(1, names.plus), (-1, names.minus), (0, c.plane.wrong)]
        // Marker, gap, name, gap: shrunk as one row until it fits, down to
        // the least readable size; then flowed over two rows.
        func width(_ item: (Int, String), _ size: Int) -> Int {
            Int(2 * rr) + t.px(10) + c.measure.width(item.1, style: t.style(size))
        }
        func width(_ size: Int) -> Int { items.reduce(0) { $0 + width($1, size) + t.px(24) } - t.px(24) }
        let size = TextFit.size(from: t.small, floor: min(t.shrinkFloor, t.small)) { width($0) <= r.width }
        let style = t.style(size, Theme.text), lh = DigitLayout.lineHeight(size)
        let rowHeight = max(lh, Int(2 * rr) + 2)
        var x = r.x, top = y
        for (label, name) in items {
            if x > r.x && x + width((label, name), size) > r.maxX {
                x = r.x
                top += rowHeight
            }
            let at = Point(x: Float(x) + rr + 2, y: Float(top + lh / 2))
            if label == 0 {
                PlaneMarkers.ring(at: at, r: rr, PlaneMarkers.wrongRing, width: Float(max(t.px(3), 2)), into: &list)
            } else {
                PlaneMarkers.draw(label, at: at, r: rr, into: &list)
            }
            x += Int(2 * rr) + t.px(10)
            list.text(name, x: x, y: top + lh / 2, style, .left, .middle)
            x += c.measure.width(name, style: style) + t.px(24)
        }
        return top + rowHeight
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
        // Two words' room from the state, so both do not read as one line.
        let room = r.width - c.measure.width(state, style: stateStyle) - t.px(36)
        let size = fitting([text], t.body, bold: true, c, width: room)
        list.text(text, x: r.x, y: y + DigitLayout.lineHeight(t.body) / 2,
                  t.style(size, session.converged ? Theme.accuracy : Theme.text, bold: true), .left, .middle)
        list.text(state, x: r.maxX, y: y, stateStyle, .right)
        return y + DigitLayout.lineHeight(t.body)
    }

    /// w₁, w₂, b, Θ and the line; for the network each hidden line and the
    /// output. Each number the hand can change is recorded for clicks and
    /// the wheel, and the chosen one is highlighted while the hand is at work.
    private func drawNumbers(at y: Int, _ c: SceneContext, into list: inout DrawList) -> Int {
        let t = layout.theme, r = layout.panel, s = c.plane
        let rule = RuleText(numbers: c.numbers)
        let learner = session.learner
        numberHits = []
        if let w = learner.weights {
            // The perceptron in the slides' Θ (fires when w₁x₁ + w₂x₂ ≥ Θ), b beside it; the neuron in b.
            let perceptron = learner.kind == .perceptron
            let terms = [(w.w1, "x\u{2081}"), (w.w2, "x\u{2082}")]
            let line = "\(s.line): " + (perceptron ? equation(terms, nil, rule) + " = " + rule.weight(-w.b)
                                                   : equation(terms, w.b, rule) + " = 0")
            let bias = "b = \u{2212}\u{0398} = \(rule.weight(w.b))"
            // The numbers as large as 18 px at 720 lines (the body size at most): b = −Θ
            // beside them while that fits, else on a row of its own, the gaps narrower.
            let want = min(t.body, max(Int((18 * Float(layout.height) / 720).rounded()), 12))
            // In a tiny window b = −Θ gives way before the text would leave the panel.
            var best: (values: [Piece], own: Bool, size: Int, fits: Bool)?
            search: for spaces in [4, 3, 2] {
                let gap: Piece = (String(repeating: " ", count: spaces), nil)
                let values: [Piece] = [("w\u{2081} = \(rule.weight(w.w1))", 0), gap, ("w\u{2082} = \(rule.weight(w.w2))", 1), gap]
                    + (perceptron ? [("\u{0398} = \(rule.weight(-w.b))", 2)] : [("b = \(rule.weight(w.b))", 2)])
                let options = perceptron ? [(values + [(gap.text + bias, nil)], false), (values, true)] : [(values, false)]
                for (row, own) in options + [(values, false)] {
                    let lines = [joined(row), line] + (own ? [bias] : [])
                    let size = fitting(lines, t.body, bold: true, c)
                    let fits = lines.allSatisfy { c.measure.width($0, style: t.style(size, Theme.text, bold: true)) <= r.width }
                    if let b = best, !fits || (b.fits && size <= b.size) { continue }
                    best = (row, own, size, fits)
                    if fits && size >= want { break search }
                }
            }
            guard let (values, own, size, _) = best else { return y }
            let lh = DigitLayout.lineHeight(size)
            drawPieces(values, x: r.x, y: y, t.style(size, Theme.text, bold: true), c, into: &list)
            list.text(line, x: r.x, y: y + lh, t.style(size, Theme.text))
            if own { list.text(bias, x: r.x, y: y + 2 * lh, t.style(size, Theme.text)) }
            return y + (own ? 3 : 2) * lh
        }
        // (After a single step the step's diagram shows every weight, before → after, instead.)
        guard let net = learner.model as? PlaneNetwork else { return y }
        let hidden = net.hidden, h = hidden.count
        var rows: [[Piece]] = hidden.prefix(4).enumerated().map { i, w in
            [("h" + subscriptDigits(i + 1) + ": ", nil)]
                + equationPieces([(w.w1, "x\u{2081}", 3 * i), (w.w2, "x\u{2082}", 3 * i + 1)], (w.b, 3 * i + 2), rule)
                + [(" = 0", nil)]
        }
        if h > 4 { rows.append([("\u{2026}", nil)]) }
        let out = net.outputWeights.prefix(4).enumerated().map { ($1, "h" + subscriptDigits($0 + 1), Optional(3 * h + $0)) }
        rows.append([("y = tanh(", nil)] + equationPieces(out, (net.outputBias, 4 * h), rule)
                    + [((h > 4 ? " + \u{2026}" : "") + ")", nil)])
        // Not smaller than the least readable size: a row too wide is broken
        // before one of its + and −, the rest indented.
        let size = fitting(rows.map(joined), t.small, bold: false, c, floor: max(min(t.shrinkFloor, t.small), 12))
        let lh = DigitLayout.lineHeight(size)
        var line = 0
        for (i, row) in rows.enumerated() {
            // Hidden rows in the colour of their dashed lines on the plane.
            let style = t.style(size, i < rows.count - 1 ? PlaneView.hiddenText : Theme.text)
            for part in broken(row, width: r.width, style, c) {
                drawPieces(part, x: r.x, y: y + line * lh, style, c, into: &list)
                line += 1
            }
        }
        return y + line * lh
    }

    /// A piece of a row of numbers: its text and, for a number the hand can
    /// change, its index in the learner's parameters.
    typealias Piece = (text: String, index: Int?)

    /// A row of pieces too wide for `width` in rows that fit, broken before
    /// its operators (" + ", " − "), each further row indented.
    func broken(_ row: [Piece], width: Int, _ style: TextStyle, _ c: SceneContext) -> [[Piece]] {
        var chunks: [[Piece]] = []
        for piece in row {
            let operation = piece.index == nil && [" + ", " \u{2212} "].contains(piece.text)
            if operation || chunks.isEmpty { chunks.append([piece]) } else { chunks[chunks.count - 1].append(piece) }
        }
        var rows: [[Piece]] = []
        for chunk in chunks {
            if let last = rows.last, c.measure.width(joined(last + chunk), style: style) <= width {
                rows[rows.count - 1] += chunk
            } else {
                rows.append(rows.isEmpty ? chunk : [("    ", nil)] + chunk)
            }
        }
        return rows
    }

    func joined(_ pieces: [Piece]) -> String { pieces.map(\.text).joined() }

    /// The row as one text; behind the chosen number a highlight, and every
    /// number's box kept in `numberHits`.
    private func drawPieces(_ pieces: [Piece], x: Int, y: Int, _ style: TextStyle, _ c: SceneContext,
                            into list: inout DrawList) {
        let lh = DigitLayout.lineHeight(style.size), pad = layout.theme.px(3)
        var left = x, text = ""
        for piece in pieces {
            text += piece.text
            let right = x + c.measure.width(text, style: style)
            if let index = piece.index {
                let box = Rect(x: left - pad, y: y - pad / 2, width: right - left + 2 * pad, height: lh)
                numberHits.append((box, index))
                if handActive && index == chosen {
                    list.fill(box, Theme.accent.withAlpha(60))
                    list.frame(box, Theme.accent, thickness: max(layout.theme.px(2), 1))
                }
            }
            left = right
        }
        list.text(text, x: x, y: y, style)
    }

    /// "0.48·x₁ − 0.31·x₂ + 0.12": the terms with their signs as operators
    /// (without a constant when it is nil).
    func equation(_ terms: [(Double, String)], _ constant: Double?, _ rule: RuleText) -> String {
        joined(equationPieces(terms.map { ($0.0, $0.1, nil) }, constant.map { ($0, nil) }, rule))
    }

    /// The equation as pieces: each term's number with its name, the
    /// operators between them, each piece with its parameter index.
    func equationPieces(_ terms: [(Double, String, Int?)], _ constant: (Double, Int?)?, _ rule: RuleText) -> [Piece] {
        // A number that rounds to 0 has no sign: "0,00·x₁", not "−0,00·x₁".
        func negative(_ v: Double) -> Bool { v < 0 && rule.weight(abs(v)).contains { "123456789".contains($0) } }
        var out: [Piece] = []
        for (k, (w, name, index)) in terms.enumerated() {
            let mag = rule.weight(abs(w)) + "\u{00B7}" + name
            if k == 0 {
                out.append(((negative(w) ? "\u{2212}" : "") + mag, index))
            } else {
                out.append((negative(w) ? " \u{2212} " : " + ", nil))
                out.append((mag, index))
            }
        }
        guard let (value, index) = constant else { return out }
        return out + [(negative(value) ? " \u{2212} " : " + ", nil), (rule.weight(abs(value)), index)]
    }

    /// The lines at the largest size up to `size` at which they fit `width`
    /// (the panel's), but not below the least readable size: a line still
    /// too wide there is broken in two or more (`broken`).
    func readable(_ lines: [String], _ size: Int, bold: Bool, _ c: SceneContext, width: Int? = nil) -> (lines: [String], size: Int) {
        let room = width ?? layout.panel.width
        let size = fitting(lines, size, bold: bold, c, width: room, floor: max(min(layout.theme.shrinkFloor, size), 12))
        let style = TextStyle(size: size, color: Theme.text, weight: bold ? .bold : .regular)
        return (lines.flatMap { broken($0, width: room, style, c) }, size)
    }

    /// A formula too wide for `width` in rows that fit: broken after its
    /// commas outside parentheses where that is enough, else also before
    /// its " = ", " + " and " − "; each further row indented, a part still
    /// too wide word by word.
    func broken(_ line: String, width: Int, _ style: TextStyle, _ c: SceneContext) -> [String] {
        guard c.measure.width(line, style: style) > width else { return [line] }
        func fits(_ s: String) -> Bool { c.measure.width(s, style: style) <= width }
        func rows(operators: Bool) -> (rows: [String], wrapped: Bool) {
            var parts: [String] = [], current = "", depth = 0
            let chars = Array(line)
            for (i, ch) in chars.enumerated() {
                if "([".contains(ch) { depth += 1 }
                if ")]".contains(ch) { depth = max(depth - 1, 0) }
                let next = i + 1 < chars.count ? chars[i + 1] : " "
                let after = i + 2 < chars.count ? chars[i + 2] : "x"
                if operators && depth == 0 && ch == " " && "=+\u{2212}".contains(next) && after == " " && !current.isEmpty {
                    parts.append(current)
                    current = ""
                }
                current.append(ch)
                if depth == 0 && ch == "," && next == " " {
                    parts.append(current)
                    current = ""
                }
            }
            if !current.isEmpty { parts.append(current) }
            var rows: [String] = [], wrapped = false
            for part in parts {
                if let last = rows.last, fits(last + part) {
                    rows[rows.count - 1] = last + part
                } else {
                    let row = rows.isEmpty ? part : "    " + part.drop { $0 == " " }
                    wrapped = wrapped || !fits(row)
                    rows += fits(row) ? [row] : TextWrap.lines(row, width: width, style: style, measure: c.measure)
                }
            }
            return (rows, wrapped)
        }
        let commas = rows(operators: false)
        return commas.wrapped ? rows(operators: true).rows : commas.rows
    }

    /// The largest font size up to `size` (at least `floor`, 12 unless
    /// said) at which every line fits the panel's width.
    func fitting(_ lines: [String], _ size: Int, bold: Bool, _ c: SceneContext, width: Int? = nil, floor: Int = 12) -> Int {
        let room = width ?? layout.panel.width
        return TextFit.size(from: size, floor: floor) { size in
            lines.allSatisfy {
                c.measure.width($0, style: TextStyle(size: size, color: Theme.text, weight: bold ? .bold : .regular)) <= room
            }
        }
    }
}
