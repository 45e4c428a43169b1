import NeuroCore

/// The learning rule with the numbers of the last step, and the settings
/// row with the keys that change them.
extension PerceptronScene {
    /// For a single neuron always a title and three lines high, so nothing
    /// below it jumps when the first step is taken; the network's numbers
    /// take more room above, so its block keeps to what it says. A step
    /// of the network is drawn as a diagram instead (`drawPanel`).
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
            // After a step the panel shows the step's diagram instead (`BackpropDiagram`).
            if session.preset == .xorByHand && session.learner == session.start {
                lines = TextWrap.lines(s.byHand, width: r.width, style: style, measure: c.measure)
                let next = TextWrap.lines(s.byHandNext, width: r.width, style: style, measure: c.measure)
                lines += next.dropLast()
                hint = next.last
            } else {
                lines = TextWrap.lines(s.backprop, width: r.width, style: style, measure: c.measure)
            }
        } else if let step = session.lastStep?.neuron {
            title = "\(s.lastStep):  " + text.inputs(step, kind)
            lines = text.lines(step, kind)
        } else {
            lines = RuleText.formula(kind).map { [$0] } ?? []
            hint = s.stepHint
        }
        // Not below the least readable size: in a narrow panel (4:3) a
        // formula is broken in rows instead, and the block grows.
        let titles = readable([title], t.small, bold: true, c)
        for (i, line) in titles.lines.enumerated() {
            list.text(line, x: r.x, y: y + i * titleHeight, t.style(titles.size, Theme.muted, bold: true))
        }
        let top = y + titles.lines.count * titleHeight
        let fit = readable(lines, kind == .network ? t.small : t.body, bold: false, c)
        let hints = hint.map { readable([$0], fit.size, bold: false, c).lines } ?? []
        for (i, line) in fit.lines.enumerated() {
            list.text(line, x: r.x, y: top + i * lh, t.style(fit.size, Theme.text))
        }
        for (i, line) in hints.enumerated() {
            list.text(line, x: r.x, y: top + (fit.lines.count + i) * lh, t.style(fit.size, Theme.muted))
        }
        let rows = fit.lines.count + hints.count
        return top + (kind == .network ? rows : max(rows, 3)) * lh
    }

    /// One setting with its − and + buttons: "Learning rate η  0.1  [−] [+]".
    struct SettingGroup {
        var label: String
        var value: String
        var stepper: Stepper
        /// Label, value and buttons, in window pixels (the wheel's zone).
        var rect: Rect
        /// Where the value starts.
        var valueX: Int
    }

    /// Learning rate, H (for the network) and speed, each with its buttons,
    /// in rows just above the presets: one row with the long labels where
    /// it fits, else with the short ones (η, H, /s), else as many rows as
    /// the panel's width needs; never one dropped. A value keeps the room of
    /// its widest value, so the buttons stay put while it changes.
    func settingGroups(_ c: SceneContext) -> (groups: [SettingGroup], size: Int) {
        let t = layout.theme, r = layout.panel, s = c.plane
        let m = DigitLayout(width: layout.width, height: layout.height).buttons
        let network = session.learner.kind == .network
        let gap = t.px(24), inner = t.px(10)
        typealias Item = (label: String, value: String, widest: [String], stepper: Stepper)
        func items(short: Bool) -> [Item] {
            let perSecond = short ? s.perSecondShort : " " + s.perSecond
            func speedText(_ v: Int) -> String { v == 0 ? "max" : "\(v)\(perSecond)" }
            let lr = (short ? s.learningRateShort : s.learningRate, c.numbers.compact(Float(session.learner.learningRate)),
                      PerceptronScene.learningRates.map { c.numbers.compact(Float($0)) }, Stepper.learningRate)
            let hidden = (short ? s.hiddenShort : s.hidden, "\(session.hidden)", ["16"], Stepper.hidden)
            let pace = (s.speed, speedText(speed), PerceptronScene.speeds.map(speedText), Stepper.pace)
            return network ? [lr, hidden, pace] : [lr, pace]
        }
        /// Each item's label (with the space after it), value and buttons.
        func widths(_ items: [Item], _ size: Int) -> [(label: Int, value: Int, buttons: Int)] {
            let (a, b) = settingStyles(size)
            return items.map { item in
                (c.measure.width(item.label, style: a) + c.measure.width(" ", style: a),
                 item.widest.map { c.measure.width($0, style: b) }.max() ?? 0,
                 item.stepper.width(metrics: m, measure: c.measure))
            }
        }
        /// Item indices per row, flowed like words.
        func rows(_ w: [(label: Int, value: Int, buttons: Int)]) -> [[Int]] {
            var rows: [[Int]] = [[]], x = 0
            for (i, part) in w.enumerated() {
                let width = part.label + part.value + inner + part.buttons
                if x > 0 && x + width > r.width {
                    rows.append([])
                    x = 0
                }
                rows[rows.count - 1].append(i)
                x += width + gap
            }
            return rows
        }
        var chosen = items(short: true), size = t.small, w = widths(chosen, size), laid = rows(w)
        let long = items(short: false)
        if rows(widths(long, size)).count == 1 {
            (chosen, w, laid) = (long, widths(long, size), [Array(long.indices)])
        } else if laid.count > 1 {
            // A smaller font only when a single setting is wider than the panel.
            size = TextFit.size(from: size, floor: 12) { size in
                widths(chosen, size).allSatisfy { $0.label + $0.value + inner + $0.buttons <= r.width }
            }
            w = widths(chosen, size)
            laid = rows(w)
        }
        // Over several rows the buttons of a column line up; each value stays beside its label.
        if laid.count > 1 {
            let columns = laid.map(\.count).max() ?? 0
            for col in 0 ..< columns {
                let members = laid.compactMap { $0.count > col ? $0[col] : nil }
                let text = members.map { w[$0].label + w[$0].value }.max() ?? 0
                for i in members { w[i].value = text - w[i].label }
            }
            if rows(w).count != laid.count { w = widths(chosen, size) }
        }
        // Above the presets where they share the panel.
        let bottom = (presetControls(c).filter { $0.rect.x >= r.x }.map(\.rect.y).min() ?? r.maxY) - m.gap
        let top = bottom - laid.count * m.height - (laid.count - 1) * m.gap
        var groups: [SettingGroup] = []
        for (row, indices) in laid.enumerated() {
            var x = r.x
            let y = top + row * (m.height + m.gap)
            for i in indices {
                let width = w[i].label + w[i].value + inner + w[i].buttons
                groups.append(SettingGroup(label: chosen[i].label, value: chosen[i].value, stepper: chosen[i].stepper,
                                           rect: Rect(x: x, y: y, width: width, height: m.height), valueX: x + w[i].label))
                x += width + gap
            }
        }
        return (groups, size)
    }

    /// The label's and the value's style.
    private func settingStyles(_ size: Int) -> (TextStyle, TextStyle) {
        (TextStyle(size: size, color: Theme.muted), TextStyle(size: size, color: Theme.text, weight: .bold))
    }

    /// The − and + buttons of the settings (`lr-down`, `lr-up`, `pace-…`, `hidden-…`).
    func settingControls(_ c: SceneContext) -> [Control] {
        let m = DigitLayout(width: layout.width, height: layout.height).buttons
        return settingGroups(c).groups.flatMap { g in
            g.stepper.controls(right: g.rect.maxX, midY: g.rect.midY, metrics: m, measure: c.measure)
        }
    }

    /// The settings' labels and values (the app draws their buttons); returns
    /// the top of their rows.
    func drawSettings(_ c: SceneContext, into list: inout DrawList) -> Int {
        let (groups, size) = settingGroups(c)
        let (a, b) = settingStyles(size)
        for g in groups {
            list.text(g.label, x: g.rect.x, y: g.rect.midY, a, .left, .middle)
            list.text(g.value, x: g.valueX, y: g.rect.midY, b, .left, .middle)
        }
        return groups.map(\.rect.y).min() ?? layout.panel.maxY
    }
}
