import NeuroCore

/// Where everything of the plane screen sits, from the window size alone
/// (testable without a display). Header and legend are the shared ones.
///
///     +------------------------------ header ------------------------------+
///     |     x₂ name                  | learner, classes, status           |
///     | tick |                       | w₁ w₂ b, the line's equation       |
///     | tick |   plane (square)      | the last step's rule with numbers  |
///     | tick |                       | cost plot          | truth table   |
///     |      +-----------------------| η − +    H − +    speed − +        |
///     |       ticks        x₁ name   | presets 1 ... 0                    |
///     |  (4:3: presets 1 ... 0 here) |                                    |
///     +----------- notice -----------+                                    |
///     +------------------------------ legend ------------------------------+
public struct PlaneLayout: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public let theme: Theme
    public let margin: Int
    /// The square plane in window pixels.
    public let plane: Rect
    /// Right of the plane: numbers, rule, plot, settings, presets.
    public let panel: Rect
    /// Room left of the plane for the x₂ ticks.
    public let leftAxis: Int
    /// The notices' own strip under the plane's axes, as tall as a button;
    /// the panel keeps its height (in a 4:3 window the strip spans the
    /// window above the legend, see `presets`).
    public let notice: Rect
    /// Where the presets' buttons flow, from its bottom up: under the
    /// plane's axes where a window narrower than 16:9 (a 4:3 projector)
    /// leaves room for three rows of them there, so the panel keeps its
    /// height for the numbers and the written-out step; else the panel.
    public let presets: Rect

    public init(width: Int, height: Int) {
        let chrome = DigitLayout(width: width, height: height)
        let t = chrome.theme, m = chrome.margin
        self.width = chrome.width
        self.height = chrome.height
        theme = t
        margin = m
        let line = DigitLayout.lineHeight(t.small)
        leftAxis = t.px(66)
        // One row above the plane (x₂ name), two below (ticks, x₁ name).
        let top = chrome.header.maxY + m + line
        let noticeY = chrome.legend.y - chrome.buttons.height - chrome.buttons.gap / 2
        let bottom = noticeY - m / 2 - 2 * line
        // The panel needs about 560 design pixels for the rule with numbers,
        // and 400 even in a small window where the fonts stop shrinking at
        // 12 px (a formula wider than that is broken in two); the plane gets
        // what is left, as a square.
        let panelMin = max(t.px(560), 400)
        let side = max(min(bottom - top, chrome.width - 2 * m - leftAxis - 2 * m - panelMin), 1)
        plane = Rect(x: m + leftAxis, y: top, width: side, height: side)
        let panelX = plane.maxX + 2 * m
        let b = chrome.buttons, underTop = plane.maxY + 2 * line + m / 2
        let under = Rect(x: m, y: underTop, width: plane.maxX - m, height: max(noticeY - m / 2 - underTop, 0))
        // With the presets under the plane the notices get the window's
        // width above the legend (a file name keeps its room), the panel
        // ends above them.
        let presetsUnder = under.height >= 3 * b.height + 2 * b.gap
        notice = Rect(x: m, y: noticeY, width: max(presetsUnder ? chrome.width - 2 * m : panelX - 3 * m, 0), height: b.height)
        panel = Rect(x: panelX, y: chrome.header.maxY + m, width: max(chrome.width - m - panelX, 0),
                     height: max((presetsUnder ? noticeY : chrome.legend.y) - m / 2 - chrome.header.maxY - m, 0))
        presets = presetsUnder ? under : panel
    }

    /// Everything the scene draws into, for checks that nothing overlaps or
    /// leaves the window.
    public var panels: [Rect] {
        let line = DigitLayout.lineHeight(theme.small)
        let axes = Rect(x: margin, y: plane.y - line, width: plane.maxX - margin, height: plane.height + 3 * line)
        return [axes, panel, notice] + (presets == panel ? [] : [presets])
    }
}

/// Window pixels <-> plane coordinates. A pixel stands for its centre, so
/// pixel -> plane -> pixel returns the same pixel; x₂ grows upwards.
public struct PlaneMapping: Sendable, Equatable {
    public let rect: Rect
    public let bounds: PlaneBounds

    private var spanX: Double { bounds.maxX - bounds.minX }
    private var spanY: Double { bounds.maxY - bounds.minY }

    /// x₁ = minX + (px + ½ − left) / width · (maxX − minX), likewise x₂ from the bottom.
    public func plane(x px: Int, y py: Int) -> (x1: Double, x2: Double) {
        let u = (Double(px - rect.x) + 0.5) / Double(max(rect.width, 1))
        let v = (Double(py - rect.y) + 0.5) / Double(max(rect.height, 1))
        return (bounds.minX + u * spanX, bounds.maxY - v * spanY)
    }

    /// The point in window pixels, fractional (for drawing).
    public func point(_ x1: Double, _ x2: Double) -> Point {
        let u = (x1 - bounds.minX) / spanX, v = (bounds.maxY - x2) / spanY
        return Point(x: Float(Double(rect.x) + u * Double(rect.width)),
                     y: Float(Double(rect.y) + v * Double(rect.height)))
    }

    /// The pixel that contains the point.
    public func pixel(_ x1: Double, _ x2: Double) -> (x: Int, y: Int) {
        let p = point(x1, x2)
        return (Int(p.x.rounded(.down)), Int(p.y.rounded(.down)))
    }

    /// Plane units per pixel along x₁ and x₂.
    public var unitsPerPixel: (x: Double, y: Double) {
        (spanX / Double(max(rect.width, 1)), spanY / Double(max(rect.height, 1)))
    }

    /// Where w₁x₁ + w₂x₂ + b = 0 crosses the visible plane: its two ends,
    /// or nil when the line misses the plane (or w = 0).
    public func segment(_ w: Weights2) -> (Point, Point)? {
        let b = bounds
        var ends: [(Double, Double)] = []
        let eps = 1e-9 * max(spanX, spanY)
        if abs(w.w2) > 1e-12 {
            for x in [b.minX, b.maxX] {
                let y = -(w.w1 * x + w.b) / w.w2
                if y >= b.minY - eps && y <= b.maxY + eps { ends.append((x, y)) }
            }
        }
        if abs(w.w1) > 1e-12 {
            for y in [b.minY, b.maxY] {
                let x = -(w.w2 * y + w.b) / w.w1
                if x >= b.minX - eps && x <= b.maxX + eps { ends.append((x, y)) }
            }
        }
        // Through a corner the same end appears twice: take the two farthest apart.
        var best: ((Double, Double), (Double, Double))?
        var bestD = -1.0
        for i in ends.indices {
            for j in ends.indices where j > i {
                let d = (ends[i].0 - ends[j].0) / spanX * (ends[i].0 - ends[j].0) / spanX
                    + (ends[i].1 - ends[j].1) / spanY * (ends[i].1 - ends[j].1) / spanY
                if d > bestD { (best, bestD) = ((ends[i], ends[j]), d) }
            }
        }
        guard let (a, c) = best, bestD > 1e-12 else { return nil }
        return (point(a.0, a.1), point(c.0, c.1))
    }
}
