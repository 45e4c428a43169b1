/// The fuller key help (H or F1) over a darkened screen.
struct HelpOverlay {
    let width: Int
    let height: Int

    func draw(into list: inout DrawList, _ c: SceneContext, rows: [KeyHint]) {
        let t = c.theme
        list.fill(Rect(x: 0, y: 0, width: width, height: height), Theme.overlay)
        let lh = DigitLayout.lineHeight(t.body) + t.px(4)
        let keyStyle = t.style(t.body, Theme.accent, bold: true)
        let textStyle = t.style(t.body, Theme.text)
        let keyWidth = rows.map { c.measure.width($0.keys, style: keyStyle) }.max() ?? 0
        let textWidth = rows.map { c.measure.width($0.action, style: textStyle) }.max() ?? 0
        let pad = t.px(24)
        let boxWidth = min(keyWidth + textWidth + 3 * pad, width - 2 * t.px(10))
        let boxHeight = min((rows.count + 2) * lh + 2 * pad, height - 2 * t.px(10))
        let box = Rect(x: (width - boxWidth) / 2, y: (height - boxHeight) / 2, width: boxWidth, height: boxHeight)
        list.fill(box, Theme.panel)
        list.frame(box, Theme.accent, thickness: 2)
        list.clip(box)
        list.text(c.strings.helpTitle, x: box.x + pad, y: box.y + pad, t.style(t.heading, Theme.text, bold: true))
        for (i, row) in rows.enumerated() {
            let y = box.y + pad + (i + 1) * lh + t.px(8)
            list.text(row.keys, x: box.x + pad, y: y, keyStyle)
            list.text(row.action, x: box.x + 2 * pad + keyWidth, y: y, textStyle)
        }
        list.text(c.strings.helpClose, x: box.midX, y: box.maxY - pad, t.style(t.small, Theme.muted), .center, .bottom)
        list.clip(nil)
    }
}
