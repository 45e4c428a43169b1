import NeuroCore

/// The loss plot with test accuracy per epoch, and the counters above it.
extension DigitScene {
    func drawTraining(into list: inout DrawList, _ c: SceneContext) {
        let t = layout.theme, s = c.strings, r = layout.plot
        let lh = DigitLayout.lineHeight(t.body)
        list.text(s.lossTitle, x: r.x, y: r.y, t.style(t.body, Theme.loss, bold: true))
        guard let snap = status.snapshot else {
            list.text(headerInfo(c), x: r.midX, y: r.midY, t.style(t.body, Theme.muted), .center, .middle)
            return
        }
        // Test accuracy as a figure of its own: the number the class waits for.
        // Beside the title when both fit, else on a row of its own.
        var rows = 2
        if let acc = snap.lastTestAccuracy {
            let text = "\(s.testAccuracy): \(c.numbers.percent(acc))"
            let style = t.style(t.body, Theme.accuracy, bold: true)
            let needed = c.measure.width(s.lossTitle, style: t.style(t.body, Theme.loss, bold: true))
                + c.measure.width(text, style: style) + t.px(24)
            if needed <= r.width {
                list.text(text, x: r.maxX, y: r.y, style, .right)
            } else {
                list.text(text, x: r.x, y: r.y + 2 * lh, style)
                rows = 3
            }
        }
        let rate = snap.isPaused || snap.diverged ? 0 : snap.samplesPerSecond
        let counters = "\(s.epoch) \(snap.epoch)    \(c.numbers.count(snap.samplesSeen)) \(s.samples)    "
            + "\(c.numbers.count(Int(rate.rounded())))/s"
        list.text(counters, x: r.x, y: r.y + lh, t.style(t.body, Theme.text))

        let loss = snap.loss.map { Point(x: Float($0.samples), y: $0.loss) }
        var accuracy = [Point(x: 0, y: 0.1)]  // chance level before the first epoch
        accuracy += snap.epochs.map { Point(x: Float($0.epoch * max(snap.epochSize, 1)), y: Float($0.testAccuracy)) }
        let xMax = Float(max(snap.samplesSeen, snap.epochSize, 1))
        let plot = LinePlot(series: [
            .init(points: loss, color: Theme.loss),
            .init(points: snap.epochs.isEmpty ? [] : accuracy, color: Theme.accuracy, axis: .right,
                  markers: snap.epochs.count <= 30),
        ], xMax: xMax, leftMax: DigitScene.niceCeiling(loss.map(\.y).max() ?? 1), xLabel: s.samplesAxis,
           showRightAxis: true)
        let top = r.y + rows * lh + t.px(4)
        let area = Rect(x: r.x, y: top, width: r.width, height: r.maxY - top)
        plot.draw(into: &list, area, theme: t, leftTicks: { c.numbers.fixed($0, 2) }, xTicks: { c.numbers.short($0) })
    }

    /// Smallest of 0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10 ... at or above v.
    static func niceCeiling(_ v: Float) -> Float {
        guard v.isFinite, v > 0 else { return 1 }
        var base: Float = 0.01
        while base * 10 < v { base *= 10 }
        for f: Float in [1, 2, 2.5, 5, 10] where base * f >= v { return base * f }
        return base * 10
    }
}
