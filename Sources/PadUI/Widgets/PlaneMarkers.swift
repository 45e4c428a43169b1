import NeuroCore

/// The two classes of the plane as shapes that differ in form, fill and
/// colour at once, so they stay apart for colour-blind students and on a
/// washed-out projector: class +1 a filled orange disc with a dark rim,
/// class −1 a hollow blue square.
enum PlaneMarkers {
    static let plus = Color(hex: 0xE66100)
    static let plusRim = Color(hex: 0x5A2300)
    static let minus = Color(hex: 0x1A4FA0)
    static let wrongRing = Color(hex: 0x15181D)
    static let highlight = Color(hex: 0x15181D)

    /// A marker of class `label` (+1 or −1) centred at `c`, `r` pixels in radius.
    static func draw(_ label: Int, at c: Point, r: Float, into list: inout DrawList) {
        if label > 0 {
            // A dark disc under a smaller orange one: the rim.
            disc(at: c, r: r, plusRim, into: &list)
            disc(at: c, r: r - max(r / 4.5, 2), plus, into: &list)
        } else {
            // The same area as the disc would look smaller: a square of side 2r.
            let side = Int((2 * r).rounded())
            let box = Rect(x: Int((c.x - Float(side) / 2).rounded()), y: Int((c.y - Float(side) / 2).rounded()),
                           width: side, height: side)
            // A thin white edge keeps the square apart from the blue tint.
            list.frame(box.inset(-1), Color(255, 255, 255, 200), thickness: 1)
            list.frame(box, minus, thickness: max(Int((r / 2.6).rounded()), 3))
        }
    }

    /// A ring around a point: on the wrong side, or the sample just used.
    static func ring(at c: Point, r: Float, _ color: Color, width: Float, into list: inout DrawList) {
        list.polyline(circle(at: c, r: r), color, width: width)
    }

    /// A filled disc as one rectangle per pixel row: plain fills cost a
    /// software renderer far less than the triangles of a polygon.
    static func disc(at c: Point, r: Float, _ color: Color, into list: inout DrawList) {
        let top = Int((c.y - r).rounded()), bottom = Int((c.y + r).rounded())
        guard bottom > top else { return }
        for y in top ..< bottom {
            let dy = Float(y) + 0.5 - c.y
            let half = (r * r - dy * dy).squareRoot()
            guard half > 0 else { continue }
            let x0 = Int((c.x - half).rounded()), x1 = Int((c.x + half).rounded())
            if x1 > x0 { list.fill(Rect(x: x0, y: y, width: x1 - x0, height: 1), color) }
        }
    }

    /// A closed polygon approximating a circle.
    static func circle(at c: Point, r: Float, segments: Int = 16) -> [Point] {
        (0 ... segments).map { k in
            let angle = Float(k) * 2 * Float.pi / Float(segments)
            return Point(x: c.x + r * cosine(angle), y: c.y + r * sine(angle))
        }
    }

    /// sin and cos without the C library (PadUI stays platform-free); a
    /// Taylor series after reduction to [−π, π] is exact to pixels.
    static func sine(_ x: Float) -> Float {
        var a = x.truncatingRemainder(dividingBy: 2 * Float.pi)
        if a > Float.pi { a -= 2 * Float.pi } else if a < -Float.pi { a += 2 * Float.pi }
        // Fold to [−π/2, π/2], where the series converges fast.
        if a > Float.pi / 2 { a = Float.pi - a } else if a < -Float.pi / 2 { a = -Float.pi - a }
        let a2 = a * a
        return a * (1 - a2 / 6 * (1 - a2 / 20 * (1 - a2 / 42 * (1 - a2 / 72))))
    }

    static func cosine(_ x: Float) -> Float { sine(x + Float.pi / 2) }
}
