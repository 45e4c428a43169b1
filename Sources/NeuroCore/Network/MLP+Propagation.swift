/// Scratch buffers for one training step, reused from sample to sample so
/// the training loop allocates nothing.
public struct Workspace: Sendable {
    /// a⁽⁰⁾ … a⁽ᴸ⁾ back to back (Σ sizes).
    var a: [Float]
    /// δ⁽¹⁾ … δ⁽ᴸ⁾ back to back (Σ sizes[1...]).
    var delta: [Float]
    var aOffset: [Int]
    var deltaOffset: [Int]
    /// The next sample's input, when the caller knows it (see `withNextInput`).
    var next: [Float]
    var hasNext = false
    /// a⁽¹⁾ holds z⁽¹⁾ of the input already: the previous step computed it.
    var firstLayerReady = false

    public init(for sizes: [Int]) {
        next = [Float](repeating: 0, count: sizes.first ?? 0)
        aOffset = []
        var at = 0
        for n in sizes { aOffset.append(at); at += n }
        a = [Float](repeating: 0, count: at)
        deltaOffset = []
        at = 0
        for n in sizes.dropFirst() { deltaOffset.append(at); at += n }
        delta = [Float](repeating: 0, count: at)
    }

    func fits(_ sizes: [Int]) -> Bool {
        aOffset.count == sizes.count && next.count == sizes[0] && delta.count + next.count == a.count
    }
}

extension MLP {
    // MARK: Forward propagation

    /// Every layer's activations, a⁽⁰⁾ = x first, the output last. The
    /// insight views (network diagram, hidden activations) draw from these.
    public func forward(_ x: [Float]) -> [[Float]] {
        var ws = Workspace(for: sizes)
        ws.setInput(x, count: inputSize)
        parameters.withUnsafeBufferPointer { p in
            ws.a.withUnsafeMutableBufferPointer { a in
                MLP.propagate(p, a, ws.aOffset, sizes, weightOffset, biasOffset, activation)
            }
        }
        return (0 ..< sizes.count).map { l in Array(ws.a[ws.aOffset[l] ..< ws.aOffset[l] + sizes[l]]) }
    }

    /// The output layer's activations for input x.
    public func predict(_ x: [Float]) -> [Float] {
        forward(x).last ?? []
    }

    /// a⁽ˡ⁺¹⁾ = f(W⁽ˡ⁾ a⁽ˡ⁾ + b⁽ˡ⁾) for every layer, in place in `a`.
    /// With `firstLayerReady`, z⁽¹⁾ is already in place and only f is applied.
    @inline(__always)
    static func propagate(_ p: UnsafeBufferPointer<Float>, _ a: UnsafeMutableBufferPointer<Float>, _ aOffset: [Int],
                          _ sizes: [Int], _ weightOffset: [Int], _ biasOffset: [Int], _ activation: Activation,
                          firstLayerReady: Bool = false) {
        guard let pp = p.baseAddress, let ap = a.baseAddress else { return }
        for l in 0 ..< sizes.count - 1 {
            let z = ap + aOffset[l + 1]
            if !(l == 0 && firstLayerReady) {
                affine(pp + weightOffset[l], pp + biasOffset[l], ap + aOffset[l], z,
                       rows: sizes[l + 1], cols: sizes[l])
            }
            for j in 0 ..< sizes[l + 1] { z[j] = activation(z[j]) }
        }
    }

    // MARK: Backward propagation

    /// One step of gradient descent on one sample; returns C = ½ Σ (t − a)²
    /// before the step. Order as in the notebook: all δ from the old weights,
    /// then the updates W⁽ˡ⁾ −= η · δ⁽ˡ⁺¹⁾ · a⁽ˡ⁾ᵀ,  b⁽ˡ⁾ −= η · δ⁽ˡ⁺¹⁾.
    @discardableResult
    public mutating func train(_ x: [Float], target t: [Float], lr: Float) -> Float {
        var ws = Workspace(for: sizes)
        ws.setInput(x, count: inputSize)
        return t.withUnsafeBufferPointer { train(target: $0, lr: lr, workspace: &ws) }
    }

    /// The allocation-free step: the input must already be in `workspace`
    /// (see `Workspace.withInput`). When the next sample's input is there
    /// too (`Workspace.withNextInput`), the update of W⁽⁰⁾ and the next
    /// sample's z⁽¹⁾ = W⁽⁰⁾x' + b⁽⁰⁾ share one pass over W⁽⁰⁾; the result is
    /// exactly the same as two separate steps.
    @discardableResult
    public mutating func train(target t: UnsafeBufferPointer<Float>, lr: Float, workspace ws: inout Workspace) -> Float {
        if !ws.fits(sizes) { ws = Workspace(for: sizes) }
        let sizes = self.sizes, wOff = weightOffset, bOff = biasOffset, L = layerCount, f = activation
        let aOff = ws.aOffset, dOff = ws.deltaOffset, ready = ws.firstLayerReady, fuse = ws.hasNext
        let cost = parameters.withUnsafeMutableBufferPointer { p in
            ws.a.withUnsafeMutableBufferPointer { a in
                ws.delta.withUnsafeMutableBufferPointer { d in
                    ws.next.withUnsafeBufferPointer { nx -> Float in
                        guard let pp = p.baseAddress, let ap = a.baseAddress, let dp = d.baseAddress,
                              let xNext = nx.baseAddress else { return 0 }
                        MLP.propagate(UnsafeBufferPointer(p), a, aOff, sizes, wOff, bOff, f, firstLayerReady: ready)

                        // Output layer: δ⁽ᴸ⁾ = (a⁽ᴸ⁾ − t) ⊙ f'(a⁽ᴸ⁾)
                        let out = ap + aOff[L], dOut = dp + dOff[L - 1]
                        var cost: Float = 0
                        for j in 0 ..< sizes[L] {
                            let e = out[j] - t[j]
                            cost += 0.5 * e * e
                            dOut[j] = e * f.derivative(output: out[j])
                        }
                        // Hidden layers: δ⁽ˡ⁾ = (W⁽ˡ⁾ᵀ δ⁽ˡ⁺¹⁾) ⊙ f'(a⁽ˡ⁾), with the old W
                        for l in stride(from: L - 1, through: 1, by: -1) {
                            let dl = dp + dOff[l - 1], al = ap + aOff[l]
                            transposedProduct(pp + wOff[l], dp + dOff[l], dl, rows: sizes[l + 1], cols: sizes[l])
                            for k in 0 ..< sizes[l] { dl[k] *= f.derivative(output: al[k]) }
                        }
                        // Updates, top layer first: W⁽ˡ⁾ −= η δ⁽ˡ⁺¹⁾ a⁽ˡ⁾ᵀ (row j gets −η δⱼ · a⁽ˡ⁾),
                        // b⁽ˡ⁾ −= η δ⁽ˡ⁺¹⁾. W⁽⁰⁾ comes last: a⁽¹⁾ is free then to take the next z⁽¹⁾.
                        for l in stride(from: L - 1, through: 0, by: -1) {
                            let rows = sizes[l + 1], cols = sizes[l]
                            let dl = dp + dOff[l], al = ap + aOff[l], w = pp + wOff[l], b = pp + bOff[l]
                            if l == 0 && fuse {
                                let zNext = ap + aOff[1]
                                for j in 0 ..< rows {
                                    b[j] -= lr * dl[j]
                                    zNext[j] = b[j] + axpyThenDot(-lr * dl[j], al, w + j * cols, xNext, cols)
                                }
                            } else {
                                for j in 0 ..< rows {
                                    axpy(-lr * dl[j], al, w + j * cols, cols)
                                    b[j] -= lr * dl[j]
                                }
                            }
                        }
                        return cost
                    }
                }
            }
        }
        if fuse {
            // The next sample becomes the current one, its z⁽¹⁾ already done.
            ws.a.withUnsafeMutableBufferPointer { a in
                ws.next.withUnsafeBufferPointer { nx in
                    for k in 0 ..< nx.count { a[k] = nx[k] }
                }
            }
        }
        ws.firstLayerReady = fuse
        ws.hasNext = false
        return cost
    }

    /// ∂C/∂parameters for one sample, in the layout of `parameters`, without
    /// changing the network. One step with η = 1 subtracts exactly this, so
    /// it is computed by the same code the training uses.
    public func gradient(_ x: [Float], target t: [Float]) -> [Float] {
        var copy = self
        copy.train(x, target: t, lr: 1)
        return zip(parameters, copy.parameters).map { $0 - $1 }
    }

    /// C = ½ Σ (t − a)² for one sample.
    public func cost(_ x: [Float], target t: [Float]) -> Float {
        zip(predict(x), t).reduce(0) { $0 + 0.5 * ($1.0 - $1.1) * ($1.0 - $1.1) }
    }
}

extension Workspace {
    /// Writes x into a⁽⁰⁾.
    mutating func setInput(_ x: [Float], count n: Int) {
        for k in 0 ..< min(n, x.count) { a[k] = x[k] }
        firstLayerReady = false
    }

    /// The input layer a⁽⁰⁾, for filling in place (e.g. from bytes).
    public mutating func withInput<R>(_ body: (UnsafeMutableBufferPointer<Float>) -> R) -> R {
        firstLayerReady = false
        let n = aOffset.count > 1 ? aOffset[1] : a.count
        return a.withUnsafeMutableBufferPointer { body(UnsafeMutableBufferPointer(rebasing: $0[0 ..< n])) }
    }

    /// Puts a first layer's z⁽¹⁾ (computed elsewhere, e.g. four at a time)
    /// in place; the next forward pass starts from it.
    mutating func setFirstLayer(_ z: ArraySlice<Float>) {
        var k = aOffset.count > 1 ? aOffset[1] : 0
        for v in z { a[k] = v; k += 1 }
        firstLayerReady = true
    }

    /// The next sample's input, for filling in place before `train`: the
    /// step then prepares that sample's first layer as it updates W⁽⁰⁾, and
    /// the next `train` must be called without `withInput`.
    public mutating func withNextInput<R>(_ body: (UnsafeMutableBufferPointer<Float>) -> R) -> R {
        hasNext = true
        return next.withUnsafeMutableBufferPointer { body($0) }
    }

    /// The output layer a⁽ᴸ⁾ of the last forward pass.
    public var output: ArraySlice<Float> { a[(aOffset.last ?? 0)...] }
}
