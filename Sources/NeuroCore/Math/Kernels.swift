// The three loops that per-sample SGD spends its time in, written with
// SIMD16<Float> so that a native build (AVX-512 or AVX2) runs them as vector
// instructions. Everything else in the network is plain Swift.

typealias Vec = SIMD16<Float>

@inline(__always)
private func load(_ p: UnsafePointer<Float>, _ k: Int) -> Vec {
    UnsafeRawPointer(p + k).loadUnaligned(as: Vec.self)
}

@inline(__always)
private func store(_ v: Vec, _ p: UnsafeMutablePointer<Float>, _ k: Int) {
    UnsafeMutableRawPointer(p + k).storeBytes(of: v, as: Vec.self)
}

/// Σₖ a[k]·b[k]
@inline(__always)
func dot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ n: Int) -> Float {
    var s0 = Vec(), s1 = Vec(), s2 = Vec(), s3 = Vec()
    var k = 0
    while k + 64 <= n {
        s0.addProduct(load(a, k), load(b, k))
        s1.addProduct(load(a, k + 16), load(b, k + 16))
        s2.addProduct(load(a, k + 32), load(b, k + 32))
        s3.addProduct(load(a, k + 48), load(b, k + 48))
        k += 64
    }
    while k + 16 <= n {
        s0.addProduct(load(a, k), load(b, k))
        k += 16
    }
    var s = ((s0 + s1) + (s2 + s3)).treeSum()
    while k < n {
        s += a[k] * b[k]
        k += 1
    }
    return s
}

/// y[k] += α·x[k]
@inline(__always)
func axpy(_ alpha: Float, _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int) {
    let va = Vec(repeating: alpha)
    var k = 0
    while k + 16 <= n {
        var v = load(y, k)
        v.addProduct(va, load(x, k))
        store(v, y, k)
        k += 16
    }
    while k < n {
        y[k] += alpha * x[k]
        k += 1
    }
}

/// z = W·x + b for W (rows, cols) row-major.
@inline(__always)
func affine(_ w: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ x: UnsafePointer<Float>,
            _ z: UnsafeMutablePointer<Float>, rows: Int, cols: Int) {
    for j in 0 ..< rows {
        z[j] = b[j] + dot(w + j * cols, x, cols)
    }
}

/// e = Wᵀ·δ for W (rows, cols) row-major: e[k] = Σⱼ W[j,k]·δ[j].
@inline(__always)
func transposedProduct(_ w: UnsafePointer<Float>, _ delta: UnsafePointer<Float>,
                       _ e: UnsafeMutablePointer<Float>, rows: Int, cols: Int) {
    e.update(repeating: 0, count: cols)
    for j in 0 ..< rows {
        axpy(delta[j], w + j * cols, e, cols)
    }
}

extension SIMD16<Float> {
    /// Σ of the 16 lanes as a tree of halves (4 dependent adds), not the
    /// 16 dependent scalar adds `sum()` compiles to: this sum ends every
    /// row of every matrix product.
    @inline(__always)
    func treeSum() -> Float {
        let v8 = lowHalf + highHalf
        let v4 = v8.lowHalf + v8.highHalf
        let v2 = v4.lowHalf + v4.highHalf
        return v2.x + v2.y
    }

    /// self += a·b, one fused multiply-add per lane.
    @inline(__always)
    mutating func addProduct(_ a: Self, _ b: Self) {
        self = addingProduct(a, b)
    }
}

/// The last update of one sample fused with the first product of the next:
///
///     w[k] += α·x[k]            (W⁽⁰⁾ row j −= η δⱼ x,  this sample)
///     return Σₖ w[k]·x'[k]      (row j of W⁽⁰⁾ x',      next sample)
///
/// One pass over the row instead of two: the largest weight matrix is read
/// once per sample, not twice, which is what bounds the training speed.
@inline(__always)
func axpyThenDot(_ alpha: Float, _ x: UnsafePointer<Float>, _ w: UnsafeMutablePointer<Float>,
                 _ xNext: UnsafePointer<Float>, _ n: Int) -> Float {
    let va = Vec(repeating: alpha)
    var s0 = Vec(), s1 = Vec()
    var k = 0
    while k + 32 <= n {
        var v0 = load(w, k), v1 = load(w, k + 16)
        v0.addProduct(va, load(x, k))
        v1.addProduct(va, load(x, k + 16))
        store(v0, w, k)
        store(v1, w, k + 16)
        s0.addProduct(v0, load(xNext, k))
        s1.addProduct(v1, load(xNext, k + 16))
        k += 32
    }
    while k + 16 <= n {
        var v = load(w, k)
        v.addProduct(va, load(x, k))
        store(v, w, k)
        s0.addProduct(v, load(xNext, k))
        k += 16
    }
    var s = (s0 + s1).treeSum()
    while k < n {
        w[k] += alpha * x[k]
        s += w[k] * xNext[k]
        k += 1
    }
    return s
}

/// Bytes 0-255 to the notebook's inputs (`InputScaling`). A plain
/// loop: the compiler turns it into vector widen-and-convert instructions,
/// where SIMD16<UInt8> → SIMD16<Float> would call a generic conversion.
@inline(__always)
func scaleBytes(_ p: UnsafePointer<UInt8>, _ x: UnsafeMutablePointer<Float>, _ n: Int) {
    for k in 0 ..< n { x[k] = InputScaling.x(byte: p[k]) }
}

/// z_b = W·x_b + b for four inputs x₀…x₃ at once (each `cols` long, back to
/// back in `x`; results (4, rows) in `z`). Each row of W is read once for
/// all four: evaluating a test set costs a quarter of the weight traffic.
@inline(__always)
func affine4(_ w: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ x: UnsafePointer<Float>,
             _ z: UnsafeMutablePointer<Float>, rows: Int, cols: Int) {
    let x0 = x, x1 = x + cols, x2 = x + 2 * cols, x3 = x + 3 * cols
    for j in 0 ..< rows {
        let row = w + j * cols
        var s0 = Vec(), s1 = Vec(), s2 = Vec(), s3 = Vec()
        var k = 0
        while k + 16 <= cols {
            let v = load(row, k)
            s0.addProduct(v, load(x0, k))
            s1.addProduct(v, load(x1, k))
            s2.addProduct(v, load(x2, k))
            s3.addProduct(v, load(x3, k))
            k += 16
        }
        var t0 = s0.treeSum(), t1 = s1.treeSum(), t2 = s2.treeSum(), t3 = s3.treeSum()
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
