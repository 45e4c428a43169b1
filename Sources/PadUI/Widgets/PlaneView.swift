import NeuroCore

/// The plane with its axes, the shaded decision regions, the separation
/// lines and the points. Takes plain numbers (weights, points, a picture),
/// never the learner.
struct PlaneView {
    enum LineStyle: Equatable {
        /// The current line w₁x₁ + w₂x₂ + b = 0, with the arrow of w.
        case main
        /// Where the line started ("Startbelegung"): faint and dashed.
        case ghost
        /// Where it was before the single step just taken.
        case before
        /// A hidden neuron's line, labelled h₁, h₂, …
        case hidden(Int)
        /// One of many hidden lines: thin and solid, unnamed.
        case faintHidden
    }

    struct Mark {
        var x1, x2: Double
        var label: Int
        var wrong: Bool
    }

    /// The hidden neurons' lines, and their numbers in the panel.
    static let hidden = Color(0x5E, 0x35, 0xB1, 220)
    static let hiddenText = Color(hex: 0x5E35B1)

    let mapping: PlaneMapping
    let theme: Theme
    let numbers: NumberFormat

    var rect: Rect { mapping.rect }
    var radius: Float { Float(max(theme.px(9), 5)) }

    /// Shading first, then grid and axes, so lines and points lie on top.
    func drawBackground(_ image: RGBImage, boundary: [(Point, Point)], into list: inout DrawList) {
        list.image(image, rect)
        let b = mapping.bounds
        let guide = Color(0x4A, 0x51, 0x5C, 60), axis = Color(0x15, 0x18, 0x1D, 150)
        let tick = theme.style(theme.small, Theme.muted)
        for x in PlaneView.ticks(b.minX, b.maxX) {
            let px = mapping.point(x, b.minY).x
            list.line(Point(x: px, y: Float(rect.y)), Point(x: px, y: Float(rect.maxY)), abs(x) < 1e-9 ? axis : guide,
                      width: abs(x) < 1e-9 ? 2 : 1)
            list.text(label(x), x: Int(px), y: rect.maxY + theme.px(3), tick, .center, .top)
        }
        for y in PlaneView.ticks(b.minY, b.maxY) {
            let py = mapping.point(b.minX, y).y
            list.line(Point(x: Float(rect.x), y: py), Point(x: Float(rect.maxX), y: py), abs(y) < 1e-9 ? axis : guide,
                      width: abs(y) < 1e-9 ? 2 : 1)
            // The bottom one sits above its line, clear of x₁'s first tick below the corner.
            let atBottom = py >= Float(rect.maxY) - 1
            list.text(label(y), x: rect.x - theme.px(6), y: Int(py), tick, .right, atBottom ? .bottom : .middle)
        }
        // The network's curved boundary: where its output crosses 0.
        let cell = Float(rect.width) / Float(PlaneShading.cells)
        let ox = Float(rect.x), oy = Float(rect.y)
        list.clip(rect)
        for (a, c) in boundary {
            list.line(Point(x: ox + a.x * cell, y: oy + a.y * cell), Point(x: ox + c.x * cell, y: oy + c.y * cell),
                      PlaneMarkers.highlight, width: Float(max(theme.px(3), 2)))
        }
        list.clip(nil)
        list.frame(rect.inset(-1), Theme.border, thickness: 1)
    }

    /// x₂'s name above the plane, x₁'s below the ticks at the right.
    func drawAxisNames(x1: String, x2: String, into list: inout DrawList) {
        let style = theme.style(theme.small, Theme.text, bold: true)
        list.text(x2, x: rect.x - theme.px(6), y: rect.y - theme.px(4), style, .left, .bottom)
        let lh = DigitLayout.lineHeight(theme.small)
        list.text(x1, x: rect.maxX, y: rect.maxY + theme.px(3) + lh, style, .right, .top)
    }

    /// What a line's caption keeps clear of: buttons and notes on the plane
    /// (`rects`) and the lines drawn on it (`lines`, its own among them).
    struct CaptionRoom {
        var rects: [Rect]
        var lines: [Weights2]
        var measure: any TextMeasure
    }

    /// A line across the plane in its style, with its caption (h₁, start,
    /// before) near one end, beside the line and clear of the caption's room.
    func drawLine(_ w: Weights2, _ style: LineStyle, caption: (text: String, room: CaptionRoom)? = nil,
                  into list: inout DrawList) {
        guard let (a, b) = mapping.segment(w) else { return }
        list.clip(rect)
        switch style {
        case .main:
            list.line(a, b, PlaneMarkers.highlight, width: Float(max(theme.px(4), 2)))
        case .ghost:
            dashed(a, b, Color(0x15, 0x18, 0x1D, 90), width: Float(max(theme.px(3), 2)), into: &list)
        case .before:
            dashed(a, b, Theme.accent.withAlpha(200), width: Float(max(theme.px(2), 2)), into: &list)
        case .hidden:
            dashed(a, b, PlaneView.hidden, width: Float(max(theme.px(3), 2)), into: &list)
            drawArrow(w, color: PlaneView.hidden, named: false, into: &list)
        case .faintHidden:
            list.line(a, b, PlaneView.hidden.withAlpha(130), width: 1)
        }
        list.clip(nil)
        if style == .main { drawArrow(w, into: &list) }
        guard let (caption, room) = caption else { return }
        // The caption sits just inside the plane at one end of the line; the
        // old place and odd hidden lines take the other end, so names of
        // lines that start close together keep apart.
        var (from, to) = (a, b)
        if case .hidden(let i) = style, i % 2 == 1 { (from, to) = (b, a) }
        if style == .before { (from, to) = (b, a) }
        let inward = Point(x: to.x - from.x, y: to.y - from.y)
        let color = style == .before ? Theme.accent : style == .ghost ? Theme.muted : PlaneView.hiddenText
        let s = theme.style(theme.small, color, bold: true)
        let box = captionBox(width: room.measure.width(caption, style: s), from: from, along: inward, room: room)
        list.text(caption, x: box.x, y: box.midY, s, .left, .middle)
    }

    /// The caption's box: beside its line (on either side, off it by a
    /// gap), as near `from` as it can be while it crosses no line drawn on
    /// the plane and covers no rect of `room`; inside the plane.
    private func captionBox(width: Int, from: Point, along inward: Point, room: CaptionRoom) -> Rect {
        let lh = DigitLayout.lineHeight(theme.small), gap = Float(theme.px(6))
        let len = max((inward.x * inward.x + inward.y * inward.y).squareRoot(), 1)
        let (ux, uy) = (inward.x / len, inward.y / len)
        let segments = room.lines.compactMap { mapping.segment($0) }
        func box(_ d: Float, _ side: Float) -> Rect {
            // Off the line along its normal by half the box's extent that way.
            let (nx, ny) = (-uy * side, ux * side)
            let extent = abs(nx) * Float(width) / 2 + abs(ny) * Float(lh) / 2 + gap
            let cx = from.x + ux * d + nx * extent, cy = from.y + uy * d + ny * extent
            let x = min(max(Int(cx) - width / 2, rect.x + 2), rect.maxX - width - 2)
            let y = min(max(Int(cy) - lh / 2, rect.y + 2), rect.maxY - lh - 2)
            return Rect(x: x, y: y, width: width, height: lh)
        }
        func clear(_ r: Rect) -> Bool {
            !room.rects.contains(where: r.intersects) && !segments.contains { PlaneView.crosses($0.0, $0.1, r) }
        }
        let steps = stride(from: Float(theme.px(40)), to: max(len - Float(theme.px(20)), Float(theme.px(41))),
                           by: Float(theme.px(8)))
        for d in steps {
            for side: Float in [1, -1] where clear(box(d, side)) { return box(d, side) }
        }
        // Nowhere clear of every line: at least clear of the buttons and notes.
        for d in steps where !room.rects.contains(where: box(d, 1).intersects) { return box(d, 1) }
        return box(Float(theme.px(40)), 1)
    }

    /// Whether the segment a-b passes through `r` (Liang-Barsky clipping).
    static func crosses(_ a: Point, _ b: Point, _ r: Rect) -> Bool {
        let dx = b.x - a.x, dy = b.y - a.y
        var t0: Float = 0, t1: Float = 1
        for (p, q) in [(-dx, a.x - Float(r.x)), (dx, Float(r.maxX) - a.x), (-dy, a.y - Float(r.y)), (dy, Float(r.maxY) - a.y)] {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let t = q / p
                if p < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
                if t0 > t1 { return false }
            }
        }
        return true
    }

    /// Pixels of arrow per unit of |w|: 64 design pixels for |w| = 1 on a
    /// plane 2 units wide, the same look on every plane.
    var arrowScale: Double {
        let b = mapping.bounds
        return Double(theme.px(64)) * max(b.maxX - b.minX, b.maxY - b.minY) / 2
    }

    /// Where the arrow of w sits: its foot on the line (the point nearest
    /// the plane's centre) and its tip, |w| · `arrowScale` pixels away
    /// (at least 28 design pixels, at most 40 % of the plane) towards the +1
    /// side along the gradient of z, perpendicular to the drawn line even
    /// when x₁ and x₂ have different scales. Nil when the foot is outside
    /// the plane or w = 0.
    func arrow(_ w: Weights2) -> (foot: Point, tip: Point)? {
        let upp = mapping.unitsPerPixel
        // z per pixel: ∂z/∂px = w₁·(units per px), ∂z/∂py = −w₂·(units per px).
        let gx = w.w1 * upp.x, gy = -w.w2 * upp.y
        let g = (gx * gx + gy * gy).squareRoot()
        guard g > 0 else { return nil }
        let cx = Double(rect.x) + Double(rect.width) / 2, cy = Double(rect.y) + Double(rect.height) / 2
        let c = mapping.plane(x: Int(cx), y: Int(cy))
        let zc = w.z(c.x1, c.x2)
        let foot = Point(x: Float(cx - zc / g * gx / g), y: Float(cy - zc / g * gy / g))
        guard rect.inset(theme.px(10)).contains(x: Int(foot.x), y: Int(foot.y)) else { return nil }
        let size = (w.w1 * w.w1 + w.w2 * w.w2).squareRoot() * arrowScale
        let (ux, uy) = (Float(gx / g), Float(gy / g))
        // The tip and its name stay inside the plane: a foot near an edge
        // gets a shorter arrow, pointing still to the +1 side.
        let inner = rect.inset(theme.px(26))
        var room = Float.infinity
        if ux != 0 { room = min(room, ((ux > 0 ? Float(inner.maxX) : Float(inner.x)) - foot.x) / ux) }
        if uy != 0 { room = min(room, ((uy > 0 ? Float(inner.maxY) : Float(inner.y)) - foot.y) / uy) }
        // Too near the edge for even a short arrow: none until the line moves in.
        guard room >= Float(theme.px(20)) else { return nil }
        let len = min(Float(min(max(size, Double(theme.px(28))), 0.4 * Double(rect.width))), room)
        return (foot, Point(x: foot.x + ux * len, y: foot.y + uy * len))
    }

    /// w as an arrow from the line towards the +1 side (`arrow`), named w;
    /// thinner and unnamed for a hidden neuron.
    func drawArrow(_ w: Weights2, color: Color = PlaneMarkers.highlight, named: Bool = true, into list: inout DrawList) {
        guard let (foot, tip) = arrow(w) else { return }
        let dx = tip.x - foot.x, dy = tip.y - foot.y, len = max((dx * dx + dy * dy).squareRoot(), 1)
        let ux = dx / len, uy = dy / len
        let width = Float(max(theme.px(named ? 4 : 3), 2)), head = Float(theme.px(named ? 16 : 12))
        list.clip(rect)
        list.line(foot, Point(x: tip.x - ux * head * 0.6, y: tip.y - uy * head * 0.6), color, width: width)
        list.polyline([Point(x: tip.x - ux * head - uy * head * 0.55, y: tip.y - uy * head + ux * head * 0.55), tip,
                       Point(x: tip.x - ux * head + uy * head * 0.55, y: tip.y - uy * head - ux * head * 0.55)],
                      color, width: width)
        list.clip(nil)
        guard named else { return }
        let inner = rect.inset(theme.px(10))
        list.text("w", x: min(max(Int(tip.x + ux * Float(theme.px(14))), inner.x), inner.maxX),
                  y: min(max(Int(tip.y + uy * Float(theme.px(14))), inner.y), inner.maxY),
                  theme.style(theme.body, color, bold: true), .center, .middle)
    }

    func drawPoints(_ marks: [Mark], highlight: Int?, into list: inout DrawList) {
        let r = radius
        list.clip(rect)
        for m in marks {
            PlaneMarkers.draw(m.label, at: mapping.point(m.x1, m.x2), r: r, into: &list)
        }
        for m in marks where m.wrong {
            PlaneMarkers.ring(at: mapping.point(m.x1, m.x2), r: r * 1.75, PlaneMarkers.wrongRing,
                              width: Float(max(theme.px(3), 2)), into: &list)
        }
        // The sample just used: a ring with four ticks, like a sight, so it
        // differs in shape from the wrong-side ring.
        if let h = highlight, marks.indices.contains(h) {
            let c = mapping.point(marks[h].x1, marks[h].x2), w = Float(max(theme.px(4), 3))
            PlaneMarkers.ring(at: c, r: r * 2.4, PlaneMarkers.highlight, width: w, into: &list)
            for (dx, dy) in [(1, 0), (-1, 0), (0, 1), (0, -1)] as [(Float, Float)] {
                list.line(Point(x: c.x + dx * r * 2.4, y: c.y + dy * r * 2.4),
                          Point(x: c.x + dx * r * 3.4, y: c.y + dy * r * 3.4), PlaneMarkers.highlight, width: w)
            }
        }
        list.clip(nil)
    }

    /// Dashes of 14 and gaps of 9 design pixels along a-b.
    private func dashed(_ a: Point, _ b: Point, _ c: Color, width: Float, into list: inout DrawList) {
        let dx = b.x - a.x, dy = b.y - a.y
        let len = (dx * dx + dy * dy).squareRoot()
        guard len > 0 else { return }
        let dash = Float(max(theme.px(14), 4)), gap = Float(max(theme.px(9), 3))
        var s: Float = 0
        while s < len {
            let e = min(s + dash, len)
            list.line(Point(x: a.x + dx * s / len, y: a.y + dy * s / len),
                      Point(x: a.x + dx * e / len, y: a.y + dy * e / len), c, width: width)
            s = e + gap
        }
    }

    private func label(_ v: Double) -> String { numbers.compact(Float(v)).minusSign }

    /// Tick values at a round step (…, 0.25, 0.5, 1, 2, 5, …): at most six
    /// intervals, so the labels stay large and apart.
    static func ticks(_ lo: Double, _ hi: Double) -> [Double] {
        let span = hi - lo
        guard span > 0, span.isFinite else { return [] }
        var step = 1.0
        while span / step > 8 { step *= 10 }
        while span / step < 4 { step /= 10 }
        for f in [1.0, 2, 2.5, 5, 10] where span / (step * f) <= 6 {
            step *= f
            break
        }
        var v = (lo / step).rounded(.up) * step
        var out: [Double] = []
        while v <= hi + step * 1e-9 {
            out.append(abs(v) < step * 1e-9 ? 0 : v)
            v += step
        }
        return out
    }
}
