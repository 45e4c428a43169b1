import NeuroCore

/// The lower part of the panel: the cost (or error count) per epoch, the
/// truth table of a logic gate with each row marked right or wrong.
extension PerceptronScene {
    func drawPlotAndTable(_ rect: Rect, _ c: SceneContext, into list: inout DrawList) {
        let t = layout.theme
        var plotRect = rect
        let perceptron = session.learner.kind == .perceptron
        let title = perceptron ? c.plane.errorsPlot : c.plane.costPlot
        // Not even its title fits (a backpropagation step written out).
        guard rect.height >= DigitLayout.lineHeight(t.small) else { return }
        let titleStyle = t.style(fitting([title], t.small, bold: true, c, width: rect.width), Theme.loss, bold: true)
        // The table needs its title, header and four rows at the least
        // readable size; with less room (a step written out) it gives way.
        let least = t.shrinkFloor
        var tableShown = false
        if let table = session.preset?.truthTable, rect.height >= 6 * DigitLayout.lineHeight(least) + 2 {
            tableShown = true
            list.clip(rect)
            // Title, header and four rows: a smaller font before it is cut.
            let size = TextFit.size(from: t.small, floor: least) { 6 * DigitLayout.lineHeight($0) + 2 <= rect.height }
            // The table's own title shares the plot title's row when both fit.
            let room = rect.width - c.measure.width(title, style: titleStyle) - t.px(24)
            let width = drawTruthTable(table, size: size, right: rect.maxX, top: rect.y, titleRoom: room, c, into: &list)
            list.clip(layout.panel)
            plotRect.width = max(rect.width - width - t.px(24), 0)
        }
        let titleHeight = DigitLayout.lineHeight(t.small)
        // Its two tick labels (top and middle) need a line each with room
        // between them; a plot squeezed below that is left out, and its
        // title with it unless the table stands under it.
        let plotFits = plotRect.height >= titleHeight + 5 * DigitLayout.lineHeight(t.small) && plotRect.width > t.px(160)
        if plotFits || tableShown { list.text(title, x: rect.x, y: rect.y, titleStyle) }
        guard plotFits else { return }
        let first = session.epoch - session.history.count + 1
        let points = session.history.enumerated().map { Point(x: Float(first + $0.offset), y: Float($0.element)) }
        let plot = LinePlot(series: [.init(points: points, color: Theme.loss, markers: points.count <= 12)],
                            xMax: Float(max(session.epoch, 10)),
                            leftMax: perceptron ? PerceptronScene.errorsCeiling(points.map(\.y).max() ?? 0)
                                : PerceptronScene.plotCeiling(points.map(\.y).max() ?? 1),
                            xLabel: c.plane.epochsAxis, showRightAxis: false)
        // The plot keeps 56 design pixels for its tick labels; in a small
        // window the 12 px floor of the font can need more.
        let tick = t.style(t.small, Theme.muted)
        let labels = [plot.leftMax, plot.leftMax / 2].map { c.numbers.compact($0) }
        let spill = max((labels.map { c.measure.width($0, style: tick) }.max() ?? 0) + t.px(6) - t.px(56), 0)
        let area = Rect(x: plotRect.x + spill, y: plotRect.y + titleHeight, width: plotRect.width - spill,
                        height: plotRect.height - titleHeight)
        plot.draw(into: &list, area, theme: t, leftTicks: { c.numbers.compact($0) }, xTicks: { c.numbers.count(Int($0)) })
    }

    /// The plot's top: a round number at least 10 % above the highest
    /// value, so a cost of exactly 4 does not sit on the frame.
    static func plotCeiling(_ v: Float) -> Float { DigitScene.niceCeiling(v * 1.1) }

    /// The error plot's top: an even whole number (at least 2), so both of
    /// its ticks, the top and the middle, count whole points.
    static func errorsCeiling(_ v: Float) -> Float {
        2 * (plotCeiling(max(v, 1)) / 2).rounded(.up)
    }

    /// x₁ x₂ | t | y (or a) | ✓/✗ for the four corners, right-aligned at
    /// `right`; returns its width.
    private func drawTruthTable(_ table: [Int], size: Int, right: Int, top: Int, titleRoom: Int, _ c: SceneContext,
                                into list: inout DrawList) -> Int {
        let t = layout.theme, learner = session.learner
        let rule = RuleText(numbers: c.numbers)
        let perceptron = learner.kind == .perceptron
        var rows: [[String]] = [["x\u{2081}", "x\u{2082}", "t", perceptron ? "y" : "a", ""]]
        var correct: [Bool] = []
        for ((x1, x2), value) in zip(PlanePreset.corners, table) {
            let p = PlanePoint(x1, x2, value == 1 ? 1 : -1)
            let output = learner.output(x1, x2)
            let ok = learner.decision(x1, x2) == p.label
            correct.append(ok)
            rows.append([rule.short(x1), rule.short(x2), rule.target(learner.target(p), of: learner.targets),
                         perceptron ? rule.short(output) : rule.weight(output), ok ? "\u{2713}" : "\u{2717}"])
        }
        let body = t.style(size, Theme.text), head = t.style(size, Theme.muted, bold: true)
        let pad = t.px(14)
        let widths = (0 ..< 5).map { col in rows.map { c.measure.width($0[col], style: head) }.max() ?? 0 }
        let total = widths.reduce(0, +) + 4 * pad
        let lh = DigitLayout.lineHeight(size)
        // XOR by hand has XOR's table.
        let name = session.preset.map { c.plane.name($0 == .xorByHand ? .xor : $0) } ?? ""
        let titleStyle = t.style(size, Theme.text, bold: true)
        let title = "\(c.plane.truthTable) \(name)"
        if c.measure.width(title, style: titleStyle) <= titleRoom { list.text(title, x: right, y: top, titleStyle, .right) }
        var x = right - total
        let tableTop = top + lh
        list.line(Point(x: Float(x), y: Float(tableTop + lh)), Point(x: Float(right), y: Float(tableTop + lh)), Theme.border)
        for col in 0 ..< 5 {
            for (i, row) in rows.enumerated() {
                var style = i == 0 ? head : body
                if col == 4 && i > 0 { style = t.style(size, correct[i - 1] ? Theme.accuracy : Theme.warning, bold: true) }
                list.text(row[col], x: x + widths[col] / 2, y: tableTop + i * lh + (i > 0 ? 2 : 0), style, .center)
            }
            x += widths[col] + pad
        }
        return total
    }
}
