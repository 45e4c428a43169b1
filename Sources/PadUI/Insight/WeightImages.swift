import NeuroCore

/// Each hidden neuron's 784 incoming weights as a 28x28 colour picture,
/// all of them in one atlas (one texture, one upload per new network).
///
/// Diverging colours, per neuron scaled by its largest |w|:
/// w < 0 blue, w = 0 near white, w > 0 red, so a neuron's "template"
/// (where ink helps it: red; where ink hurts it: blue) is visible at once.
public enum WeightImages {
    /// Colours for −1 ... 1 in 255 steps (index 127 is zero).
    static let palette: [(UInt8, UInt8, UInt8)] = (0 ..< 255).map { i in
        let v = Float(i - 127) / 127
        let neutral: (Float, Float, Float) = (247, 247, 247)
        let end: (Float, Float, Float) = v < 0 ? (33, 102, 172) : (178, 24, 43)
        let t = min(abs(v), 1)
        return (UInt8(neutral.0 + (end.0 - neutral.0) * t), UInt8(neutral.1 + (end.1 - neutral.1) * t),
                UInt8(neutral.2 + (end.2 - neutral.2) * t))
    }

    public static func colour(_ v: Float) -> Color {
        let c = palette[index(v)]
        return Color(c.0, c.1, c.2)
    }

    @inline(__always) static func index(_ v: Float) -> Int {
        let x = v.isFinite ? min(max(v, -1), 1) : 0
        return Int((x * 127).rounded()) + 127
    }

    /// The atlas: neuron j at tile (j % columns, j / columns), each tile
    /// `tile` x `tile` pixels, weight (r, c) filling its share of the tile
    /// with sharp edges, and the tile's last pixel row and column left as a
    /// gap when `gap`. Made at the size it is shown, so the renderer copies
    /// it without scaling (a software renderer pays dearly for scaling).
    /// `w` is W⁽⁰⁾, (neurons, 784) row-major.
    public static func atlas(_ w: ArraySlice<Float>, neurons: Int, columns: Int, tile: Int = 28, gap: Bool = false,
                             slot: String) -> RGBImage {
        let cols = max(columns, 1), rows = (max(neurons, 0) + cols - 1) / cols
        let t = max(tile, 1), inner = gap && t > 8 ? t - 1 : t
        let width = cols * t, height = max(rows, 1) * t
        // Source pixel of each of the tile's pixels (nearest neighbour).
        let source = (0 ..< inner).map { $0 * 28 / inner }
        var bytes = [UInt8](repeating: 255, count: width * height * 3)
        // (784) palette index of each weight of the current neuron, reused.
        var idx = [Int](repeating: 127, count: 784)
        let pal = palette
        w.withUnsafeBufferPointer { wp in
            bytes.withUnsafeMutableBufferPointer { out in
                idx.withUnsafeMutableBufferPointer { ix in
                    pal.withUnsafeBufferPointer { pp in
                        source.withUnsafeBufferPointer { src in
                            for j in 0 ..< min(neurons, wp.count / 784) {
                                let row = j * 784
                                var m: Float = 0
                                for k in 0 ..< 784 { m = max(m, abs(wp[row + k])) }
                                let inv: Float = m > 0 ? 1 / m : 0
                                for k in 0 ..< 784 { ix[k] = index(wp[row + k] * inv) }
                                let ox = (j % cols) * t, oy = (j / cols) * t
                                for y in 0 ..< inner {
                                    var o = ((oy + y) * width + ox) * 3
                                    let sy = src[y] * 28
                                    for x in 0 ..< inner {
                                        let c = pp[ix[sy + src[x]]]
                                        out[o] = c.0; out[o + 1] = c.1; out[o + 2] = c.2
                                        o += 3
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return RGBImage(slot: slot, width: width, height: height, bytes: bytes)
    }

    /// One neuron's picture alone (the enlarged view).
    public static func single(_ w: ArraySlice<Float>, neuron j: Int, side: Int = 28, slot: String) -> RGBImage {
        let start = w.startIndex + j * 784
        guard j >= 0, start + 784 <= w.endIndex else { return RGBImage(slot: slot, width: 1, height: 1, bytes: [238, 238, 238]) }
        return atlas(w[start ..< start + 784], neurons: 1, columns: 1, tile: side, slot: slot)
    }
}

/// Where the tiles of `count` neurons sit in a rectangle: as many columns
/// as make the tiles largest, whole pixels per tile.
public struct TileGrid: Sendable, Equatable {
    public let columns: Int
    public let rows: Int
    public let tile: Int
    public let origin: (x: Int, y: Int)

    public static func == (a: TileGrid, b: TileGrid) -> Bool {
        a.columns == b.columns && a.rows == b.rows && a.tile == b.tile && a.origin == b.origin
    }

    public init(count: Int, in r: Rect) {
        let n = max(count, 1)
        var best = (cols: 1, tile: 0)
        for cols in 1 ... n {
            let rows = (n + cols - 1) / cols
            let t = min(r.width / cols, r.height / rows)
            if t > best.tile { best = (cols, t) }
        }
        columns = best.cols
        rows = (n + best.cols - 1) / best.cols
        tile = max(best.tile, 1)
        origin = (r.x, r.y)
    }

    public var bounds: Rect { Rect(x: origin.x, y: origin.y, width: columns * tile, height: rows * tile) }

    public func rect(of i: Int) -> Rect {
        Rect(x: origin.x + (i % columns) * tile, y: origin.y + (i / columns) * tile, width: tile, height: tile)
    }

    /// The tile under a point, if any.
    public func index(x: Int, y: Int, count: Int) -> Int? {
        guard bounds.contains(x: x, y: y) else { return nil }
        let i = (y - origin.y) / tile * columns + (x - origin.x) / tile
        return i < count ? i : nil
    }
}
