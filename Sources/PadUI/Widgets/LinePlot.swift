import NeuroCore

/// A line plot with a left axis, an optional right axis (0-100 %) and
/// labelled ticks. It takes plain numbers: (x, y) pairs per series.
public struct LinePlot: Sendable {
    public enum Axis: Sendable { case left, right }

    public struct Series: Sendable {
        public var points: [Point]
        public var color: Color
        public var axis: Axis
        /// Mark every point (few points, e.g. one per epoch).
        public var markers: Bool

        public init(points: [Point], color: Color, axis: Axis = .left, markers: Bool = false) {
            self.points = points
            self.color = color
            self.axis = axis
            self.markers = markers
        }
    }

    public var series: [Series]
    public var xMax: Float
    public var leftMax: Float
    public var xLabel: String
    public var showRightAxis: Bool

    public init(series: [Series], xMax: Float, leftMax: Float, xLabel: String, showRightAxis: Bool) {
        self.series = series
        self.xMax = xMax.isFinite ? max(xMax, 1) : 1
        self.leftMax = leftMax > 0 ? leftMax : 1
        self.xLabel = xLabel
        self.showRightAxis = showRightAxis
    }

    /// The framed area the curves are drawn in, inside `rect`: the tick
    /// labels and the axis name lie around it.
    public func plotArea(_ rect: Rect, theme: Theme) -> Rect {
        let lh = DigitLayout.lineHeight(theme.small)
        let leftPad = theme.px(56), rightPad = showRightAxis ? theme.px(70) : theme.px(12)
        return Rect(x: rect.x + leftPad, y: rect.y + lh / 2, width: max(rect.width - leftPad - rightPad, 1),
                    height: max(rect.height - 2 * lh - lh / 2, 1))
    }

    public func draw(into list: inout DrawList, _ rect: Rect, theme: Theme,
                     leftTicks: (Float) -> String, xTicks: (Float) -> String,
                     measure: any TextMeasure = EstimatedTextMeasure()) {
        let tick = theme.style(theme.small, Theme.muted)
        let lh = DigitLayout.lineHeight(theme.small)
        let area = plotArea(rect, theme: theme)
        list.fill(area, Theme.panel)
        // Horizontal guides at 0, 1/2 and 1 of the left axis.
        for k in 0 ... 2 {
            let f = Float(k) / 2
            let y = Float(area.maxY) - f * Float(area.height)
            list.line(Point(x: Float(area.x), y: y), Point(x: Float(area.maxX), y: y), Theme.gridLine)
            list.text(leftTicks(f * leftMax), x: area.x - theme.px(6), y: Int(y), tick, .right, .middle)
            if showRightAxis {
                list.text("\(k * 50)%", x: area.maxX + theme.px(6), y: Int(y), theme.style(theme.small, Theme.accuracy), .left, .middle)
            }
        }
        list.frame(area, Theme.border)
        list.text(xTicks(0), x: area.x, y: area.maxY + 2, tick, .left, .top)
        list.text(xTicks(xMax), x: area.maxX, y: area.maxY + 2, tick, .right, .top)
        // The axis name sits between the end ticks if it fits there, else on
        // the line below them (the rectangle keeps room for two lines).
        // Centred, it keeps the gap to the wider of the two ends on both sides.
        let end = max(measure.width(xTicks(0), style: tick), measure.width(xTicks(xMax), style: tick))
        let fits = measure.width(xLabel, style: tick) + 2 * (end + theme.px(12)) <= area.width
        list.text(xLabel, x: area.midX, y: area.maxY + 2 + (fits ? 0 : lh), tick, .center, .top)

        list.clip(area.inset(-3))
        for s in series {
            let top: Float = s.axis == .left ? leftMax : 1
            // A NaN or inf has no place on the plot (and Int(NaN) would trap).
            let finite = s.points.filter { $0.x.isFinite && $0.y.isFinite }
            let mapped = LinePlot.thin(finite, to: max(area.width / 2, 2)).map { p in
                Point(x: Float(area.x) + min(p.x / xMax, 1) * Float(area.width),
                      y: Float(area.maxY) - min(max(p.y / top, 0), 1) * Float(area.height))
            }
            list.polyline(mapped, s.color, width: Float(max(theme.px(3), 2)))
            if s.markers || mapped.count == 1 {
                let r = max(theme.px(5), 3)
                for p in mapped { list.fill(Rect(x: Int(p.x) - r, y: Int(p.y) - r, width: 2 * r, height: 2 * r), s.color) }
            }
        }
        list.clip(nil)
    }

    /// At most about `limit` points, always keeping the last one.
    static func thin(_ points: [Point], to limit: Int) -> [Point] {
        guard points.count > limit, limit > 1 else { return points }
        let step = (points.count + limit - 1) / limit
        var out = Swift.stride(from: 0, to: points.count, by: step).map { points[$0] }
        if let last = points.last, out.last != last { out.append(last) }
        return out
    }
}
