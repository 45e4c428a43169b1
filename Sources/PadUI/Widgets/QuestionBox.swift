import NeuroCore

/// A question over a darkened screen: a title, lines that explain it
/// (wrapped to the box) and, at the bottom, room for the answer buttons
/// (`answers`), e.g. the quit question.
struct QuestionBox {
    let width: Int
    let height: Int
    let title: String
    let lines: [String]

    /// The box and, inside it, the row its answer buttons take.
    func layout(_ c: SceneContext, buttons m: ControlMetrics) -> (box: Rect, answers: Rect, wrapped: [String]) {
        let t = c.theme, pad = t.px(24)
        let boxWidth = min(t.px(900), width - 2 * t.px(10))
        let wrapped = lines.flatMap { TextWrap.lines($0, width: boxWidth - 2 * pad, style: t.style(t.body), measure: c.measure) }
        let boxHeight = min(DigitLayout.lineHeight(t.heading) + t.px(12) + wrapped.count * DigitLayout.lineHeight(t.body)
                                + t.px(16) + m.height + 2 * pad, height - 2 * t.px(10))
        let box = Rect(x: (width - boxWidth) / 2, y: (height - boxHeight) / 2, width: boxWidth, height: boxHeight)
        let answers = Rect(x: box.x + pad, y: box.maxY - pad - m.height, width: box.width - 2 * pad, height: m.height)
        return (box, answers, wrapped)
    }

    func draw(into list: inout DrawList, _ c: SceneContext, buttons m: ControlMetrics) {
        let t = c.theme, pad = t.px(24)
        let (box, _, wrapped) = layout(c, buttons: m)
        list.fill(Rect(x: 0, y: 0, width: width, height: height), Theme.overlay)
        list.fill(box, Theme.panel)
        list.frame(box, Theme.accent, thickness: 2)
        list.clip(box)
        var y = box.y + pad
        list.text(title, x: box.x + pad, y: y, t.style(t.heading, Theme.text, bold: true))
        y += DigitLayout.lineHeight(t.heading) + t.px(12)
        for line in wrapped {
            list.text(line, x: box.x + pad, y: y, t.style(t.body, Theme.text))
            y += DigitLayout.lineHeight(t.body)
        }
        list.clip(nil)
    }
}
