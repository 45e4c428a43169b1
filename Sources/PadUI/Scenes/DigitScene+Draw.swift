import NeuroCore

/// The digit screen as draw commands.
extension DigitScene {
    public func headerInfo(_ c: SceneContext) -> String {
        let s = c.strings
        let sizes = (config ?? status.snapshot?.config ?? TrainingConfig()).sizes.map(String.init).joined(separator: "-")
        switch status.data {
        case .loading: return "\(s.network) \(sizes)   \(s.loading)"
        case .failed(let why): return "\(s.loadFailed): \(why)"
        case .ready(_, let train, let test):
            return "\(s.network) \(sizes)  \u{00B7}  \(s.trainingData) \(c.numbers.count(train))  \u{00B7}  "
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
        list.text(s.outputs, x: layout.bars.x, y: layout.bars.y, t.style(t.small, Theme.muted))
        let labelTop = layout.bars.y + DigitLayout.lineHeight(t.small)
        BarChart(labels: (0 ... 9).map(String.init), percents: prediction?.percents, highlight: prediction?.digit)
            .draw(into: &list, Rect(x: layout.bars.x, y: labelTop, width: layout.bars.width,
                                    height: layout.bars.maxY - labelTop), theme: t)
        drawTraining(into: &list, c)
    }

    /// The settings and the keys that change them, one row each.
    private func drawControls(into list: inout DrawList, _ c: SceneContext) {
        let t = layout.contentTheme, s = c.strings, r = layout.controls
        let cfg = config ?? status.snapshot?.config ?? TrainingConfig()
        let paused = status.snapshot?.isPaused ?? false
        let diverged = status.snapshot?.diverged ?? false
        var state = diverged ? s.diverged : paused ? s.paused : s.running
        var stateColour = diverged || paused ? Theme.warning : Theme.accuracy
        if status.snapshot == nil {
            // No trainer yet: the data are still loading, or could not be read.
            let failed: Bool = if case .failed = status.data { true } else { false }
            state = failed ? s.noData : "-"
            stateColour = failed ? Theme.warning : Theme.muted
        }
        let rows: [(String, String, String, Color)] = [
            (s.learningRate, c.numbers.compact(cfg.learningRate), "+  -", Theme.text),
            (s.hiddenLayer, "\(cfg.hidden.map(String.init).joined(separator: "-")) \(s.neurons)", "[  ]", Theme.text),
            (s.pace, cfg.pace == .max ? "max" : "\(c.numbers.count(cfg.paceRate))/s", ",  .", Theme.text),
            (s.training, state, diverged ? "R" : s.legend.first?.keys ?? "", stateColour),
        ]
        let lh = DigitLayout.lineHeight(t.body)
        // Values start after the longest label (German labels are longer).
        let labelWidth = rows.map { c.measure.width($0.0, style: t.style(t.small, Theme.muted)) }.max() ?? 0
        let valueX = r.x + max(labelWidth + t.px(16), r.width * 40 / 100)
        list.clip(r)
        for (i, row) in rows.enumerated() {
            let y = r.y + t.px(6) + i * lh + lh / 2
            list.text(row.0, x: r.x, y: y, t.style(t.small, Theme.muted), .left, .middle)
            list.text(row.1, x: valueX, y: y, t.style(t.body, row.3, bold: true), .left, .middle)
            list.text(row.2, x: r.maxX, y: y, t.style(t.small, Theme.accent, bold: true), .right, .middle)
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
            list.text("\(p.digit)", x: r.midX, y: digitTop, t.style(t.big, Theme.accent, bold: true), .center)
            list.text("\(p.percents[p.digit])%", x: r.midX, y: digitTop + DigitLayout.lineHeight(t.big) - t.px(10),
                      t.style(t.figure, Theme.accent, bold: true), .center)
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
