import NeuroCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The decision regions as a small colour picture: the learner's output at
/// the centre of each of 96x96 cells, coloured from the −1 tint (blue)
/// through white (undecided) to the +1 tint (orange). The step perceptron
/// gives two flat tints, tanh a continuous ramp.
///
/// Recomputed only when the weights or the visible part of the plane
/// change: 9,216 forward passes of a 2-4-1 network are cheap, but not free
/// sixty times a second.
struct PlaneShading {
    static let cells = 96
    static let plusTint = (r: 253.0, g: 200.0, b: 150.0)
    static let minusTint = (r: 165.0, g: 203.0, b: 240.0)
    static let undecided = (r: 250.0, g: 250.0, b: 250.0)

    private var key: (learner: PlaneLearner, bounds: PlaneBounds)?
    private(set) var image = RGBImage(slot: "plane", width: 1, height: 1, bytes: [250, 250, 250])
    /// Where the output crosses ½ (the network's curved boundary), as
    /// segments in cell units: (0, 0) top-left, (96, 96) bottom-right.
    private(set) var boundary: [(Point, Point)] = []
    /// How often the picture was computed (tests: not when nothing changed).
    private(set) var computed = 0

    mutating func update(_ learner: PlaneLearner, _ bounds: PlaneBounds) {
        if let key, key.learner == learner, key.bounds == bounds { return }
        key = (learner, bounds)
        computed += 1
        let n = PlaneShading.cells
        let field = PlaneField(learner)
        var shade = [Double](repeating: 0, count: n * n)  // (n, n) row-major, row 0 at the top
        for row in 0 ..< n {
            let x2 = bounds.maxY - (Double(row) + 0.5) / Double(n) * (bounds.maxY - bounds.minY)
            for col in 0 ..< n {
                let x1 = bounds.minX + (Double(col) + 0.5) / Double(n) * (bounds.maxX - bounds.minX)
                shade[row * n + col] = field.shade(x1, x2)
            }
        }
        var bytes = [UInt8](repeating: 0, count: 3 * n * n)
        for i in 0 ..< n * n {
            let c = PlaneShading.color(shade[i])
            (bytes[3 * i], bytes[3 * i + 1], bytes[3 * i + 2]) = (c.r, c.g, c.b)
        }
        image = RGBImage(slot: "plane", width: n, height: n, bytes: bytes)
        boundary = learner.kind == .network ? PlaneShading.contour(shade, n) : []
    }

    /// s in [0, 1]: 0 = surely −1 (blue tint), ½ = white, 1 = surely +1 (orange tint).
    static func color(_ s: Double) -> Color {
        let s = s.isFinite ? min(max(s, 0), 1) : 0.5
        let (from, f) = s < 0.5 ? (minusTint, 1 - 2 * s) : (plusTint, 2 * s - 1)
        func mix(_ a: Double, _ b: Double) -> UInt8 { UInt8((a + (b - a) * f).rounded()) }
        return Color(mix(undecided.r, from.r), mix(undecided.g, from.g), mix(undecided.b, from.b))
    }

    /// Marching squares on the cell centres: in each square of four centres
    /// whose shades lie on both sides of ½, a segment between the crossings
    /// of its edges, found by linear interpolation. No arrays per square:
    /// 9,025 squares are walked every time the weights change.
    static func contour(_ s: [Double], _ n: Int) -> [(Point, Point)] {
        var out: [(Point, Point)] = []
        // Corner k of a square, clockwise from top-left: (dc, dr).
        let corner = [(0, 0), (1, 0), (1, 1), (0, 1)]
        for row in 0 ..< n - 1 {
            for col in 0 ..< n - 1 {
                var cuts = (Point(x: 0, y: 0), Point(x: 0, y: 0), Point(x: 0, y: 0), Point(x: 0, y: 0))
                var count = 0
                for k in 0 ..< 4 {
                    let p = corner[k], q = corner[(k + 1) % 4]
                    let a = s[(row + p.1) * n + col + p.0] - 0.5, b = s[(row + q.1) * n + col + q.0] - 0.5
                    guard (a < 0) != (b < 0) else { continue }
                    let f = Float(a / (a - b))
                    let cut = Point(x: Float(col + p.0) + 0.5 + f * Float(q.0 - p.0),
                                    y: Float(row + p.1) + 0.5 + f * Float(q.1 - p.1))
                    switch count {
                    case 0: cuts.0 = cut
                    case 1: cuts.1 = cut
                    case 2: cuts.2 = cut
                    default: cuts.3 = cut
                    }
                    count += 1
                }
                // Two cuts: one segment; four (a saddle): pair them in order.
                if count >= 2 { out.append((cuts.0, cuts.1)) }
                if count == 4 { out.append((cuts.2, cuts.3)) }
            }
        }
        return out
    }
}

/// A learner's output as plain numbers, without allocating per point:
/// the network's weights are read out once, as Float.
struct PlaneField {
    private let learner: PlaneLearner
    private let net: (w1: [Float], b1: [Float], w2: [Float], b2: Float)?

    init(_ learner: PlaneLearner) {
        self.learner = learner
        if let m = learner.model as? PlaneNetwork {
            net = (m.hidden.flatMap { [Float($0.w1), Float($0.w2)] }, m.hidden.map { Float($0.b) },
                   m.outputWeights.map { Float($0) }, Float(m.outputBias))
        } else {
            net = nil
        }
    }

    /// a = tanh(Σⱼ vⱼ · tanh(wⱼ₁x₁ + wⱼ₂x₂ + bⱼ) + c), as a shade in [0, 1].
    func shade(_ x1: Double, _ x2: Double) -> Double {
        guard let net else { return learner.shade(x1, x2) }
        let a = Float(x1), b = Float(x2)
        var z = net.b2
        for j in 0 ..< net.b1.count {
            z += net.w2[j] * PlaneField.tanh(net.w1[2 * j] * a + net.w1[2 * j + 1] * b + net.b1[j])
        }
        return (Double(PlaneField.tanh(z)) + 1) / 2
    }

    /// tanh z = 1 − 2 / (e^(2z) + 1): tanhf's numbers to about 1e-7, much
    /// faster (measured: the whole 96x96 picture of a 2-16-1 network in
    /// 3 ms, where the same loop with tanhf alone took 8).
    /// e^(2z) = ∞ gives 1, e^(2z) = 0 gives −1.
    @inline(__always)
    static func tanh(_ z: Float) -> Float { 1 - 2 / (expf(2 * z) + 1) }
}
