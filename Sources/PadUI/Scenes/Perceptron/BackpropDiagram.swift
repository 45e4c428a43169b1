import NeuroCore

/// One backpropagation step of the plane's network 2-H-1 as a picture, for
/// the panel beside the plane after `S`: the sample going through the net
/// and the error coming back, with the numbers of the step
/// (`BackpropStep`, computed in NeuroCore):
///
///     Last step: x = (0, 1), t = −1, η = 0.1
///     (x₁) 0 ──── (h₁) z = 1.43  a = 0.89 ──┐
///                 (h₂) z = 0.90  a = 0.72 ──┼── (y) z = −0.04
///     (x₂) 1 ──── (h₃) …                   ──┘      a = −0.04
///     δ = (a − t)(1 − a²) = (−0.04 − (−1))·(1 − (−0.04)²) = 0.96
///     δ₁ = (v₁·δ)(1 − a₁²) = (0.19·0.96)·(1 − 0.89²) = 0.04     (each hidden neuron)
///     Weights before → after (w ← w − η·δ·input)
///     h₁  w₁ −1.14 → −1.14   w₂ …   b …   v₁ 0.19 → 0.10        (the edges of h₁)
///     y   c 0.00 → −0.10
///
/// The first four hidden neurons at most, with a note when there are more.
/// The layout takes the largest font (from the theme's small size down to
/// its least readable one) at which everything fits `area`, trying narrower arrangements
/// (two lines per neuron, formulas and table rows broken in two) before a
/// smaller font; `boxes` gives every text and circle for checks that
/// nothing overlaps or leaves the area.
struct BackpropDiagram {
    struct Label {
        var text: String
        var x: Int
        var y: Int
        var style: TextStyle
        var box: Rect
    }

    struct Node {
        var centre: Point
        var r: Float
        var name: String
        var color: Color
        var filled: Bool
        var box: Rect {
            Rect(x: Int((centre.x - r).rounded(.down)), y: Int((centre.y - r).rounded(.down)),
                 width: Int((2 * r).rounded(.up)), height: Int((2 * r).rounded(.up)))
        }
    }

    /// Font size of the numbers, in pixels.
    private(set) var size = 12
    /// Hidden neurons drawn (at most four).
    private(set) var shown = 0
    private(set) var labels: [Label] = []
    private(set) var nodes: [Node] = []
    private(set) var edges: [(Point, Point, Color)] = []
    /// Where the diagram ends (≤ area.maxY when it fits).
    private(set) var bottom = 0
    private(set) var fits = false

    /// Every text and every circle, for overlap checks.
    var boxes: [Rect] { labels.map(\.box) + nodes.map(\.box) }

    static let hiddenColor = PlaneView.hiddenText
    static let edgeHidden = Color(0x5E, 0x35, 0xB1, 150)
    static let edgeOutput = Color(0x15, 0x18, 0x1D, 150)

    init(_ step: BackpropStep, area: Rect, theme t: Theme, text: RuleText, strings s: PlaneStrings, measure: any TextMeasure) {
        let most = min(step.hiddenA.count, 4)
        // Ordered from the most readable to the most compact.
        let arrangements = [Arrangement(hiddenLines: 1, tableColumns: 4, wideFormulas: true),
                            Arrangement(hiddenLines: 2, tableColumns: 4, wideFormulas: true),
                            Arrangement(hiddenLines: 1, tableColumns: 4, wideFormulas: false),
                            Arrangement(hiddenLines: 2, tableColumns: 4, wideFormulas: false),
                            Arrangement(hiddenLines: 1, tableColumns: 3, wideFormulas: true),
                            Arrangement(hiddenLines: 2, tableColumns: 3, wideFormulas: true),
                            Arrangement(hiddenLines: 1, tableColumns: 3, wideFormulas: false),
                            Arrangement(hiddenLines: 2, tableColumns: 3, wideFormulas: false),
                            Arrangement(hiddenLines: 1, tableColumns: 2, wideFormulas: true),
                            Arrangement(hiddenLines: 2, tableColumns: 2, wideFormulas: true),
                            Arrangement(hiddenLines: 1, tableColumns: 2, wideFormulas: false),
                            Arrangement(hiddenLines: 2, tableColumns: 2, wideFormulas: false)]
        // Fewer neurons only when even the least readable size cannot hold four.
        for count in stride(from: most, through: 1, by: -1) {
            for f in stride(from: max(t.small, t.shrinkFloor), through: t.shrinkFloor, by: -1) {
                for a in arrangements {
                    var d = BackpropDiagram()
                    d.layout(step, count, a, f, area, t, text, s, measure)
                    if d.fits {
                        self = d
                        return
                    }
                }
            }
        }
        // Nothing fits (a tiny window): the most compact, clipped by the caller.
        layout(step, 1, arrangements[arrangements.count - 1], t.shrinkFloor, area, t, text, s, measure)
    }

    private init() {}

    struct Arrangement {
        /// z and a beside a hidden neuron: one line, or one each.
        var hiddenLines: Int
        /// Updates per table row: all four of a hidden neuron; its three (w₁, w₂, b)
        /// with the output's v₁ … in a row of their own; or two, named.
        var tableColumns: Int
        /// Each δ with its formula on one line, or the formula once and the numbers below.
        var wideFormulas: Bool
    }

    private mutating func layout(_ step: BackpropStep, _ count: Int, _ arr: Arrangement, _ f: Int, _ area: Rect, _ t: Theme,
                                 _ text: RuleText, _ s: PlaneStrings, _ measure: any TextMeasure) {
        size = f
        shown = count
        labels = []
        nodes = []
        edges = []
        var ok = true
        let lh = DigitLayout.lineHeight(f), gap = max(t.px(8), 4)
        let plain = t.style(f, Theme.text), hidden = t.style(f, BackpropDiagram.hiddenColor)
        let muted = t.style(f, Theme.muted), bold = t.style(f, Theme.muted, bold: true)
        func width(_ string: String, _ style: TextStyle) -> Int { measure.width(string, style: style) }
        func put(_ string: String, _ x: Int, _ y: Int, _ style: TextStyle) {
            let w = width(string, style)
            let box = Rect(x: x, y: y, width: w, height: lh)
            if box.maxX > area.maxX || box.x < area.x { ok = false }
            labels.append(Label(text: string, x: x, y: y, style: style, box: box))
        }
        let w = text.weight
        let sep = text.numbers.language == .de ? "; " : ", "
        let t0 = text.target(step.target, of: PlaneNetwork.targets)

        // Title: the sample and the rate, smaller rather than cut in a narrow
        // panel; below the least readable size on two lines instead.
        var y = area.y
        let facts = ["x = (\(text.short(step.x1))\(sep)\(text.short(step.x2)))", "t = \(t0)",
                     "\u{03B7} = " + text.numbers.compact(Float(step.learningRate))]
        let title = "\(s.lastStep):  " + facts.joined(separator: ", ")
        var titleStyle = bold
        titleStyle.size = TextFit.size(from: bold.size, floor: t.shrinkFloor) { size in
            var style = bold
            style.size = size
            return width(title, style) <= area.width
        }
        let titleLines = width(title, titleStyle) <= area.width ? [title] : ["\(s.lastStep):", facts.joined(separator: ", ")]
        for line in titleLines {
            put(line, area.x, y, titleStyle)
            y += lh
        }
        y += gap / 2

        // The net: inputs, hidden neurons, output; each circle with its numbers to the right.
        let r = Float(max(f * 3 / 4, 9)), d = Int(2 * r)
        let rowH = max(arr.hiddenLines * lh, d + max(gap / 2, 3))
        let outLines = ["z = \(w(step.outputZ))", "a = \(w(step.outputA))"]
        let graphH = max(count * rowH, 2 * d + 2 * gap, 2 * lh)
        let top = y
        let xs = [text.short(step.x1), text.short(step.x2)]
        let hiddenRows: [[String]] = (0 ..< count).map { j in
            let z = "z = \(w(step.hiddenZ[j]))", a = "a = \(w(step.hiddenA[j]))"
            return arr.hiddenLines == 1 ? [z + "  " + a] : [z, a]
        }
        let inLabelW = xs.map { width($0, plain) }.max() ?? 0
        let hLabelW = hiddenRows.flatMap { $0.map { width($0, hidden) } }.max() ?? 0
        let outLabelW = outLines.map { width($0, plain) }.max() ?? 0
        // Circles with their labels; what is left goes to the edges between the layers.
        let fixed = 3 * d + 4 * gap + inLabelW + hLabelW + outLabelW
        let edgeGap = min(max((area.width - fixed) / 2, 2 * f), 5 * f)
        // Inputs.
        let inX = Float(area.x) + r
        let inYs = [Float(top) + Float(graphH) / 4, Float(top) + 3 * Float(graphH) / 4]
        for k in 0 ..< 2 {
            nodes.append(Node(centre: Point(x: inX, y: inYs[k]), r: r, name: "x" + subscriptDigits(k + 1), color: Theme.muted,
                              filled: false))
            put(xs[k], Int(inX + r) + gap, Int(inYs[k]) - lh / 2, plain)
        }
        let inEnd = Float(Int(inX + r) + gap + inLabelW + gap / 2)
        // Hidden neurons.
        let hx = inEnd + Float(edgeGap) + r
        let hLabelX = Int(hx + r) + gap
        let hEnd = Float(hLabelX + hLabelW + gap / 2)
        let ox = hEnd + Float(edgeGap) + r
        let oy = Float(top) + Float(graphH) / 2
        for j in 0 ..< count {
            let cy = Float(top) + Float(rowH) * (Float(j) + 0.5) + Float(graphH - count * rowH) / 2
            nodes.append(Node(centre: Point(x: hx, y: cy), r: r, name: "h" + subscriptDigits(j + 1),
                              color: BackpropDiagram.hiddenColor, filled: false))
            let rows = hiddenRows[j]
            for (i, row) in rows.enumerated() {
                put(row, hLabelX, Int(cy) - rows.count * lh / 2 + i * lh, hidden)
            }
            for k in 0 ..< 2 {
                edges.append((Point(x: inEnd, y: inYs[k]), Point(x: hx - r, y: cy), BackpropDiagram.edgeHidden))
            }
            edges.append((Point(x: hEnd, y: cy), Point(x: ox - r, y: oy), BackpropDiagram.edgeOutput))
        }
        nodes.append(Node(centre: Point(x: ox, y: oy), r: r, name: "y", color: Theme.text, filled: false))
        for (i, row) in outLines.enumerated() {
            put(row, Int(ox + r) + gap, Int(oy) - outLines.count * lh / 2 + i * lh, plain)
        }
        y = top + graphH + gap / 2

        // The δ of each neuron, the formula with its numbers.
        let a = text.paren(w(step.outputA))
        let outNumbers = "(\(w(step.outputA)) \u{2212} \(text.paren(t0)))\u{00B7}(1 \u{2212} \(a)\u{00B2}) = \(w(step.outputDelta))"
        let outFormula = "\u{03B4} = (a \u{2212} t)(1 \u{2212} a\u{00B2})"
        if arr.wideFormulas {
            put(outFormula + " = " + outNumbers, area.x, y, plain)
            y += lh
        } else {
            put(outFormula, area.x, y, plain)
            put("   = " + outNumbers, area.x, y + lh, plain)
            put("\u{03B4}\u{2C7C} = (v\u{2C7C}\u{00B7}\u{03B4})(1 \u{2212} a\u{2C7C}\u{00B2})", area.x, y + 2 * lh, hidden)
            y += 3 * lh
        }
        for j in 0 ..< count {
            let n = subscriptDigits(j + 1), aj = text.paren(w(step.hiddenA[j]))
            let numbers = "(\(w(step.before.outputWeights[j]))\u{00B7}\(text.paren(w(step.outputDelta))))"
                + "\u{00B7}(1 \u{2212} \(aj)\u{00B2}) = \(w(step.hiddenDelta[j]))"
            let formula = "\u{03B4}\(n) = (v\(n)\u{00B7}\u{03B4})(1 \u{2212} a\(n)\u{00B2}) = "
            put((arr.wideFormulas ? formula : "\u{03B4}\(n) = ") + numbers, area.x, y, hidden)
            y += lh
        }
        y += gap / 2

        // Every weight before → after: a row per hidden neuron with the weights of its
        // edges, then the output's. Four columns (w₁, w₂, b, vⱼ; the output's bias c
        // under b) or three (w₁, w₂, b; v₁ … and c in the output's row), the names once
        // above them; or two a row, each number with its name.
        let caption = TextWrap.lines(s.backpropUpdates, width: area.width, style: muted, measure: measure)
        for line in caption {
            put(line, area.x, y, muted)
            y += lh
        }
        let updates = step.updates, h = step.hiddenA.count, cols = arr.tableColumns
        let named = cols == 2, vInHidden = cols != 3
        func change(_ name: String, _ u: BackpropUpdate) -> String {
            (named ? name + " " : "") + "\(w(u.before)) \u{2192} \(w(u.after))"
        }
        func labelled(_ name: String, _ u: BackpropUpdate) -> String { "\(name) \(w(u.before)) \u{2192} \(w(u.after))" }
        let rows: [(String, [String])] = (0 ..< count).map { j in
            let n = subscriptDigits(j + 1)
            return ("h" + n, [change("w\u{2081}", updates[3 * j]), change("w\u{2082}", updates[3 * j + 1]),
                              change("b", updates[3 * j + 2])] + (vInHidden ? [change("v" + n, updates[3 * h + j])] : []))
        }
        let outCells = (vInHidden ? [] : (0 ..< count).map { labelled("v" + subscriptDigits($0 + 1), updates[3 * h + $0]) })
            + [labelled("c", updates[4 * h])]
        let rowName = t.style(f, BackpropDiagram.hiddenColor, bold: true)
        let nameW = (rows.map(\.0) + ["y"]).map { width($0, rowName) }.max() ?? 0
        var colW = Array(repeating: 0, count: cols)
        for row in rows {
            for (i, cell) in row.1.enumerated() { colW[i % cols] = max(colW[i % cols], width(cell, hidden)) }
        }
        if cols == 4 { colW[2] = max(colW[2], width(outCells[0], plain)) }
        let cellGap = max(t.px(14), 8)
        func columnX(_ col: Int) -> Int { area.x + nameW + cellGap + (0 ..< col).reduce(0) { $0 + colW[$1] + cellGap } }
        if !named {
            for (i, name) in ["w\u{2081}", "w\u{2082}", "b", "v"].prefix(cols).enumerated() {
                put(name, columnX(i), y, t.style(f, Theme.muted, bold: true))
            }
            y += lh
        }
        for row in rows {
            put(row.0, area.x, y, rowName)
            for (i, cell) in row.1.enumerated() {
                if i > 0 && i % cols == 0 { y += lh }
                put(cell, columnX(i % cols), y, hidden)
            }
            y += lh
        }
        put("y", area.x, y, t.style(f, Theme.text, bold: true))
        if cols == 4 {
            put(outCells[0], columnX(2), y, plain)
        } else {
            // As many a line as fit.
            var x = columnX(0)
            for cell in outCells {
                let cw = width(cell, plain)
                if x > columnX(0) && x + cw > area.maxX {
                    y += lh
                    x = columnX(0)
                }
                put(cell, x, y, plain)
                x += cw + cellGap
            }
        }
        y += lh
        if step.hiddenA.count > count {
            for line in TextWrap.lines(s.backpropShown(count, of: step.hiddenA.count), width: area.width, style: muted,
                                       measure: measure) {
                put(line, area.x, y, muted)
                y += lh
            }
        }
        bottom = y
        fits = ok && y <= area.maxY && Int(ox + r) + gap + outLabelW <= area.maxX
    }

    func draw(into list: inout DrawList, _ t: Theme) {
        let line = Float(max(t.px(2), 1))
        for (a, b, color) in edges { list.line(a, b, color, width: line) }
        for n in nodes {
            PlaneMarkers.disc(at: n.centre, r: n.r, Theme.panel, into: &list)
            PlaneMarkers.ring(at: n.centre, r: n.r, n.color, width: line * 1.5, into: &list)
            // The name inside its circle: "h₁" is about as wide as its font is high.
            let name = t.style(size, n.color, bold: true)
            list.text(n.name, x: Int(n.centre.x), y: Int(n.centre.y), name, .center, .middle)
        }
        for l in labels { list.text(l.text, x: l.x, y: l.y, l.style) }
    }
}

/// What a laid-out diagram depends on: the step, the panel's room, the language.
struct DiagramKey: Equatable {
    var step: BackpropStep
    var top: Int
    var below: Int
    var bottom: Int
    var width: Int
    var language: Language
}
