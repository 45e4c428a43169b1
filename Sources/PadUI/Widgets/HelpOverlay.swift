import NeuroCore

/// The fuller key help (H or F1) over a darkened screen; its close button
/// (a control of the router) sits at the bottom of the box.
struct HelpOverlay {
    let width: Int
    let height: Int

    func pad(_ c: SceneContext) -> Int { c.theme.px(24) }

    private func lineHeight(_ c: SceneContext) -> Int { DigitLayout.lineHeight(c.theme.body) + c.theme.px(4) }

    /// The box: the title, one line per row, and room for the close button.
    func box(_ c: SceneContext, rows: [KeyHint]) -> Rect {
        let t = c.theme, pad = pad(c), lh = lineHeight(c)
        let keyWidth = rows.map { c.measure.width($0.keys, style: keyStyle(c)) }.max() ?? 0
        let textWidth = rows.map { c.measure.width($0.action, style: textStyle(c)) }.max() ?? 0
        let button = DigitLayout(width: width, height: height).buttons.height
        let boxWidth = min(keyWidth + textWidth + 3 * pad, width - 2 * t.px(10))
        let boxHeight = min((rows.count + 1) * lh + t.px(8) + 2 * pad + button, height - 2 * t.px(10))
        return Rect(x: (width - boxWidth) / 2, y: (height - boxHeight) / 2, width: boxWidth, height: boxHeight)
    }

    private func keyStyle(_ c: SceneContext) -> TextStyle { c.theme.style(c.theme.body, Theme.accent, bold: true) }
    private func textStyle(_ c: SceneContext) -> TextStyle { c.theme.style(c.theme.body, Theme.text) }

    func draw(into list: inout DrawList, _ c: SceneContext, rows: [KeyHint]) {
        let t = c.theme, pad = pad(c), lh = lineHeight(c)
        list.fill(Rect(x: 0, y: 0, width: width, height: height), Theme.overlay)
        let keyWidth = rows.map { c.measure.width($0.keys, style: keyStyle(c)) }.max() ?? 0
        let box = box(c, rows: rows)
        list.fill(box, Theme.panel)
        list.frame(box, Theme.accent, thickness: 2)
        list.clip(box)
        list.text(c.strings.helpTitle, x: box.x + pad, y: box.y + pad, t.style(t.heading, Theme.text, bold: true))
        for (i, row) in rows.enumerated() {
            let y = box.y + pad + (i + 1) * lh + t.px(8)
            list.text(row.keys, x: box.x + pad, y: y, keyStyle(c))
            list.text(row.action, x: box.x + 2 * pad + keyWidth, y: y, textStyle(c))
        }
        list.clip(nil)
    }
}
