import NeuroCore
@testable import PadUI

/// The on-screen extent of draw commands, for checks that a frame stays
/// inside the window: each command's bounding box, cut by the clip in force.
enum FrameBoxes {
    /// A text's box from its anchor, alignment and measured width; one
    /// line of the font's line height.
    static func box(_ t: TextItem, _ measure: any TextMeasure) -> Rect {
        let w = measure.width(t.string, style: t.style), h = DigitLayout.lineHeight(t.style.size)
        let x = t.hAlign == .left ? t.x : t.hAlign == .center ? t.x - w / 2 : t.x - w
        let y = t.vAlign == .top ? t.y : t.vAlign == .middle ? t.y - h / 2 : t.y - h
        return Rect(x: x, y: y, width: w, height: h)
    }

    static func box(_ c: DrawCommand, _ measure: any TextMeasure) -> Rect? {
        switch c {
        case .fill(let r, _), .frame(let r, _, _), .image(_, let r), .rgbImage(_, let r): return r
        case .text(let t): return box(t, measure)
        case .polyline(let p, _, let width):
            guard let first = p.first else { return nil }
            var lo = first, hi = first
            for q in p {
                lo = Point(x: min(lo.x, q.x), y: min(lo.y, q.y))
                hi = Point(x: max(hi.x, q.x), y: max(hi.y, q.y))
            }
            let half = width / 2
            let x0 = Int((lo.x - half).rounded(.down)), y0 = Int((lo.y - half).rounded(.down))
            return Rect(x: x0, y: y0, width: Int((hi.x + half).rounded(.up)) - x0, height: Int((hi.y + half).rounded(.up)) - y0)
        case .clip: return nil
        }
    }

    /// Every drawing command with the part of it that can reach the screen.
    static func visible(_ list: DrawList, measure: any TextMeasure) -> [(String, Rect)] {
        var clip: Rect?
        var out: [(String, Rect)] = []
        for c in list.commands {
            if case .clip(let r) = c {
                clip = r
                continue
            }
            guard var b = box(c, measure) else { continue }
            if let clip { b = intersection(b, clip) }
            if !b.isEmpty { out.append(("\(c)".prefix(80).description, b)) }
        }
        return out
    }

    static func intersection(_ a: Rect, _ b: Rect) -> Rect {
        let x = max(a.x, b.x), y = max(a.y, b.y)
        return Rect(x: x, y: y, width: max(min(a.maxX, b.maxX) - x, 0), height: max(min(a.maxY, b.maxY) - y, 0))
    }
}
