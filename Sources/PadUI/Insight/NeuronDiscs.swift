/// Neurons as discs whose brightness is their activation, drawn as one
/// colour picture (one texture) instead of hundreds of shapes: cell k x k
/// pixels per neuron, an anti-aliased disc in each. Made at the size it is
/// shown, so the renderer copies it without scaling.
public enum NeuronDiscs {
    /// Coverage of each pixel of a k x k cell by the disc (0 ... 1), with a rim.
    static func mask(_ cell: Int) -> [(fill: Float, rim: Float)] {
        let k = Float(cell), r = k / 2 - 1
        return (0 ..< cell * cell).map { i in
            let dx = Float(i % cell) + 0.5 - k / 2, dy = Float(i / cell) + 0.5 - k / 2
            let d = (dx * dx + dy * dy).squareRoot()
            let fill = min(max(r - 1 - d + 0.5, 0), 1)
            let rim = min(max(r - d + 0.5, 0), 1) - fill
            return (fill, rim)
        }
    }

    static let off: (Float, Float, Float) = (40, 44, 56)
    static let on: (Float, Float, Float) = (255, 214, 32)

    /// The colour of activation a (0 ... 1): dark when off, bright yellow when on.
    public static func colour(_ a: Float) -> Color {
        let t = a.isFinite ? min(max(a, 0), 1) : 0
        return Color(UInt8(off.0 + (on.0 - off.0) * t), UInt8(off.1 + (on.1 - off.1) * t), UInt8(off.2 + (on.2 - off.2) * t))
    }

    /// `values` (0 ... 1) laid out `columns` wide, row by row, on white.
    public static func image(_ values: [Float], columns: Int, cell: Int = 16, slot: String) -> RGBImage {
        DiscSprites(cell: cell).image(values, columns: columns, slot: slot)
    }
}

/// One pre-drawn disc per brightness level (64 levels), so a picture of
/// hundreds of neurons is row copies, cheap enough for every pen move.
public struct DiscSprites: Sendable {
    public static let levels = 64
    public let cell: Int
    /// (levels, cell, cell, 3) RGB.
    private let sprites: [[UInt8]]

    public init(cell: Int) {
        let k = min(max(cell, 2), 256)
        self.cell = k
        let mask = NeuronDiscs.mask(k)
        sprites = (0 ..< DiscSprites.levels).map { level in
            let c = NeuronDiscs.colour(Float(level) / Float(DiscSprites.levels - 1))
            var px = [UInt8](repeating: 255, count: k * k * 3)
            for p in 0 ..< k * k {
                let m = mask[p], rimGrey: Float = 120, bg = 1 - m.fill - m.rim
                px[3 * p] = UInt8(Float(c.r) * m.fill + rimGrey * m.rim + 255 * bg)
                px[3 * p + 1] = UInt8(Float(c.g) * m.fill + rimGrey * m.rim + 255 * bg)
                px[3 * p + 2] = UInt8(Float(c.b) * m.fill + rimGrey * m.rim + 255 * bg)
            }
            return px
        }
    }

    public func image(_ values: [Float], columns: Int, slot: String) -> RGBImage {
        let k = cell, cols = max(columns, 1), rows = max((values.count + cols - 1) / cols, 1)
        let w = cols * k, h = rows * k
        var bytes = [UInt8](repeating: 255, count: w * h * 3)
        bytes.withUnsafeMutableBufferPointer { out in
            guard let base = out.baseAddress else { return }
            for (j, a) in values.enumerated() {
                let t = a.isFinite ? min(max(a, 0), 1) : 0
                let sprite = sprites[Int((t * Float(DiscSprites.levels - 1)).rounded())]
                let ox = (j % cols) * k, oy = (j / cols) * k
                sprite.withUnsafeBufferPointer { s in
                    guard let src = s.baseAddress else { return }
                    for y in 0 ..< k { (base + ((oy + y) * w + ox) * 3).update(from: src + y * k * 3, count: k * 3) }
                }
            }
        }
        return RGBImage(slot: slot, width: w, height: h, bytes: bytes)
    }
}
