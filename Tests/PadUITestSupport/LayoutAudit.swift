import NeuroCore
import PadUI

/// The layout check: what a student at the back would see go wrong in one
/// frame. It replays a frame's draw list as the backend paints it and
/// reports, in words a reader can act on:
/// - two visible texts whose boxes overlap;
/// - a text that leaves its panel (lies in no single region of the screen);
/// - a text cut off by the clip in force;
/// - a text smaller than 18 px at a 720-line window, scaled with the height.
///
/// A text counts as hidden once a later, nearly opaque fill covers it whole
/// (the help overlay, a question box). Boxes come from the measured width
/// and the font's line height.
public struct LayoutAudit {
    public let width: Int
    public let height: Int
    public let measure: any TextMeasure

    public init(width: Int, height: Int, measure: any TextMeasure) {
        self.width = width
        self.height = height
        self.measure = measure
    }

    /// The smallest text size allowed: 18 px at 720 lines, in proportion
    /// to the window's height (15 px at 600 lines, 54 px at 2160).
    public var minimumSize: Int { Theme(width: width, height: height).least }

    /// A text as painted, with the box it covers on screen.
    public struct Painted {
        public var item: TextItem
        public var box: Rect
        public var clip: Rect?
        public var hidden = false
    }

    /// Every fault of `list`, a line each. `regions` are the screen's
    /// panels; nearly opaque fills drawn before a text (buttons, boxes,
    /// bars) count as regions for it too.
    public func faults(_ list: DrawList, regions: [Rect]) -> [String] {
        var painted: [Painted] = []
        var fills: [Rect] = []
        var clip: Rect?
        var faults: [String] = []
        let window = Rect(x: 0, y: 0, width: width, height: height)
        for command in list.commands {
            switch command {
            case .clip(let r):
                clip = r
            case .fill(let r, let color) where color.a >= 200:
                for i in painted.indices where !painted[i].hidden && r.contains(painted[i].box) {
                    painted[i].hidden = true
                }
                fills.append(r)
            case .text(let t):
                let box = LayoutAudit.box(t, measure)
                painted.append(Painted(item: t, box: box, clip: clip))
                let name = "\"\(t.string)\" (\(t.style.size) px at \(box.x),\(box.y) \(box.width)x\(box.height))"
                if t.style.size < minimumSize {
                    faults.append("too small: \(name), the least is \(minimumSize) px")
                }
                if !window.contains(box) {
                    faults.append("leaves the window: \(name)")
                } else if !(regions + fills).contains(where: { $0.contains(box) }) {
                    faults.append("leaves its panel: \(name)")
                }
                if let clip, !clip.contains(box) {
                    faults.append("cut off by the clip \(clip): \(name)")
                }
            default:
                break
            }
        }
        let shown = painted.filter { !$0.hidden }
        for (i, a) in shown.enumerated() {
            for b in shown[(i + 1)...] where LayoutAudit.overlap(a.box, b.box) {
                faults.append("overlap: \"\(a.item.string)\" \(a.box) and \"\(b.item.string)\" \(b.box)")
            }
        }
        return faults
    }

    /// Two ink boxes overlap when they share any pixel.
    static func overlap(_ a: Rect, _ b: Rect) -> Bool {
        min(a.maxX, b.maxX) > max(a.x, b.x) && min(a.maxY, b.maxY) > max(a.y, b.y)
    }

    /// Where a text's ink can be: the backend's text surface (as wide as
    /// measured, as tall as DejaVu's ascent plus descent, 1.164 em) placed
    /// by the text's anchor, without the empty band above capitals
    /// (0.16 em, unless an accented capital fills it) and below the
    /// baseline (0.2 em; 0.025 em where a letter or subscript descends).
    public static func box(_ t: TextItem, _ measure: any TextMeasure) -> Rect {
        let size = Float(t.style.size)
        let w = measure.width(t.string, style: t.style), h = Int((1.164 * size).rounded(.up))
        let x = t.hAlign == .left ? t.x : t.hAlign == .center ? t.x - w / 2 : t.x - w
        let y = t.vAlign == .top ? t.y : t.vAlign == .middle ? t.y - h / 2 : t.y - h
        let top = t.string.contains { tall.contains($0) } ? 0 : Int(0.16 * size)
        let bottom = Int((t.string.contains { descending.contains($0) } ? 0.025 : 0.2) * size)
        let side = 1 + Int(0.03 * size)
        return Rect(x: x + side, y: y + top, width: max(w - 2 * side, 1), height: max(h - top - bottom, 1))
    }

    static let tall = Set("ÄÖÜÀÁÉÈÊÍÓÚÅ")
    static let descending = Set("gjpqyQ,;()[]{}|/\\@µβγζηξρφχψ₀₁₂₃₄₅₆₇₈₉ⱼₗ_")
}
