import NeuroCore

/// The fuller key help (H or F1) over a darkened screen; its close button
/// (a control of the router) sits at the bottom of the box.
struct HelpOverlay {
    let width: Int
    let height: Int

    func pad(_ c: SceneContext) -> Int { c.theme.px(24) }

    /// The help's text size and each row's action in lines: body size on
    /// one line each where the window is wide enough; else actions wrapped
    /// to the room beside the keys, at body size if the lines fit the
    /// window's height, else at small size.
    struct Fit {
        var size: Int
        var keyWidth: Int
        var lines: [[String]]
        var lineHeight: Int
    }

    func fit(_ c: SceneContext, rows: [KeyHint]) -> Fit {
        let t = c.theme, pad = pad(c)
        let button = DigitLayout(width: width, height: height).buttons.height
        let maxWidth = width - 2 * t.px(10), maxHeight = height - 2 * t.px(10)
        var last: Fit?
        for size in [t.body, max(t.small, t.shrinkFloor)] {
            let keyWidth = rows.map { c.measure.width($0.keys, style: keyStyle(c, size)) }.max() ?? 0
            let room = maxWidth - keyWidth - 3 * pad
            let lines = rows.map { TextWrap.lines($0.action, width: room, style: textStyle(c, size), measure: c.measure) }
            let lh = DigitLayout.lineHeight(size) + t.px(4)
            let f = Fit(size: size, keyWidth: keyWidth, lines: lines, lineHeight: lh)
            last = f
            let count = lines.reduce(0) { $0 + max($1.count, 1) }
            if (count + 1) * lh + t.px(8) + 2 * pad + button <= maxHeight { return f }
        }
        return last ?? Fit(size: t.body, keyWidth: 0, lines: [], lineHeight: 1)
    }

    /// The box: the title, the rows' lines, and room for the close button
    /// (`fit` when the caller has it already).
    func box(_ c: SceneContext, rows: [KeyHint], fit known: Fit? = nil) -> Rect {
        let t = c.theme, pad = pad(c), f = known ?? fit(c, rows: rows)
        let textWidth = f.lines.flatMap { $0 }.map { c.measure.width($0, style: textStyle(c, f.size)) }.max() ?? 0
        let button = DigitLayout(width: width, height: height).buttons.height
        let count = f.lines.reduce(0) { $0 + max($1.count, 1) }
        let boxWidth = min(f.keyWidth + textWidth + 3 * pad, width - 2 * t.px(10))
        let boxHeight = min((count + 1) * f.lineHeight + t.px(8) + 2 * pad + button, height - 2 * t.px(10))
        return Rect(x: (width - boxWidth) / 2, y: (height - boxHeight) / 2, width: boxWidth, height: boxHeight)
    }

    private func keyStyle(_ c: SceneContext, _ size: Int) -> TextStyle { c.theme.style(size, Theme.accent, bold: true) }
    private func textStyle(_ c: SceneContext, _ size: Int) -> TextStyle { c.theme.style(size, Theme.text) }

    func draw(into list: inout DrawList, _ c: SceneContext, rows: [KeyHint]) {
        let t = c.theme, pad = pad(c), f = fit(c, rows: rows), lh = f.lineHeight
        list.fill(Rect(x: 0, y: 0, width: width, height: height), Theme.overlay)
        let box = box(c, rows: rows, fit: f)
        list.fill(box, Theme.panel)
        list.frame(box, Theme.accent, thickness: 2)
        list.clip(box)
        list.text(c.strings.helpTitle, x: box.x + pad, y: box.y + pad, t.style(t.heading, Theme.text, bold: true))
        var line = 1
        for (row, lines) in zip(rows, f.lines) {
            let y = box.y + pad + line * lh + t.px(8)
            list.text(row.keys, x: box.x + pad, y: y, keyStyle(c, f.size))
            for (k, text) in lines.enumerated() {
                list.text(text, x: box.x + 2 * pad + f.keyWidth, y: y + k * lh, textStyle(c, f.size))
            }
            line += max(lines.count, 1)
        }
        list.clip(nil)
    }
}
