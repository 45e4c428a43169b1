import NeuroCore

/// View 7: imagine a digit. The back query of each output (see
/// `MLP.backQuery`) as ten pictures, recomputed for every new network, so
/// the class watches the network's idea of each digit form while it trains.
extension InsightPanel {
    func drawImagine(into list: inout DrawList, _ body: Rect, _ c: SceneContext, snap: TrainingSnapshot) {
        let t = c.theme, s = c.insight
        let bh = DigitLayout.lineHeight(t.body)
        let noteHeight = InsightPanel.paragraph(into: &list, s.imagineNote, x: body.x, y: body.y, width: body.width,
                                                t.style(t.small, Theme.text), c)
        let key = [snap.generation, snap.version]
        if imagineCache?.key != key {
            let net = snap.network
            let lo: Float = net.activation == .sigmoid ? 0.01 : -0.99
            let images = (0 ..< min(net.outputSize, 10)).map { d -> GreyImage in
                // Back-query values lo ... 0.99 as ink 0 ... 1, drawn as paper.
                let ink = net.backQuery(label: d).map { ($0 - lo) / (0.99 - lo) }
                return InsightPanel.paper(ink, slot: "insight.imagine.\(d)")
            }
            imagineCache = (key, images)
        }
        let area = Rect(x: body.x, y: body.y + noteHeight + t.px(8), width: body.width, height: body.height - noteHeight - t.px(8))
        let pitchX = area.width / 5, pitchY = area.height / 2
        let side = max(min(pitchX - t.px(16), pitchY - bh - t.px(8)), 8)
        for (d, img) in (imagineCache?.images ?? []).enumerated() {
            let cx = area.x + (d % 5) * pitchX + pitchX / 2, y = area.y + (d / 5) * pitchY
            let r = Rect(x: cx - side / 2, y: y + bh, width: side, height: side)
            list.text("\(d)", x: cx, y: y, t.style(t.body, Theme.accent, bold: true), .center)
            list.image(img, r)
            list.frame(r.inset(-1), Theme.border)
        }
    }
}
