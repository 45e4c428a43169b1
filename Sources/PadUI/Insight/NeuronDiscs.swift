/// Neurons as discs whose brightness is their activation, drawn as one
/// colour picture (one texture) instead of hundreds of shapes: cell k x k
/// pixels per neuron, an anti-aliased disc in each.
public enum NeuronDiscs {
    static let cell = 16
    /// Coverage of each pixel of a cell by the disc (0 ... 1), with a rim.
    static let mask: [(fill: Float, rim: Float)] = {
        let k = Float(cell), r = k / 2 - 1
        return (0 ..< cell * cell).map { i in
            let dx = Float(i % cell) + 0.5 - k / 2, dy = Float(i / cell) + 0.5 - k / 2
            let d = (dx * dx + dy * dy).squareRoot()
            let fill = min(max(r - 1 - d + 0.5, 0), 1)
            let rim = min(max(r - d + 0.5, 0), 1) - fill
            return (fill, rim)
        }
    }()

    static let off: (Float, Float, Float) = (40, 44, 56)
    static let on: (Float, Float, Float) = (255, 214, 32)

    /// The colour of activation a (0 ... 1): dark when off, bright yellow when on.
    public static func colour(_ a: Float) -> Color {
        let t = a.isFinite ? min(max(a, 0), 1) : 0
        return Color(UInt8(off.0 + (on.0 - off.0) * t), UInt8(off.1 + (on.1 - off.1) * t), UInt8(off.2 + (on.2 - off.2) * t))
    }

    /// `values` (0 ... 1) laid out `columns` wide, row by row, on white.
    public static func image(_ values: [Float], columns: Int, slot: String) -> RGBImage {
        let cols = max(columns, 1), rows = max((values.count + cols - 1) / cols, 1)
        let w = cols * cell, h = rows * cell
        var bytes = [UInt8](repeating: 255, count: w * h * 3)
        for (j, a) in values.enumerated() {
            let c = colour(a)
            let ox = (j % cols) * cell, oy = (j / cols) * cell
            for p in 0 ..< cell * cell {
                let m = mask[p]
                let o = ((oy + p / cell) * w + ox + p % cell) * 3
                let rimGrey: Float = 120
                let bg = 1 - m.fill - m.rim
                bytes[o] = UInt8(Float(c.r) * m.fill + rimGrey * m.rim + 255 * bg)
                bytes[o + 1] = UInt8(Float(c.g) * m.fill + rimGrey * m.rim + 255 * bg)
                bytes[o + 2] = UInt8(Float(c.b) * m.fill + rimGrey * m.rim + 255 * bg)
            }
        }
        return RGBImage(slot: slot, width: w, height: h, bytes: bytes)
    }
}
