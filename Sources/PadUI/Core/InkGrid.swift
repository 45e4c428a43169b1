import NeuroCore

/// The 28x28 drawing pad: ink 0...1 per cell, 1 = black.
///
/// The brush is soft like the anti-aliased pen strokes of MNIST: the cell
/// under the pointer gets full ink, so does every cell whose centre lies
/// within `core` cells of the stroke, and ink falls off linearly to nothing
/// at `edge`:
///
///     ink(d) = clamp((edge - d) / (edge - core), 0, 1)
///
/// with d the distance from the cell centre to the stroke *segment* between
/// two pointer positions, so fast mouse moves leave no gaps. The eraser is
/// hard-edged: a faint rest of ink would still count for the normaliser.
public struct InkGrid: Sendable, Equatable {
    public static let side = 28
    /// (28, 28) row-major, 0 = paper, 1 = full ink.
    public private(set) var ink: [Float]

    /// Distances in cells. With these the cell under the pointer gets full
    /// ink, its four neighbours about half, the diagonal ones a little.
    public var core: Float = 0.5
    public var edge: Float = 1.6
    /// Eraser radius: the cell under the pointer and its eight neighbours.
    public var eraserRadius: Float = 1.6

    public init() {
        ink = [Float](repeating: 0, count: InkGrid.side * InkGrid.side)
    }

    public init(ink: [Float]) {
        self.init()
        for k in 0 ..< min(ink.count, self.ink.count) { self.ink[k] = min(max(ink[k].isNaN ? 0 : ink[k], 0), 1) }
    }

    public var isEmpty: Bool { !ink.contains { $0 > 0 } }

    public mutating func clear() {
        for k in ink.indices { ink[k] = 0 }
    }

    /// Adds ink along the segment a -> b (cell coordinates: cell (c, r)
    /// spans c..<c+1, r..<r+1). Returns true when any cell changed.
    @discardableResult
    public mutating func stroke(from a: Point, to b: Point) -> Bool {
        let edge = self.edge, core = self.core
        var changed = apply(from: a, to: b, reach: edge) { old, d in
            max(old, min(max((edge - d) / (edge - core), 0), 1))
        }
        for p in [a, b] {
            let c = Int(p.x.rounded(.down)), r = Int(p.y.rounded(.down))
            guard c >= 0, r >= 0, c < InkGrid.side, r < InkGrid.side, ink[r * InkGrid.side + c] < 1 else { continue }
            ink[r * InkGrid.side + c] = 1
            changed = true
        }
        return changed
    }

    /// Removes ink along a -> b with the broader eraser.
    @discardableResult
    public mutating func erase(from a: Point, to b: Point) -> Bool {
        apply(from: a, to: b, reach: eraserRadius) { _, _ in 0 }
    }

    /// Grey bytes as shown on screen: 255 = white paper, 0 = full ink.
    public var paperBytes: [UInt8] { InkGrid.paperBytes(ink) }

    public static func paperBytes(_ ink: [Float]) -> [UInt8] {
        ink.map { UInt8(((1 - min(max($0, 0), 1)) * 255).rounded()) }
    }

    private mutating func apply(from a: Point, to b: Point, reach: Float,
                                _ combine: (Float, Float) -> Float) -> Bool {
        let n = InkGrid.side
        let lo = { (v: Float) in max(Int((v - reach - 0.5).rounded(.down)), 0) }
        let hi = { (v: Float) in min(Int((v + reach - 0.5).rounded(.up)), n - 1) }
        let c0 = lo(min(a.x, b.x)), c1 = hi(max(a.x, b.x))
        let r0 = lo(min(a.y, b.y)), r1 = hi(max(a.y, b.y))
        guard c0 <= c1, r0 <= r1 else { return false }
        var changed = false
        for r in r0 ... r1 {
            for c in c0 ... c1 {
                let d = InkGrid.distance(Point(x: Float(c) + 0.5, y: Float(r) + 0.5), a, b)
                guard d < reach else { continue }
                let old = ink[r * n + c]
                let new = combine(old, d)
                if new != old {
                    ink[r * n + c] = new
                    changed = true
                }
            }
        }
        return changed
    }

    /// Distance from p to the segment a-b.
    static func distance(_ p: Point, _ a: Point, _ b: Point) -> Float {
        let dx = b.x - a.x, dy = b.y - a.y
        let len2 = dx * dx + dy * dy
        var t: Float = 0
        if len2 > 0 { t = min(max(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0), 1) }
        let qx = a.x + t * dx - p.x, qy = a.y + t * dy - p.y
        return (qx * qx + qy * qy).squareRoot()
    }
}
