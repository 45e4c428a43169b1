import NeuroCore

/// View 4: the 10x10 confusion matrix of the last epoch on the test data.
/// Rows: the true digit; columns: the network's answer. The diagonal is
/// green (right), the rest red by its share of the row (which mix-ups).
extension InsightPanel {
    func drawConfusion(into list: inout DrawList, _ body: Rect, _ c: SceneContext, snap: TrainingSnapshot) {
        let t = c.theme, s = c.insight
        let sh = DigitLayout.lineHeight(t.small)
        guard let last = snap.epochs.last else {
            list.text(s.afterFirstEpoch, x: body.midX, y: body.midY, t.style(t.body, Theme.muted), .center, .middle)
            return
        }
        let m = last.confusion.confusion
        list.text(InsightStrings.fill(s.confusionTitle, "\(last.epoch)", s.testDigits(last.confusion.count, c.numbers)) + "  ·  "
                  + c.numbers.percent(last.testAccuracy), x: body.x, y: body.y, t.style(t.small, Theme.text, bold: true))
        // Two label rows on top (axis name, digits), one label column left.
        let top = body.y + sh + t.px(4) + 2 * sh
        // The row axis's name sits left of the row labels, so nothing overlaps.
        let rowName = t.style(t.small, Theme.muted)
        let left = body.x + c.measure.width(s.trueDigit, style: rowName) + t.px(40)
        let cell = max(min((body.maxY - top) / 10, (body.maxX - left) / 10), 4)
        let grid = Rect(x: left, y: top, width: cell * 10, height: cell * 10)
        list.text(s.answered, x: grid.midX, y: top - 2 * sh, t.style(t.small, Theme.muted), .center)
        list.text(s.trueDigit, x: body.x, y: grid.midY, rowName, .left, .middle)
        let biggest = m.flatMap { $0 }.max() ?? 1
        // Counts shrink until the widest one fits its cell (the full MNIST
        // test set has 4-digit counts on the diagonal).
        let digits = max(String(biggest).count, 1)
        let size = max(min(t.small, Int(Float(cell) * 0.85 / (Float(digits) * 0.62))), 10)
        for d in 0 ..< 10 {
            list.text("\(d)", x: grid.x + d * cell + cell / 2, y: top - sh, t.style(t.small, Theme.text, bold: true), .center)
            list.text("\(d)", x: grid.x - t.px(8), y: grid.y + d * cell + cell / 2, t.style(t.small, Theme.text, bold: true), .right, .middle)
        }
        for (i, row) in m.prefix(10).enumerated() {
            let total = max(row.reduce(0, +), 1)
            for (j, n) in row.prefix(10).enumerated() {
                let r = Rect(x: grid.x + j * cell, y: grid.y + i * cell, width: cell, height: cell)
                let share = Float(n) / Float(total)
                let colour = i == j ? Theme.accuracy.withAlpha(UInt8(40 + 215 * share))
                    : Theme.loss.withAlpha(UInt8(min(255, n == 0 ? 0 : 40 + 600 * share)))
                list.fill(r, colour)
                let strong = i == j ? share > 0.5 : share > 0.25
                if n > 0 {
                    list.text("\(n)", x: r.midX, y: r.midY, t.style(size, strong ? Theme.overlayText : Theme.text, bold: i == j),
                              .center, .middle)
                }
            }
        }
        list.frame(grid.inset(-1), Theme.border)
    }
}
