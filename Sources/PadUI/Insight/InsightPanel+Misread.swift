import NeuroCore

/// View 6: why did it misread my digit? The drawing as it is and the
/// centred input side by side, each with the network's answer for it, the
/// ink's box (orange) and the centre of mass (cross). A digit drawn small
/// or off-centre is read wrongly as drawn and rightly once centred: the
/// lesson's "limits of the model".
extension InsightPanel {
    static let boxColour = Color(hex: 0xE07000)
    static let massColour = Color(hex: 0x8E24AA)

    func drawMisread(into list: inout DrawList, _ body: Rect, _ c: SceneContext, snap: TrainingSnapshot, scene: DigitScene) {
        let t = c.theme, s = c.insight, n = scene.normalized
        let sh = DigitLayout.lineHeight(t.small), bh = DigitLayout.lineHeight(t.body)
        let gap = t.px(24)
        let side = max(min((body.width - gap) / 2, body.height - 2 * bh - 4 * sh - t.px(16)) / 28 * 28, 28)
        let left = Rect(x: body.x, y: body.y + bh, width: side, height: side)
        let right = Rect(x: left.maxX + gap, y: left.y, width: side, height: side)
        let raw = scene.ink.ink
        let panes: [(String, [Float], Rect, FloatRect?, Point?)] = [
            (s.asDrawn, raw, left,
             n.isEmpty ? nil : FloatRect(n.boundingBox),
             n.isEmpty ? nil : n.inkCentreOfMass),
            (s.asCentred, n.pixels, right, n.isEmpty ? nil : n.placement, n.isEmpty ? nil : n.centreOfMass),
        ]
        // A text a size smaller (down to the small text) when it would run
        // into the next pane's or out of the panel ("Antwort: 2 (49,4 %)").
        func room(_ i: Int) -> Int { (i + 1 < panes.count ? panes[i + 1].2.x : body.maxX) - panes[i].2.x - t.px(8) }
        func fitted(_ text: String, _ style: TextStyle, _ room: Int) -> TextStyle {
            var style = style
            style.size = TextFit.size(from: style.size, floor: t.small) { size in
                var candidate = style
                candidate.size = size
                return c.measure.width(text, style: candidate) <= room
            }
            return style
        }
        for (i, pane) in panes.enumerated() {
            list.text(pane.0, x: pane.2.x, y: body.y, fitted(pane.0, t.style(t.body, Theme.text, bold: true), room(i)))
            list.image(InsightPanel.paper(pane.1, slot: "insight.misread.\(i)"), pane.2)
            list.frame(pane.2.inset(-1), Theme.border)
            let cell = Float(side) / 28
            if let b = pane.3 {
                let r = Rect(x: pane.2.x + Int(b.x * cell), y: pane.2.y + Int(b.y * cell),
                             width: Int(b.width * cell), height: Int(b.height * cell))
                list.frame(r, InsightPanel.boxColour, thickness: 3)
            }
            if let m = pane.4 {
                // Pixel-index coordinates: pixel (c, r) is centred at c + 0.5 cells.
                let p = Point(x: Float(pane.2.x) + (m.x + 0.5) * cell, y: Float(pane.2.y) + (m.y + 0.5) * cell)
                InsightPanel.cross(into: &list, at: p, size: cell * 1.4, InsightPanel.massColour, width: 4)
            }
            guard !n.isEmpty else { continue }
            let out = snap.network.predict(DigitNormalizer.networkInput(pane.1))
            let d = MLP.argmax(out)
            let answer = InsightStrings.fill(s.answerLine, "\(d)", c.numbers.percent(Double(out[d] / max(out.reduce(0, +), 1e-6))))
            // The raw drawing's answer in red when centring changes it.
            let differs = i == 0 && d != scene.prediction?.digit
            list.text(answer, x: pane.2.x, y: pane.2.maxY + t.px(6),
                      fitted(answer, t.style(t.body, differs ? Theme.loss : Theme.accent, bold: true), room(i)))
        }
        var y = left.maxY + t.px(6) + bh + t.px(4)
        list.frame(Rect(x: body.x, y: y + 4, width: t.px(18), height: t.px(14)), InsightPanel.boxColour, thickness: 3)
        list.text(s.boxLegend, x: body.x + t.px(26), y: y, t.style(t.small, Theme.text))
        let mx = body.x + body.width / 2
        InsightPanel.cross(into: &list, at: Point(x: Float(mx + t.px(9)), y: Float(y + sh / 2)), size: Float(t.px(8)), InsightPanel.massColour, width: 3)
        list.text(s.massLegend, x: mx + t.px(26), y: y, t.style(t.small, Theme.text))
        y += sh
        if !n.isEmpty {
            let dx = n.centreOfMass.x - n.inkCentreOfMass.x, dy = n.centreOfMass.y - n.inkCentreOfMass.y
            let shift = c.numbers.fixed((dx * dx + dy * dy).squareRoot(), 1)
            list.text(InsightStrings.fill(s.scaleLine, c.numbers.fixed(n.scale, 2), shift), x: body.x, y: y,
                      t.style(t.small, Theme.text, bold: true))
            y += sh
        }
        InsightPanel.paragraph(into: &list, s.misreadHint, x: body.x, y: y, width: body.width, t.style(t.small, Theme.muted), c)
    }
}
