import NeuroCore

/// View 5: accuracy on the training and on the test digits after every
/// epoch, one plot. With 100 training digits (T) the training curve runs to
/// 100 % while the test curve stays low: overfitting, seen. Below, the run
/// log compares every run of the session, four finished runs a page (P, N
/// and the buttons under it turn the pages), with the current run last.
extension InsightPanel {
    public var runPageCount: Int {
        max(1, (runLog.finished.count + InsightPanel.runsPerPage - 1) / InsightPanel.runsPerPage)
    }

    /// The finished runs on the page shown, oldest first, and their
    /// numbers (1 = the session's first run).
    var runsOnPage: (runs: ArraySlice<RunRecord>, first: Int) {
        let all = runLog.finished
        let end = all.count - min(runPage, runPageCount - 1) * InsightPanel.runsPerPage
        let start = max(0, end - InsightPanel.runsPerPage)
        return (all[start ..< max(end, start)], start + 1)
    }

    /// Older and newer runs: buttons along the bottom of the accuracy view
    /// that send the keys P and N, each only while there is such a page.
    func runLogControls(in area: Rect, _ m: ControlMetrics, _ c: SceneContext) -> [Control] {
        guard view == .accuracy else { return [] }
        let page = min(runPage, runPageCount - 1)
        let shown = ["runs-older": page < runPageCount - 1, "runs-newer": page > 0]
        // Placed as a pair first, so "newer" keeps its place when "older" goes.
        return buttonRow([("runs-older", "P"), ("runs-newer", "N")], labels: c.insight.runButtons, in: area, m, c)
            .filter { shown[$0.name] == true }
    }

    func drawAccuracy(into list: inout DrawList, _ body: Rect, _ c: SceneContext, snap: TrainingSnapshot) {
        let t = c.theme, s = c.insight
        let sh = DigitLayout.lineHeight(t.small)
        // As many rows on every page, so the plot keeps its size.
        let logRows = min(runLog.finished.count, InsightPanel.runsPerPage) + 1
        let logHeight = (logRows + 2) * sh + t.px(8)
        // Legend with the latest figures.
        let last = snap.epochs.last
        let trainText = s.trainAccuracy + (last.map { ": " + c.numbers.percent($0.trainAccuracy) } ?? "")
        let testText = s.testAccuracy + (last.map { ": " + c.numbers.percent($0.testAccuracy) } ?? "")
        list.fill(Rect(x: body.x, y: body.y + sh / 2 - 3, width: t.px(24), height: 6), Theme.accent)
        list.text(trainText, x: body.x + t.px(30), y: body.y, t.style(t.small, Theme.accent, bold: true))
        let x2 = body.x + body.width / 2
        list.fill(Rect(x: x2, y: body.y + sh / 2 - 3, width: t.px(24), height: 6), Theme.accuracy)
        list.text(testText, x: x2 + t.px(30), y: body.y, t.style(t.small, Theme.accuracy, bold: true))

        let plotRect = Rect(x: body.x, y: body.y + sh + t.px(4), width: body.width,
                            height: max(body.height - sh - t.px(4) - logHeight, 0))
        let train = snap.epochs.map { Point(x: Float($0.epoch), y: Float($0.trainAccuracy)) }
        let test = snap.epochs.map { Point(x: Float($0.epoch), y: Float($0.testAccuracy)) }
        let plot = LinePlot(series: [
            .init(points: train, color: Theme.accent, markers: train.count <= 30),
            .init(points: test, color: Theme.accuracy, markers: test.count <= 30),
        ], xMax: Float(max(snap.epochs.count, 5)), leftMax: 1, xLabel: s.epochsAxis, showRightAxis: false)
        plot.draw(into: &list, plotRect, theme: t, leftTicks: { "\(Int(($0 * 100).rounded()))%" },
                  xTicks: { "\(Int($0.rounded()))" })

        // The run log: finished runs, then the one in progress.
        var y = plotRect.maxY + t.px(8)
        let page = runsOnPage
        var title = s.runLogTitle
        var room = body.width
        if runLog.finished.count > InsightPanel.runsPerPage {
            let range = InsightStrings.fill(page.runs.count == 1 ? s.runSingle : s.runRange, "\(page.first)",
                                            "\(page.first + page.runs.count - 1)", "\(runLog.finished.count)")
            let style = t.style(t.small, Theme.muted)
            list.text(range, x: body.maxX, y: y, style, .right)
            room -= c.measure.width(range, style: style) + t.px(12)
        }
        // The key reminder in brackets gives way when the title does not fit (beside the range).
        if c.measure.width(title, style: t.style(t.small, Theme.text, bold: true)) > room,
           let cut = title.range(of: "  (") {
            title = String(title[..<cut.lowerBound])
        }
        list.text(title, x: body.x, y: y, t.style(t.small, Theme.text, bold: true))
        y += sh
        let runs = page.runs.map { ($0, false) } + (runLog.current.map { [($0, true)] } ?? [])
        if runs.isEmpty {
            list.text(s.noRuns, x: body.x, y: y, t.style(t.small, Theme.muted))
            return
        }
        // A table: one column per setting, so runs compare at a glance.
        // The network column is left-aligned, the numbers right-aligned;
        // each number column as wide as its widest entry, a gap apart, so
        // headings never run together; the network takes the rest.
        let numbers: [[String]] = runs.map(\.0).map { r in
            [c.numbers.compact(r.learningRate), c.numbers.count(r.trainCount), "\(r.epochs)",
             c.numbers.percent(r.trainAccuracy), c.numbers.percent(r.testAccuracy)]
        }
        let gap = t.px(14)
        let columnWidths = (1 ..< s.runColumns.count).map { k in
            ([s.runColumns[k]] + numbers.map { $0[k - 1] }).map {
                c.measure.width($0, style: t.style(t.small, bold: true))
            }.max() ?? 0
        }
        var stops = [body.maxX]
        for w in columnWidths.dropFirst().reversed() { stops.insert(stops[0] - w - gap, at: 0) }
        stops.insert(body.x, at: 0)
        func align(_ k: Int) -> HAlign { k == 0 ? .left : .right }
        for (k, head) in s.runColumns.enumerated() where k < stops.count {
            list.text(head, x: stops[k], y: y, t.style(t.small, Theme.muted), align(k))
        }
        y += sh
        for (r, now) in runs {
            let style = t.style(t.small, now ? Theme.accent : Theme.text, bold: now)
            let rate = c.numbers.compact(r.learningRate)
            // The network as wide as its column allows: "now: 784-50-10",
            // without "now" (the colour marks it), or the hidden layers alone.
            let sizes = r.sizes.map(String.init).joined(separator: "-")
            let room = stops[1] - stops[0] - (columnWidths.first ?? 0) - gap
            let network = [(now ? s.runNow + ": " : "") + sizes, sizes,
                           r.sizes.dropFirst().dropLast().map(String.init).joined(separator: "-")]
                .first { c.measure.width($0, style: style) <= room } ?? sizes
            let cells = [network, rate, c.numbers.count(r.trainCount), "\(r.epochs)",
                         c.numbers.percent(r.trainAccuracy), c.numbers.percent(r.testAccuracy)]
            for (k, cell) in cells.enumerated() { list.text(cell, x: stops[k], y: y, style, align(k)) }
            y += sh
        }
    }
}
