import NeuroCore

/// View 2: input -> hidden layer(s) -> 10 outputs, every neuron a disc lit
/// by its activation for the drawing, updated on every pen move. Lines
/// join the answer to the hidden neurons that pushed it most (w · a).
extension InsightPanel {
    func drawDiagram(into list: inout DrawList, _ body: Rect, _ c: SceneContext, snap: TrainingSnapshot, scene: DigitScene) {
        let t = c.theme, s = c.insight, net = snap.network
        let a = net.forward(DigitNormalizer.networkInput(scene.normalized.pixels))  // a⁽⁰⁾ ... a⁽ᴸ⁾
        let hiddenCount = max(net.sizes.count - 2, 0)
        let sh = DigitLayout.lineHeight(t.small), titleStyle = t.style(t.small, Theme.text, bold: true)
        // Columns: input, each hidden layer, output; the gaps carry arrows.
        let gap = t.px(34), outputW = t.px(120)
        let titles = [s.input] + (0 ..< hiddenCount).map { l in
            InsightStrings.fill(s.hiddenLayer, "\(l + 1)") + " (\(net.sizes[l + 1]))"
        } + [s.outputLayer]
        // The titles on one row, or on two when neighbours would touch
        // (German titles on a 4:3 window); the columns start under them.
        var top = 0, height = 0, inputW = 0, hiddenW = 0, placed: [(x: Int, row: Int)] = []
        for rows in 1 ... 2 {
            top = body.y + rows * sh + t.px(6)
            height = max(body.maxY - top, 0)
            inputW = min(body.width * 20 / 100, height)
            hiddenW = max((body.width - inputW - outputW - gap * (hiddenCount + 1)) / max(hiddenCount, 1), 0)
            let centres = [body.x + inputW / 2] + (0 ..< hiddenCount).map { body.x + inputW + gap + $0 * (hiddenW + gap) + hiddenW / 2 }
                + [body.x + inputW + gap + hiddenCount * (hiddenW + gap) + outputW / 2]
            let fit = TextFit.columnTitles(titles, centres: centres, within: body, rows: rows, gap: t.px(12),
                                           style: titleStyle, measure: c.measure)
            placed = fit.placed
            if fit.fits { break }
        }
        for (title, p) in zip(titles, placed) {
            list.text(title, x: p.x, y: body.y + p.row * sh, titleStyle, .center)
        }
        var x = body.x
        let input = Rect(x: x, y: top + (height - inputW) / 2, width: inputW, height: inputW)
        list.image(InsightPanel.paper(scene.normalized.pixels, slot: "insight.diagram.input"), input)
        list.frame(input.inset(-1), Theme.border)
        x = input.maxX + gap
        var columns: [(grid: TileGrid, count: Int)] = []
        for l in 1 ... max(hiddenCount, 1) where l <= hiddenCount {
            let values = a.count > l ? a[l] : []
            let grid = TileGrid(count: values.count, in: Rect(x: x, y: top, width: hiddenW, height: height))
            // Centre the block vertically in its column.
            let dy = (height - grid.bounds.height) / 2, dx = (hiddenW - grid.bounds.width) / 2
            let placed = TileGrid(count: values.count, in: Rect(x: x + dx, y: top + dy, width: grid.bounds.width, height: grid.bounds.height))
            list.image(discSprites(placed.tile).image(values, columns: placed.columns, slot: "insight.diagram.h\(l)"), placed.bounds)
            columns.append((placed, values.count))
            x += hiddenW + gap
        }
        // Outputs: one column of ten discs with digit and value beside them.
        let out = a.last ?? []
        let disc = min(height / 10, t.px(44))
        let outRect = Rect(x: x, y: top + (height - disc * 10) / 2, width: disc, height: disc * 10)
        list.image(discSprites(disc).image(out, columns: 1, slot: "insight.diagram.out"), outRect)
        let winner = scene.normalized.isEmpty ? nil : Optional(MLP.argmax(out))
        for (d, v) in out.enumerated() {
            let y = outRect.y + d * disc + disc / 2
            let on = d == winner
            list.text("\(d)", x: outRect.maxX + t.px(8), y: y, t.style(t.body, on ? Theme.accent : Theme.text, bold: true), .left, .middle)
            list.text(c.numbers.fixed(v, 2), x: outRect.maxX + t.px(30), y: y,
                      t.style(t.small, on ? Theme.accent : Theme.muted, bold: on), .left, .middle)
        }
        // Arrows between the columns.
        var edges = [input.maxX] + columns.map { $0.grid.bounds.maxX }
        edges = edges.map { $0 + t.px(4) }
        let mid = Float(top + height / 2)
        for e in edges {
            let x0 = Float(e), x1 = Float(e + gap - t.px(10))
            list.line(Point(x: x0, y: mid), Point(x: x1, y: mid), Theme.muted, width: 3)
            list.polyline([Point(x: x1 - 8, y: mid - 7), Point(x: x1, y: mid), Point(x: x1 - 8, y: mid + 7)], Theme.muted, width: 3)
        }
        // Who voted: the last hidden layer's largest contributions w·a to the answer.
        guard let winner, let last = columns.last, hiddenCount > 0 else { return }
        let l = net.layerCount - 1, h = a[l]
        let w = net.weights(layer: l)
        let row = w.startIndex + winner * h.count
        let votes = (0 ..< h.count).map { (k: $0, v: w[row + $0] * h[$0]) }.sorted { $0.v > $1.v }.prefix(6)
        let target = Point(x: Float(outRect.x), y: Float(outRect.y + winner * disc + disc / 2))
        for vote in votes where vote.v > 0 {
            let r = last.grid.rect(of: vote.k)
            list.line(Point(x: Float(r.midX), y: Float(r.midY)), target, Theme.accent.withAlpha(150), width: 2)
        }
    }
}
