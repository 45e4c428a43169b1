import NeuroCore

/// The digit screen as draw commands.
extension DigitScene {
    public func headerInfo(_ c: SceneContext) -> String {
        let s = c.strings
        let cfg = trainingConfig
        let sizes = cfg.sizes.map(String.init).joined(separator: "-")
        switch status.data {
        case .loading: return "\(s.network) \(sizes)   \(s.loading)"
        case .failed(let why): return "\(s.loadFailed): \(c.numbers.language.text(why))"
        case .ready(_, let train, let test):
            // The digits training uses: after T only the first 100 or 1,000.
            let used = cfg.trainLimit.map { min($0, train) } ?? train
            return "\(s.network) \(sizes)  \u{00B7}  \(s.trainingData) \(c.numbers.count(used))  \u{00B7}  "
                + "\(s.testData) \(c.numbers.count(test))"
        }
    }

    public func draw(into list: inout DrawList, _ c: SceneContext) {
        let t = layout.contentTheme, s = c.strings
        // The pad shows exactly the ink values the normaliser reads.
        PixelGridView(slot: "pad", bytes: ink.paperBytes).draw(into: &list, layout.grid)
        if ink.isEmpty {
            list.text(s.drawHint, x: layout.grid.midX, y: layout.grid.midY, t.style(t.body, Theme.muted), .center, .middle)
        }
        drawControls(into: &list, c)
        guard insight.view == .off else { return insight.draw(into: &list, c, scene: self) }
        drawInput(into: &list, c)
        drawAnswer(into: &list, c)
        // After divergence no bar stands out in the accent (see `drawAnswer`).
        let live = status.snapshot?.diverged != true
        let chart = BarChart(labels: (0 ... 9).map(String.init), percents: prediction?.percents,
                             highlight: live ? prediction?.digit : nil)
        // Bars too close for "13%" next to "15%": the unit moves to the title.
        let unit = chart.valueStyle(width: layout.bars.width, theme: t, measure: c.measure).unit
        list.text(unit ? s.outputs : s.outputs + " (%)", x: layout.bars.x, y: layout.bars.y, t.style(t.small, Theme.muted))
        let labelTop = layout.bars.y + DigitLayout.lineHeight(t.small)
        chart.draw(into: &list, Rect(x: layout.bars.x, y: labelTop, width: layout.bars.width,
                                     height: layout.bars.maxY - labelTop), theme: t, measure: c.measure)
        drawTraining(into: &list, c)
    }

    /// The settings, one row each, with their − and + buttons at the right
    /// (drawn by the router); the digit row's prompt while it is open.
    /// Whether training runs shows on the pause button.
    private func drawControls(into list: inout DrawList, _ c: SceneContext) {
        let t = layout.contentTheme, s = c.strings, r = layout.controls
        let cfg = trainingConfig
        var rows: [(String, String)] = [
            (s.learningRate, c.numbers.compact(cfg.learningRate)),
            (s.hiddenLayer, "\(cfg.hidden.map(String.init).joined(separator: "-")) \(s.neurons)"),
            (s.pace, cfg.pace == .max ? "max" : "\(c.numbers.count(cfg.paceRate))/s"),
        ]
        if teaching { rows[2] = (s.teachPrompt, "") }
        // Values start after the longest label (German labels are longer).
        let labelWidth = rows.prefix(2).map { c.measure.width($0.0, style: t.style(t.small, Theme.muted)) }.max() ?? 0
        let valueX = layout.narrow ? r.x : r.x + max(labelWidth + t.px(16), r.width * 30 / 100)
        // A value ends before its row's buttons: smaller, or without its unit, if need be.
        let buttons = controls(c)
        list.clip(r)
        for (i, (row, text)) in zip(layout.controlRows, rows).enumerated() {
            let prompt = teaching && i == 2
            list.text(text.0, x: r.x, y: layout.nameMidY(row), t.style(t.small, prompt ? Theme.text : Theme.muted, bold: prompt),
                      .left, .middle)
            let end = buttons.filter { $0.rect.y >= row.y && $0.rect.maxY <= row.maxY }.map(\.rect.x).min() ?? r.maxX
            let room = end - valueX - t.px(8)
            let plain = text.1.split(separator: " ").first.map(String.init) ?? text.1
            let choices = [(text.1, t.body), (text.1, t.small), (plain, t.body), (plain, t.small)]
            let fit = choices.first { c.measure.width($0.0, style: t.style($0.1, bold: true)) <= room } ?? (plain, t.small)
            list.text(fit.0, x: valueX, y: layout.valueMidY(row), t.style(fit.1, Theme.text, bold: true), .left, .middle)
        }
        list.clip(nil)
    }

    private func drawInput(into list: inout DrawList, _ c: SceneContext) {
        let t = layout.contentTheme, r = layout.previewPanel
        list.text(c.strings.networkInput, x: r.midX, y: r.y, t.style(t.small, Theme.text, bold: true), .center)
        list.text(c.strings.networkInputNote, x: r.midX, y: r.y + DigitLayout.lineHeight(t.small),
                  t.style(t.small, Theme.muted), .center)
        PixelGridView(slot: "input", bytes: InkGrid.paperBytes(normalized.pixels), showCellLines: false)
            .draw(into: &list, layout.preview)
    }

    private func drawAnswer(into list: inout DrawList, _ c: SceneContext) {
        let t = layout.contentTheme, r = layout.answer
        list.text(c.strings.answer, x: r.midX, y: r.y, t.style(t.small, Theme.text, bold: true), .center)
        let digitTop = r.y + DigitLayout.lineHeight(t.small)
        if let p = prediction {
            // After divergence the answer is the last sound network's: grey,
            // as a result that training no longer changes.
            let colour = status.snapshot?.diverged == true ? Theme.muted : Theme.accent
            list.text("\(p.digit)", x: r.midX, y: digitTop, t.style(t.big, colour, bold: true), .center)
            list.text("\(p.percents[p.digit])%", x: r.midX, y: digitTop + DigitLayout.lineHeight(t.big) - t.px(10),
                      t.style(t.figure, colour, bold: true), .center)
        } else {
            list.text("?", x: r.midX, y: digitTop, t.style(t.big, Theme.border, bold: true), .center)
            if status.data == .loading {
                list.text(c.strings.loading, x: r.midX, y: digitTop + DigitLayout.lineHeight(t.big) - t.px(10),
                          t.style(t.small, Theme.muted), .center)
            }
        }
    }
}

extension TrainingConfig {
    /// Samples per second of a watchable pace (0 for max).
    var paceRate: Int { if case .perSecond(let n) = pace { n } else { 0 } }
}
