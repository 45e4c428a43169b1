import NeuroCore

extension DigitLayout {
    /// Everything right of the drawing grid: where the insight views go
    /// (the preview, answer, bars and plot of the training panel).
    public var insightArea: Rect {
        let bottom = max(plot.maxY, answer.maxY)
        return Rect(x: previewPanel.x, y: previewPanel.y, width: max(bars.maxX - previewPanel.x, 0),
                    height: max(bottom - previewPanel.y, 0))
    }
}

/// The frame of every view: its title and position ("3 / 7"), the current
/// settings and the answer for the drawing, then the view itself below.
extension InsightPanel {
    func draw(into list: inout DrawList, _ context: SceneContext, scene: DigitScene) {
        // The digit screen's panels have their own scale (4:3 projectors).
        var c = context
        c.theme = scene.layout.contentTheme
        let t = c.theme, s = c.insight, area = scene.layout.insightArea
        let lh = DigitLayout.lineHeight(t.heading), sh = DigitLayout.lineHeight(t.small)
        list.fill(area, Theme.panel)
        list.frame(area, Theme.border)
        let inner = area.inset(t.px(10))
        let title = s.viewNames[view] ?? ""
        let position = "V  \(view.rawValue) / \(InsightView.allCases.count - 1)"
        let positionStyle = t.style(t.small, Theme.accent, bold: true)
        // A long (German) title on a narrow (4:3) window steps down to body,
        // then small size; where even that meets the position, the position
        // gives way (the filled tab says which view it is).
        let room = inner.width - c.measure.width(position, style: positionStyle) - t.px(12)
        let sizes = [t.heading, t.body, t.small]
        let fitting = sizes.first { c.measure.width(title, style: t.style($0, bold: true)) <= room }
        let titleStyle = t.style(fitting ?? t.small, Theme.text, bold: true)
        list.text(title, x: inner.x, y: inner.y, titleStyle)
        if fitting != nil { list.text(position, x: inner.maxX, y: inner.y, positionStyle, .right) }
        let cfg = scene.trainingConfig
        let settings = InsightStrings.fill(s.settingsLine, cfg.sizes.map(String.init).joined(separator: "-"),
                                           c.numbers.compact(cfg.learningRate),
                                           cfg.trainLimit.map { c.numbers.count($0) } ?? s.allDigits)
        let answer: String
        if let p = scene.prediction {
            answer = InsightStrings.fill(s.answerLine, "\(p.digit)", "\(p.percents[p.digit])%")
        } else {
            answer = scene.status.snapshot == nil ? s.notReady : s.noDrawing
        }
        // Settings left, answer right; on a narrow window one row each.
        let settingsStyle = t.style(t.small, Theme.muted), answerStyle = t.style(t.small, Theme.accent, bold: true)
        let bothFit = c.measure.width(settings, style: settingsStyle) + c.measure.width(answer, style: answerStyle)
            + t.px(16) <= inner.width
        list.text(settings, x: inner.x, y: inner.y + lh, settingsStyle)
        list.text(answer, x: bothFit ? inner.maxX : inner.x, y: inner.y + lh + (bothFit ? 0 : sh), answerStyle,
                  bothFit ? .right : .left)
        let top = inner.y + lh + (bothFit ? 1 : 2) * sh + t.px(8)
        // The gallery's and the run log's buttons take the bottom row.
        let bottom = inner.maxY - ([.gallery, .accuracy].contains(view) ? scene.layout.buttons.height + t.px(8) : 0)
        let body = Rect(x: inner.x, y: top, width: inner.width, height: max(bottom - top, 0))
        guard let snap = scene.status.snapshot else {
            list.text(s.notReady, x: body.midX, y: body.midY, t.style(t.body, Theme.muted), .center, .middle)
            return
        }
        list.clip(area)
        switch view {
        case .off: break
        case .weights: drawWeights(into: &list, body, c, snap: snap, scene: scene)
        case .diagram: drawDiagram(into: &list, body, c, snap: snap, scene: scene)
        case .gallery: drawGallery(into: &list, body, c, snap: snap)
        case .confusion: drawConfusion(into: &list, body, c, snap: snap)
        case .accuracy: drawAccuracy(into: &list, body, c, snap: snap)
        case .misread: drawMisread(into: &list, body, c, snap: snap, scene: scene)
        case .imagine: drawImagine(into: &list, body, c, snap: snap)
        }
        list.clip(nil)
    }

    /// A 28x28 grey picture for ink values 0 ... 1, drawn as paper (ink dark).
    static func paper(_ ink: [Float], slot: String) -> GreyImage {
        GreyImage(slot: slot, width: 28, height: 28, bytes: InkGrid.paperBytes(ink))
    }

    /// `text` wrapped to `width`, lines from y down; returns the height used.
    @discardableResult
    static func paragraph(into list: inout DrawList, _ text: String, x: Int, y: Int, width: Int, _ style: TextStyle,
                          _ c: SceneContext) -> Int {
        let lh = DigitLayout.lineHeight(style.size)
        let lines = TextWrap.lines(text, width: width, style: style, measure: c.measure)
        for (i, line) in lines.enumerated() { list.text(line, x: x, y: y + i * lh, style) }
        return lines.count * lh
    }

    /// A cross of `size` pixels at p.
    static func cross(into list: inout DrawList, at p: Point, size: Float, _ colour: Color, width: Float) {
        list.line(Point(x: p.x - size, y: p.y), Point(x: p.x + size, y: p.y), colour, width: width)
        list.line(Point(x: p.x, y: p.y - size), Point(x: p.x, y: p.y + size), colour, width: width)
    }
}
