import NeuroCore

/// The learning rule with the numbers of the last step, and the settings
/// row with the keys that change them.
extension PerceptronScene {
    /// For a single neuron always a title and three lines high, so nothing
    /// below it jumps when the first step is taken; the network's numbers
    /// take more room above, so its block keeps to what it says.
    func drawRule(at y: Int, _ c: SceneContext, into list: inout DrawList) -> Int {
        let t = layout.theme, r = layout.panel, s = c.plane
        let text = RuleText(numbers: c.numbers)
        let kind = session.learner.kind
        let titleHeight = DigitLayout.lineHeight(t.small)
        let lh = DigitLayout.lineHeight(kind == .network ? t.small : t.body)
        var title = s.rule
        var lines: [String] = []
        var hint: String?
        if kind == .network {
            // Prose, wrapped to the panel rather than shrunk; small, as the
            // network's numbers above take more room.
            let style = t.style(t.small, Theme.text)
            if let step = session.lastStep?.network,
               text.backprop(step).allSatisfy({ c.measure.width($0, style: t.style(12, Theme.text)) <= r.width }) {
                // Written out where the panel is wide enough for it at 12 px (1280x720 and wider).
                let sample = RuleText(numbers: c.numbers)
                title = "\(s.lastStep):  x = (\(sample.short(step.x1))\(c.numbers.language == .de ? "; " : ", ")"
                    + "\(sample.short(step.x2))), t = \(sample.target(step.target, of: PlaneNetwork.targets)), \u{03B7} = "
                    + c.numbers.compact(Float(step.learningRate))
                // As many hidden neurons as the panel has room for, at most four.
                let lh = DigitLayout.lineHeight(t.small)
                let room = (r.maxY - y - titleHeight) / lh - 5
                var limit = min(step.hiddenA.count, 4)
                while limit > 1 && text.backprop(step, limit: limit).count > room { limit -= 1 }
                lines = text.backprop(step, limit: limit)
                if step.hiddenA.count > limit {
                    hint = s.backpropShown(limit, of: step.hiddenA.count)
                }
            } else if session.preset == .xorByHand && session.learner == session.start {
                lines = wrap(s.byHand, width: r.width, style, c)
                let next = wrap(s.byHandNext, width: r.width, style, c)
                lines += next.dropLast()
                hint = next.last
            } else {
                lines = wrap(s.backprop, width: r.width, style, c)
            }
        } else if let step = session.lastStep?.neuron {
            title = "\(s.lastStep):  " + text.inputs(step, kind)
            lines = text.lines(step, kind)
        } else {
            lines = RuleText.formula(kind).map { [$0] } ?? []
            hint = s.stepHint
        }
        list.text(title, x: r.x, y: y, t.style(fitting([title], t.small, bold: true, c), Theme.muted, bold: true))
        let size = fitting(lines + (hint.map { [$0] } ?? []), kind == .network ? t.small : t.body, bold: false, c)
        for (i, line) in lines.enumerated() {
            list.text(line, x: r.x, y: y + titleHeight + i * lh, t.style(size, Theme.text))
        }
        if let hint {
            list.text(hint, x: r.x, y: y + titleHeight + lines.count * lh, t.style(size, Theme.muted))
        }
        let rows = kind == .network ? lines.count + (hint == nil ? 0 : 1) : 3
        return y + titleHeight + rows * lh
    }

    /// "Learning rate η 0.1 + −    Speed 5 epochs/s , .    H 4 [ ]".
    func drawSettings(at y: Int, _ c: SceneContext, into list: inout DrawList) -> Int {
        let t = layout.theme, r = layout.panel, s = c.plane
        var groups: [(String, String, String)] = [
            (s.learningRate, c.numbers.compact(Float(session.learner.learningRate)), "+ \u{2212}"),
            (s.speed, speed == 0 ? "max" : "\(speed) \(s.perSecond)", ", ."),
        ]
        if session.learner.kind == .network { groups.append((s.hidden, "\(session.hidden)", "[ ]")) }
        var size = t.small
        func styles(_ size: Int) -> (TextStyle, TextStyle, TextStyle) {
            (TextStyle(size: size, color: Theme.muted), TextStyle(size: size, color: Theme.text, weight: .bold),
             TextStyle(size: size, color: Theme.accent, weight: .bold))
        }
        func width(_ size: Int) -> Int {
            let (a, b, k) = styles(size), space = c.measure.width(" ", style: a)
            return groups.reduce(0) { sum, g in
                sum + c.measure.width(g.0, style: a) + c.measure.width(g.1, style: b) + c.measure.width(g.2, style: k)
                    + 2 * space + t.px(28)
            }
        }
        while size > 12 && width(size) > r.width { size -= 1 }
        // In a small window H goes first: the learner's name shows it too.
        if width(size) > r.width && groups.count > 2 {
            groups.removeLast()
            size = t.small
            while size > 12 && width(size) > r.width { size -= 1 }
        }
        let (a, b, k) = styles(size), space = c.measure.width(" ", style: a)
        var x = r.x
        for g in groups {
            for (text, style) in [(g.0, a), (g.1, b), (g.2, k)] {
                list.text(text, x: x, y: y, style)
                x += c.measure.width(text, style: style) + space
            }
            x += t.px(28) - space
        }
        return y + DigitLayout.lineHeight(size)
    }
}
