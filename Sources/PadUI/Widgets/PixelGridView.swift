import NeuroCore

/// A 28x28 picture drawn as sharp cells, with thin lines between the cells
/// when they are large enough to see, so students count pixels, not blur.
public struct PixelGridView: Sendable {
    public var image: GreyImage
    public var showCellLines: Bool

    public init(slot: String, bytes: [UInt8], side: Int = 28, showCellLines: Bool = true) {
        image = GreyImage(slot: slot, width: side, height: side, bytes: bytes)
        self.showCellLines = showCellLines
    }

    public func draw(into list: inout DrawList, _ rect: Rect) {
        list.image(image, rect)
        let cell = Float(rect.width) / Float(image.width)
        if showCellLines && cell >= 8 {
            // Faint lines; alpha so dark ink stays dark under them.
            let c = Theme.gridLine.withAlpha(110)
            for i in 1 ..< image.width {
                let x = Float(rect.x) + Float(i) * cell
                list.line(Point(x: x, y: Float(rect.y)), Point(x: x, y: Float(rect.maxY)), c)
                let y = Float(rect.y) + Float(i) * cell
                list.line(Point(x: Float(rect.x), y: y), Point(x: Float(rect.maxX), y: y), c)
            }
        }
        list.frame(rect.inset(-1), Theme.border)
    }
}

/// Ten (or any number of) labelled vertical bars with percentages above
/// them; the highlighted bar is coloured and its label bold.
public struct BarChart: Sendable {
    public var labels: [String]
    /// Whole percentages 0...100, or nil for "no values" (empty bars).
    public var percents: [Int]?
    public var highlight: Int?

    public init(labels: [String], percents: [Int]?, highlight: Int?) {
        self.labels = labels
        self.percents = percents
        self.highlight = highlight
    }

    /// The value labels' form for bars `width` px wide in all: with the %
    /// sign while the widest neighbours ("50%" next to "50%", or "100%"
    /// next to "0%", as the percentages sum to 100) keep a gap of `gap` px,
    /// else without it at the same size (the chart's title then carries
    /// the unit), else a size smaller down to 12 px. Fixed per width, so
    /// labels do not change form while a digit is drawn.
    public func valueStyle(width: Int, theme: Theme, measure: any TextMeasure) -> (unit: Bool, size: Int) {
        let pitch = Float(width) / Float(max(labels.count, 1)), gap = Float(BarChart.gap(theme))
        func fits(_ unit: Bool, _ size: Int) -> Bool {
            let w = measure.width(unit ? "50%" : "50", style: theme.style(size, bold: true))
            return Float(w) + gap <= pitch
        }
        if fits(true, theme.small) { return (true, theme.small) }
        return (false, TextFit.size(from: theme.small, floor: 12) { fits(false, $0) })
    }

    /// The least space between two neighbouring value labels.
    public static func gap(_ theme: Theme) -> Int { max(theme.px(8), 4) }

    public func draw(into list: inout DrawList, _ rect: Rect, theme: Theme, measure: any TextMeasure) {
        let n = max(labels.count, 1)
        let value = valueStyle(width: rect.width, theme: theme, measure: measure)
        let labelHeight = DigitLayout.lineHeight(theme.body)
        let valueHeight = DigitLayout.lineHeight(theme.small)
        let barTop = rect.y + valueHeight
        let baseline = rect.maxY - labelHeight
        let maxBar = max(baseline - barTop, 1)
        let pitch = Float(rect.width) / Float(n)
        let barWidth = max(Int(pitch * 0.62), 2)
        list.line(Point(x: Float(rect.x), y: Float(baseline)), Point(x: Float(rect.maxX), y: Float(baseline)),
                  Theme.border, width: 2)
        for i in 0 ..< labels.count {
            let cx = rect.x + Int(pitch * (Float(i) + 0.5))
            let isWinner = i == highlight
            let colour = isWinner ? Theme.accent : Theme.bar
            if let percents, i < percents.count {
                let h = maxBar * min(max(percents[i], 0), 100) / 100
                if h > 0 { list.fill(Rect(x: cx - barWidth / 2, y: baseline - h, width: barWidth, height: h), colour) }
                let text = value.unit ? "\(percents[i])%" : "\(percents[i])"
                let style = theme.style(value.size, isWinner ? Theme.accent : Theme.muted, bold: isWinner)
                // "100%" over the first or last bar stays inside the chart.
                let half = (measure.width(text, style: style) + 1) / 2
                list.text(text, x: max(min(cx, rect.maxX - half), rect.x + half), y: baseline - h - 2, style, .center, .bottom)
            }
            list.text(labels[i], x: cx, y: baseline + 2,
                      theme.style(theme.body, isWinner ? Theme.accent : Theme.text, bold: true), .center, .top)
        }
    }
}
