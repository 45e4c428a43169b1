import NeuroCore

/// View 3: a page of test digits with the network's answer under each
/// (the notebook's plot_list / predict_list); mistakes framed in red with
/// the true digit beside the answer. N / P turn pages, M keeps mistakes only;
/// buttons under the page do the same.
extension InsightPanel {
    func drawGallery(into list: inout DrawList, _ body: Rect, _ c: SceneContext, snap: TrainingSnapshot) {
        let t = c.theme, s = c.insight
        refreshGallery(snap)
        guard let g = gallery, let data = testData else { return }
        let sh = DigitLayout.lineHeight(t.small)
        let status = g.mistakesOnly
            ? InsightStrings.fill(s.galleryMistakes, c.numbers.count(g.mistakeCount), c.numbers.count(g.truths.count))
            : s.testDigits(g.truths.count, c.numbers)
        list.text(InsightStrings.fill(s.galleryPage, "\(g.page + 1)", "\(g.pageCount)") + "  ·  " + status,
                  x: body.x, y: body.y, t.style(t.small, g.mistakesOnly ? Theme.loss : Theme.text, bold: true))
        // Below `body`: the buttons of N, P and M (`galleryControls`).
        let area = Rect(x: body.x, y: body.y + sh + t.px(6), width: body.width, height: body.height - sh - t.px(6))
        // A mistake's label ("5 ≠ 6") at body size, else small, keeps a gap
        // to its neighbours; where even small is too wide (a 4:3 window),
        // six columns instead of eight.
        let widest = { (size: Int) in c.measure.width("8 \u{2260} 8", style: t.style(size, bold: true)) + t.px(10) }
        let columns = widest(t.small) <= area.width / 8 ? 8 : 6, rows = columns == 8 ? 3 : 4
        let pitchX = area.width / columns, pitchY = area.height / rows
        let size = widest(t.body) <= pitchX ? t.body : t.small
        let label = DigitLayout.lineHeight(size)
        let side = max(min(pitchX - t.px(12), pitchY - label - t.px(6)), 8)
        if g.current.isEmpty {
            list.text(s.noMistakes, x: area.midX, y: area.midY, t.style(t.body, Theme.accuracy, bold: true), .center, .middle)
        }
        for (n, i) in g.current.enumerated() {
            let cx = area.x + (n % columns) * pitchX + pitchX / 2, y = area.y + (n / columns) * pitchY
            let r = Rect(x: cx - side / 2, y: y, width: side, height: side)
            let bytes = data.image(i).map { 255 - $0 }
            list.image(GreyImage(slot: "insight.gallery.\(n)", width: 28, height: 28, bytes: bytes), r)
            let wrong = g.isMistake(i)
            list.frame(r.inset(wrong ? -4 : -1), wrong ? Theme.loss : Theme.border, thickness: wrong ? 4 : 1)
            let answer = g.answers[i]
            let text = wrong ? "\(answer) ≠ \(g.truths[i])" : "\(answer)"
            list.text(text, x: cx, y: r.maxY + t.px(4), t.style(size, wrong ? Theme.loss : Theme.accuracy, bold: true), .center)
        }
    }

    /// Previous page, next page, only mistakes: buttons along the bottom of
    /// the view that send the keys P, N and M.
    func galleryControls(in area: Rect, _ m: ControlMetrics, _ c: SceneContext) -> [Control] {
        guard view == .gallery, gallery != nil else { return [] }
        return buttonRow([("gallery-previous", "P"), ("gallery-next", "N"), ("gallery-mistakes", "M")],
                         labels: c.insight.galleryButtons, active: (gallery?.mistakesOnly ?? false) ? "M" : nil, in: area, m, c)
    }

    /// Buttons from the left along the bottom of `area`, each sending its
    /// key (typed in lower case); `active` names the key drawn filled.
    func buttonRow(_ items: [(name: String, key: String)], labels: [String], active: String? = nil,
                   in area: Rect, _ m: ControlMetrics, _ c: SceneContext) -> [Control] {
        var x = area.x
        return items.enumerated().map { i, item in
            let label = i < labels.count ? labels[i] : ""
            let w = m.width(key: item.key, label: label, measure: c.measure)
            defer { x += w + m.gap }
            return Control(name: item.name, key: item.key, label: label,
                           rect: Rect(x: x, y: area.maxY - m.height, width: w, height: m.height),
                           action: .input(.text(item.key.lowercased())), active: item.key == active)
        }
    }
}
