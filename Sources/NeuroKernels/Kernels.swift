// The loops that per-sample SGD and evaluation spend their time in, written
// once with SIMD16<Float> and compiled several times: each module
// NeuroKernelsX86_64* inlines them with its own instruction set (see
// `KernelTable`). `Lanes` says how a lane computes s + a·b: one fused
// multiply-add where the CPU has FMA; a multiply and an add where it does
// not (LLVM would otherwise call the C library's fmaf for every lane).

public typealias Vec = SIMD16<Float>

/// How one lane computes s + a·b.
public protocol Lanes {
    static func madd(_ s: Vec, _ a: Vec, _ b: Vec) -> Vec
}

/// s + a·b rounded once (FMA instructions: x86-64-v3 and up).
public enum FusedLanes: Lanes {
    @inlinable @inline(__always)
    public static func madd(_ s: Vec, _ a: Vec, _ b: Vec) -> Vec { s.addingProduct(a, b) }
}

/// s + a·b as a multiply and an add (any x86-64: SSE2 has no FMA).
public enum SeparateLanes: Lanes {
    @inlinable @inline(__always)
    public static func madd(_ s: Vec, _ a: Vec, _ b: Vec) -> Vec { s + a * b }
}

@inlinable @inline(__always)
func load(_ p: UnsafePointer<Float>, _ k: Int) -> Vec {
    UnsafeRawPointer(p + k).loadUnaligned(as: Vec.self)
}

@inlinable @inline(__always)
func store(_ v: Vec, _ p: UnsafeMutablePointer<Float>, _ k: Int) {
    UnsafeMutableRawPointer(p + k).storeBytes(of: v, as: Vec.self)
}

/// Σ of the 16 lanes as a tree of halves (4 dependent adds), not the 16
/// dependent scalar adds `sum()` compiles to: this sum ends every row of
/// every matrix product.
@inlinable @inline(__always)
func treeSum(_ v: Vec) -> Float {
    let v8 = v.lowHalf + v.highHalf
    let v4 = v8.lowHalf + v8.highHalf
    let v2 = v4.lowHalf + v4.highHalf
    return v2.x + v2.y
}

/// Σₖ a[k]·b[k] for k < n.
@inlinable @inline(__always)
public func dot<L: Lanes>(_: L.Type, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ n: Int) -> Float {
    var s0 = Vec(), s1 = Vec(), s2 = Vec(), s3 = Vec()
    var k = 0
    while k + 64 <= n {
        s0 = L.madd(s0, load(a, k), load(b, k))
        s1 = L.madd(s1, load(a, k + 16), load(b, k + 16))
        s2 = L.madd(s2, load(a, k + 32), load(b, k + 32))
        s3 = L.madd(s3, load(a, k + 48), load(b, k + 48))
        k += 64
    }
    while k + 16 <= n {
        s0 = L.madd(s0, load(a, k), load(b, k))
        k += 16
    }
    var s = treeSum((s0 + s1) + (s2 + s3))
    while k < n {
        s += a[k] * b[k]
        k += 1
    }
    return s
}

/// maxₖ |a[k] − b[k]| for k < n (0 for n = 0): how far the weights moved
/// (`StallWatch`). Masks, not pointwiseMax: those compile to vector compares
/// and blends, pointwiseMax to a loop per lane.
@inlinable @inline(__always)
public func maxAbsDifference(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ n: Int) -> Float {
    var m = Vec()
    var k = 0
    while k + 16 <= n {
        var d = load(a, k) - load(b, k)
        d.replace(with: -d, where: d .< 0)
        m.replace(with: d, where: d .> m)
        k += 16
    }
    var largest = m.max()
    while k < n {
        largest = max(largest, abs(a[k] - b[k]))
        k += 1
    }
    return largest
}

/// y[k] += α·x[k] for k < n.
@inlinable @inline(__always)
public func axpy<L: Lanes>(_: L.Type, _ alpha: Float, _ x: UnsafePointer<Float>,
                           _ y: UnsafeMutablePointer<Float>, _ n: Int) {
    let va = Vec(repeating: alpha)
    var k = 0
    while k + 16 <= n {
        store(L.madd(load(y, k), va, load(x, k)), y, k)
        k += 16
    }
    while k < n {
        y[k] += alpha * x[k]
        k += 1
    }
}

/// z = W·x + b for W (rows, cols) row-major.
@inlinable @inline(__always)
public func affine<L: Lanes>(_ lanes: L.Type, _ w: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
                             _ x: UnsafePointer<Float>, _ z: UnsafeMutablePointer<Float>, rows: Int, cols: Int) {
    for j in 0 ..< rows {
        z[j] = b[j] + dot(lanes, w + j * cols, x, cols)
    }
}

/// e = Wᵀ·δ for W (rows, cols) row-major: e[k] = Σⱼ W[j,k]·δ[j].
@inlinable @inline(__always)
public func transposedProduct<L: Lanes>(_ lanes: L.Type, _ w: UnsafePointer<Float>, _ delta: UnsafePointer<Float>,
                                        _ e: UnsafeMutablePointer<Float>, rows: Int, cols: Int) {
    e.update(repeating: 0, count: cols)
    for j in 0 ..< rows {
        axpy(lanes, delta[j], w + j * cols, e, cols)
    }
}

/// The last update of one sample fused with the first product of the next:
///
///     w[k] += α·x[k]            (W⁽⁰⁾ row j −= η δⱼ x,  this sample)
///     return Σₖ w[k]·x'[k]      (row j of W⁽⁰⁾ x',      next sample)
///
/// One pass over the row instead of two: the largest weight matrix is read
/// once per sample, not twice, which is what bounds the training speed.
@inlinable @inline(__always)
public func axpyThenDot<L: Lanes>(_: L.Type, _ alpha: Float, _ x: UnsafePointer<Float>,
                                  _ w: UnsafeMutablePointer<Float>, _ xNext: UnsafePointer<Float>,
                                  _ n: Int) -> Float {
    let va = Vec(repeating: alpha)
    var s0 = Vec(), s1 = Vec()
    var k = 0
    while k + 32 <= n {
        let v0 = L.madd(load(w, k), va, load(x, k))
        let v1 = L.madd(load(w, k + 16), va, load(x, k + 16))
        store(v0, w, k)
        store(v1, w, k + 16)
        s0 = L.madd(s0, v0, load(xNext, k))
        s1 = L.madd(s1, v1, load(xNext, k + 16))
        k += 32
    }
    while k + 16 <= n {
        let v = L.madd(load(w, k), va, load(x, k))
        store(v, w, k)
        s0 = L.madd(s0, v, load(xNext, k))
        k += 16
    }
    var s = treeSum(s0 + s1)
    while k < n {
        w[k] += alpha * x[k]
        s += w[k] * xNext[k]
        k += 1
    }
    return s
}

/// z_b = W·x_b + b for four inputs x₀…x₃ at once (each `cols` long, back to
/// back in `x`; results (4, rows) in `z`). Each row of W is read once for
/// all four: evaluating a test set costs a quarter of the weight traffic.
@inlinable @inline(__always)
public func affine4<L: Lanes>(_: L.Type, _ w: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
                              _ x: UnsafePointer<Float>, _ z: UnsafeMutablePointer<Float>, rows: Int, cols: Int) {
    let x0 = x, x1 = x + cols, x2 = x + 2 * cols, x3 = x + 3 * cols
    for j in 0 ..< rows {
        let row = w + j * cols
        var s0 = Vec(), s1 = Vec(), s2 = Vec(), s3 = Vec()
        var k = 0
        while k + 16 <= cols {
            let v = load(row, k)
            s0 = L.madd(s0, v, load(x0, k))
            s1 = L.madd(s1, v, load(x1, k))
            s2 = L.madd(s2, v, load(x2, k))
            s3 = L.madd(s3, v, load(x3, k))
            k += 16
        }
        var t0 = treeSum(s0), t1 = treeSum(s1), t2 = treeSum(s2), t3 = treeSum(s3)
        while k < cols {
            t0 += row[k] * x0[k]
            t1 += row[k] * x1[k]
            t2 += row[k] * x2[k]
            t3 += row[k] * x3[k]
            k += 1
        }
        z[j] = b[j] + t0
        z[rows + j] = b[j] + t1
        z[2 * rows + j] = b[j] + t2
        z[3 * rows + j] = b[j] + t3
    }
}
