import NeuroCore

/// The plane side of the screen as draw commands: shading, axes, lines,
/// points and the hints that belong on the plane itself.
extension PerceptronScene {
    public func headerInfo(_ c: SceneContext) -> String {
        let s = c.plane
        let count = "\(c.numbers.count(session.points.count)) \(s.points)"
        guard let p = session.preset else { return count }
        return "\(s.examples): \(s.name(p))  \u{00B7}  \(count)"
    }

    public func draw(into list: inout DrawList, _ c: SceneContext) {
        let t = layout.theme, s = c.plane
        shading.update(session.learner, session.bounds)
        let view = PlaneView(mapping: mapping, theme: t, numbers: c.numbers)
        view.drawBackground(shading.image, boundary: shading.boundary, into: &list)
        let animals = session.preset == .animals
        view.drawAxisNames(x1: animals ? s.toothSize : "x\u{2081}", x2: animals ? s.eyeSize : "x\u{2082}", into: &list)

        let learner = session.learner
        // A note on the plane: how to start, or why learning gets nowhere.
        var note: (lines: [String], style: TextStyle, box: Rect)?
        if session.points.isEmpty {
            let names = classNames(c)
            // Smaller on a small plane (4:3), down to the small size; then
            // wrapped, a class's target kept with its name.
            let kept = [names.plus, names.minus].map { $0.replacing(" (", with: "\u{00A0}(") }
            var lines = ["\(s.clickLeft): \(kept[0])", "\(s.clickRight): \(kept[1])", s.orExamples]
            let room = layout.plane.width - 4 * t.px(10)
            let style = t.style(TextFit.size(from: t.body, floor: t.small) { size in
                lines.allSatisfy { c.measure.width($0, style: t.style(size, Theme.text, bold: true)) <= room }
            }, Theme.text, bold: true)
            lines = lines.flatMap { TextWrap.lines($0, width: room, style: style, measure: c.measure) }
            note = (lines, style, fitted(lines, style, box: noteBox(lines.count, style.size, centred: true), c))
        } else if session.stalled || session.looksInseparable {
            let style = t.style(t.small, Theme.warning, bold: true)
            let text = !session.stalled ? s.inseparable : learner.kind == .neuron ? s.stalledNeuron : s.stalled
            let lines = TextWrap.lines(text, width: layout.plane.width - 4 * t.px(10), style: style, measure: c.measure)
            note = (lines, style, fitted(lines, style, box: noteBox(lines.count, t.small, centred: false), c))
        }
        // Captions of lines keep clear of the class toggle in the plane's
        // corner, of the note, and of every line drawn.
        let drawn = learner.kind == .network ? (learner.lines.count <= 4 ? learner.lines : [])
            : [session.start != learner ? session.start.weights : nil, jumpedFrom, learner.weights].compactMap { $0 }
        let toggle = PlaneView.CaptionRoom(rects: [classToggle(c).rect.inset(-t.px(4))] + (note.map { [$0.box] } ?? []),
                                           lines: drawn, measure: c.measure)
        if learner.kind == .network {
            // Up to four hidden lines dashed and named; more would only be a tangle.
            let lines = learner.lines
            for (i, w) in lines.enumerated() {
                if lines.count <= 4 {
                    view.drawLine(w, .hidden(i), caption: ("h" + subscriptDigits(i + 1), toggle), into: &list)
                } else {
                    view.drawLine(w, .faintHidden, into: &list)
                }
            }
        } else {
            if let g = session.start.weights, session.start != learner {
                view.drawLine(g, .ghost, caption: (s.start, toggle), into: &list)
            }
            if let j = jumpedFrom { view.drawLine(j, .before, caption: (s.before, toggle), into: &list) }
            if let w = learner.weights { view.drawLine(w, .main, into: &list) }
        }
        let marks = session.points.map {
            PlaneView.Mark(x1: $0.x1, x2: $0.x2, label: $0.label, wrong: learner.decision($0.x1, $0.x2) != $0.label)
        }
        // The sample just used, while the class can still follow single samples.
        let follow = !running || (speed > 0 && speed <= 5)
        view.drawPoints(marks, highlight: follow ? session.lastPoint : nil, into: &list)

        if let note { drawNote(note.lines, note.style, box: note.box, into: &list) }
        drawPanel(into: &list, c)
    }

    /// Class names with the targets of the learner on screen: "1 (true)" /
    /// "0 (false)" for a logic gate and the perceptron, "dangerous (+1)" /
    /// "harmless (−1)" for the animals and a tanh learner, and so on.
    func classNames(_ c: SceneContext) -> (plus: String, minus: String) {
        let t = session.learner.targets, rule = RuleText(numbers: c.numbers)
        return c.plane.classNames(session.classes, targets: (rule.target(t.positive, of: t), rule.target(t.negative, of: t)))
    }

    /// Where a note of `count` lines goes: the plane's centre, or along its
    /// top or bottom edge, whichever hides fewer points.
    func noteBox(_ count: Int, _ size: Int, centred: Bool) -> Rect {
        let t = layout.theme, r = layout.plane, pad = t.px(10)
        let height = count * DigitLayout.lineHeight(size) + 2 * pad
        let width = r.width - 2 * pad
        if centred { return Rect(x: r.x + pad, y: r.midY - height / 2, width: width, height: height) }
        // Along the top edge below the class toggle.
        let b = DigitLayout(width: layout.width, height: layout.height).buttons
        let top = Rect(x: r.x + pad, y: r.y + b.gap + b.height + pad / 2, width: width, height: height)
        let bottom = Rect(x: r.x + pad, y: r.maxY - pad / 2 - height, width: width, height: height)
        let m = mapping, reach = Int(markerRadius * 1.75)
        func hidden(_ box: Rect) -> Int {
            session.points.filter { p in
                let q = m.pixel(p.x1, p.x2)
                return box.inset(-reach).contains(x: q.x, y: q.y)
            }.count
        }
        return hidden(bottom) <= hidden(top) ? bottom : top
    }

    /// The note's box trimmed to its text's width, centred in `box`.
    private func fitted(_ lines: [String], _ style: TextStyle, box: Rect, _ c: SceneContext) -> Rect {
        let textWidth = lines.map { c.measure.width($0, style: style) }.max() ?? 0
        let width = min(textWidth + 2 * layout.theme.px(10), box.width)
        return Rect(x: box.midX - width / 2, y: box.y, width: width, height: box.height)
    }

    /// Lines of text centred on a light box (trimmed by `fitted`).
    private func drawNote(_ lines: [String], _ style: TextStyle, box fitted: Rect, into list: inout DrawList) {
        let t = layout.theme, pad = t.px(10)
        list.fill(fitted, Color(255, 255, 255, 215))
        list.frame(fitted, style.color, thickness: max(t.px(2), 1))
        list.clip(fitted)
        let lh = DigitLayout.lineHeight(style.size)
        for (i, line) in lines.enumerated() {
            list.text(line, x: fitted.midX, y: fitted.y + pad + i * lh, style, .center, .top)
        }
        list.clip(nil)
    }
}

/// 12 -> "₁₂".
func subscriptDigits(_ n: Int) -> String {
    String(String(n).unicodeScalars.map { s in
        s.value >= 48 && s.value <= 57 ? Character(Unicode.Scalar(0x2080 + s.value - 48) ?? s) : Character(s)
    })
}
