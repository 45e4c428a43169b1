import NeuroCore

/// The loss plot with test accuracy per epoch, and the counters above it.
extension DigitScene {
    func drawTraining(into list: inout DrawList, _ c: SceneContext) {
        let t = layout.contentTheme, s = c.strings, r = layout.plot
        let lh = DigitLayout.lineHeight(t.body)
        let titleStyle = t.style(t.body, Theme.loss, bold: true)
        let title = c.measure.width(s.lossTitle, style: titleStyle) <= r.width ? s.lossTitle : s.lossTitleShort
        list.text(title, x: r.x, y: r.y, titleStyle)
        guard let snap = status.snapshot else {
            let failed: Bool = if case .failed = status.data { true } else { false }
            let room = Rect(x: r.x, y: r.y + lh, width: r.width, height: r.height - lh)
            // Body size if the message fits the room, else small.
            let size = [t.body, t.small].first {
                TextWrap.lines(headerInfo(c), width: room.width, style: t.style($0), measure: c.measure).count
                    * DigitLayout.lineHeight($0) <= room.height
            } ?? t.small
            TextWrap.drawCentered(headerInfo(c), in: room, style: t.style(size, failed ? Theme.warning : Theme.muted),
                                  measure: c.measure, into: &list)
            return
        }
        // Test accuracy as a figure of its own: the number the class waits for.
        // Beside the title when both fit, else on a row of its own.
        var rows = 2
        if let acc = loadedAccuracy(snap) ?? snap.lastTestAccuracy {
            var text = "\(s.testAccuracy): \(c.numbers.percent(acc))"
            let style = t.style(t.body, Theme.accuracy, bold: true)
            let needed = c.measure.width(title, style: titleStyle) + c.measure.width(text, style: style) + t.px(24)
            if needed <= r.width {
                list.text(text, x: r.maxX, y: r.y, style, .right)
            } else {
                if c.measure.width(text, style: style) > r.width { text = "\(s.testAccuracyShort): \(c.numbers.percent(acc))" }
                list.text(text, x: r.x, y: r.y + 2 * lh, style)
                rows = 3
            }
        }
        let rate = snap.isPaused || snap.diverged ? 0 : snap.samplesPerSecond
        // Full numbers at body size if they fit; else smaller, then rounded
        // ("463k"), so a narrow (4:3) window never cuts the speed off.
        let perSecond = Int(rate.rounded())
        // Stopped training says so where the speed would be.
        let stopped = snap.diverged ? s.diverged : snap.isPaused ? s.paused : nil
        let full = "\(s.epoch) \(snap.epoch)    \(c.numbers.count(snap.samplesSeen)) \(s.samples)    "
            + (stopped ?? "\(c.numbers.count(perSecond))/s")
        let short = "\(s.epoch) \(snap.epoch)   \(c.numbers.short(Float(snap.samplesSeen))) \(s.samples)   "
            + (stopped ?? "\(c.numbers.short(Float(perSecond)))/s")
        // The least: the epoch, the samples' count and the state, no words between.
        let least = "\(s.epoch) \(snap.epoch) · \(c.numbers.short(Float(snap.samplesSeen))) · "
            + (stopped ?? "\(c.numbers.short(Float(perSecond)))/s")
        let choices = [(full, t.body), (full, t.small), (short, t.small), (least, t.small)]
        let fit = choices.first { c.measure.width($0.0, style: t.style($0.1)) <= r.width } ?? (least, t.small)
        list.text(fit.0, x: r.x, y: r.y + lh + (t.body - fit.1) / 2, t.style(fit.1, stopped == nil ? Theme.text : Theme.warning))

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
        plot.draw(into: &list, area, theme: t, leftTicks: { c.numbers.fixed($0, 2) }, xTicks: { c.numbers.short($0) },
                  measure: c.measure)
        if snap.diverged {
            // Training stopped itself: a box over the curves says why and what
            // helps; inside the plot's frame, so the axes keep their labels.
            let pad = t.px(8)
            let inner = plot.plotArea(area, theme: t).inset(pad)
            let width = max(inner.width - 2 * pad, 1)
            let height = { (text: String, size: Int) -> Int in
                TextWrap.lines(text, width: width, style: t.style(size, bold: true), measure: c.measure).count
                    * DigitLayout.lineHeight(size) + 2 * pad
            }
            // The whole explanation at body size if it fits, else smaller,
            // else the short one, else the least; in a plot too small even
            // for that, the box grows over the axes rather than cut it off.
            let choices = [(s.divergedHint, t.body), (s.divergedHint, t.small), (s.divergedShort, t.body),
                           (s.divergedShort, t.small), (s.divergedTiny, t.body), (s.divergedTiny, t.small)]
            let (text, size) = choices.first { height($0.0, $0.1) <= inner.height } ?? (s.divergedTiny, t.small)
            let needed = height(text, size)
            let y = needed <= inner.height ? inner.y : max(min(inner.y, area.maxY - needed), area.y)
            let box = Rect(x: inner.x, y: y, width: max(inner.width, 1), height: max(min(needed, area.maxY - y), 1))
            list.fill(box, Theme.panel)
            list.frame(box, Theme.warning, thickness: max(t.px(2), 1))
            TextWrap.drawCentered(text, in: Rect(x: box.x + pad, y: box.y, width: width, height: box.height),
                                  style: t.style(size, Theme.warning, bold: true), measure: c.measure, into: &list)
        }
    }

    /// Smallest of 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.8, 1, 1.5 ...
    /// at or above v: fine enough that the curve fills the plot, coarse
    /// enough that the middle tick stays a short number.
    static func niceCeiling(_ v: Float) -> Float {
        guard v.isFinite, v > 0 else { return 1 }
        // In Double, so 0.01 · 10 · 10 rounds back to exactly 1 as a Float.
        let x = Double(v)
        var base = 0.01
        while base * 10 < x { base *= 10 }
        for f in [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10] where Float(base * f) >= v { return Float(base * f) }
        return Float(base * 10)
    }
}
