/// The multilayer network's learning, written as the lesson's notebook
/// writes `train`: forward, the error at the output, δ per layer going
/// back, then W −= η · δ · aᵀ and b −= η · δ. This is the version to read;
/// training in the app and on the command line runs the same arithmetic,
/// fused for speed, in `MLP+FastStep.swift` (a test holds the two equal).
///
/// Names, for layers l = 0 … L−1 (L = `layerCount`, the notebook's L = 2):
///
///     x        input, a⁽⁰⁾ = x                      (sizes[0])      784
///     W⁽ˡ⁾     weights from layer l to l+1          (sizes[l+1], sizes[l])
///     b⁽ˡ⁾     biases of layer l+1                  (sizes[l+1])
///     z⁽ˡ⁺¹⁾   W⁽ˡ⁾ · a⁽ˡ⁾ + b⁽ˡ⁾                     (sizes[l+1])
///     a⁽ˡ⁺¹⁾   f(z⁽ˡ⁺¹⁾), f = sigmoid or tanh        (sizes[l+1])
///     t        target (0.01 / 0.99 for sigmoid)     (sizes[L])      10
///     C        ½ Σ (a⁽ᴸ⁾ − t)², the cost of one sample
///     δ⁽ˡ⁺¹⁾   ∂C/∂z⁽ˡ⁺¹⁾                            (sizes[l+1])
///     η        learning rate (`lr` in code)
///
/// Sources: the inf-schule.de unit "Deep Learning - Ziffernerkennung",
/// its notebook's class `neuralNetwork` (methods `query` and `train`).
extension MLP {
    /// ∂C/∂W⁽ˡ⁾ and ∂C/∂b⁽ˡ⁾ of one sample, for every layer l.
    public struct Gradients: Sendable, Equatable {
        /// dW[l]: (sizes[l+1], sizes[l]) row-major, dW[l][j·sizes[l] + k] = δ⁽ˡ⁺¹⁾ⱼ · a⁽ˡ⁾ₖ.
        public var dW: [[Float]]
        /// db[l]: (sizes[l+1]), db[l] = δ⁽ˡ⁺¹⁾.
        public var db: [[Float]]
    }

    /// Every layer's activations [a⁽⁰⁾, a⁽¹⁾, …, a⁽ᴸ⁾], a⁽⁰⁾ = x first, the
    /// output last (the notebook's `query` returns only the last). The
    /// insight views draw the hidden ones.
    public func forward(_ x: [Float]) -> [[Float]] {
        var x0 = Array(x.prefix(inputSize))
        x0 += [Float](repeating: 0, count: inputSize - x0.count)
        var a = [x0]                                                  // a⁽⁰⁾ = x
        for l in 0 ..< layerCount {
            let z = z(layer: l, from: a[l])                            // z⁽ˡ⁺¹⁾ = W⁽ˡ⁾ · a⁽ˡ⁾ + b⁽ˡ⁾
            a.append(z.map { activation($0) })                        // a⁽ˡ⁺¹⁾ = f(z⁽ˡ⁺¹⁾)
        }
        return a
    }

    /// The output layer's activations a⁽ᴸ⁾ for input x (sizes[L]).
    public func predict(_ x: [Float]) -> [Float] {
        forward(x).last ?? []
    }

    /// C = ½ Σ (a⁽ᴸ⁾ − t)² for one sample.
    public func cost(_ x: [Float], target t: [Float]) -> Float {
        zip(predict(x), t).reduce(0) { $0 + 0.5 * ($1.0 - $1.1) * ($1.0 - $1.1) }
    }

    /// Backpropagation for one sample: the gradients of C, and C itself.
    /// The network is not changed (`update` applies the gradients).
    public func backward(_ x: [Float], target t: [Float]) -> (gradients: Gradients, cost: Float) {
        let a = forward(x)
        let L = layerCount
        var delta = [[Float]](repeating: [], count: L + 1)            // delta[l] = δ⁽ˡ⁾, l = 1 … L

        // Error at the output: δ⁽ᴸ⁾ = (a⁽ᴸ⁾ − t) ⊙ f'(a⁽ᴸ⁾)
        let e = zip(a[L], t).map { $0 - $1 }
        delta[L] = zip(e, a[L]).map { $0 * activation.derivative(output: $1) }
        let cost = e.reduce(0) { $0 + 0.5 * $1 * $1 }

        // Going back: δ⁽ˡ⁾ = (W⁽ˡ⁾ᵀ · δ⁽ˡ⁺¹⁾) ⊙ f'(a⁽ˡ⁾)
        for l in stride(from: L - 1, through: 1, by: -1) {
            let back = backProduct(layer: l, delta[l + 1])
            delta[l] = zip(back, a[l]).map { $0 * activation.derivative(output: $1) }
        }

        // dW⁽ˡ⁾ = δ⁽ˡ⁺¹⁾ · a⁽ˡ⁾ᵀ (an outer product), db⁽ˡ⁾ = δ⁽ˡ⁺¹⁾
        var g = Gradients(dW: [], db: [])
        for l in 0 ..< L {
            g.dW.append(delta[l + 1].flatMap { dj in a[l].map { ak in dj * ak } })
            g.db.append(delta[l + 1])
        }
        return (g, cost)
    }

    /// One step of gradient descent: W⁽ˡ⁾ −= η · dW⁽ˡ⁾, b⁽ˡ⁾ −= η · db⁽ˡ⁾.
    public mutating func update(_ g: Gradients, lr η: Float) {
        for l in 0 ..< layerCount {
            for (i, d) in g.dW[l].enumerated() { parameters[weightOffset[l] + i] -= η * d }
            for (j, d) in g.db[l].enumerated() { parameters[biasOffset[l] + j] -= η * d }
        }
    }

    /// The notebook's `train` for one sample: backward, then update; returns
    /// C before the step. All δ come from the old weights.
    @discardableResult
    public mutating func train(_ x: [Float], target t: [Float], lr η: Float) -> Float {
        let (g, cost) = backward(x, target: t)
        update(g, lr: η)
        return cost
    }

    /// ∂C/∂parameters for one sample in the layout of `parameters` (W⁽⁰⁾,
    /// b⁽⁰⁾, W⁽¹⁾, …), from `backward`.
    public func gradient(_ x: [Float], target t: [Float]) -> [Float] {
        let g = backward(x, target: t).gradients
        return (0 ..< layerCount).flatMap { g.dW[$0] + g.db[$0] }
    }

    // The two matrix products, on the vector kernels the fast step uses too,
    // so both paths compute z and Wᵀδ alike.

    /// z = W⁽ˡ⁾ · a + b⁽ˡ⁾   (sizes[l+1])
    func z(layer l: Int, from a: [Float]) -> [Float] {
        withKernel(count: sizes[l + 1], a) { p, a, z in
            affine(p + weightOffset[l], p + biasOffset[l], a, z, rows: sizes[l + 1], cols: sizes[l])
        }
    }

    /// W⁽ˡ⁾ᵀ · δ   (sizes[l])
    func backProduct(layer l: Int, _ delta: [Float]) -> [Float] {
        withKernel(count: sizes[l], delta) { p, d, e in
            transposedProduct(p + weightOffset[l], d, e, rows: sizes[l + 1], cols: sizes[l])
        }
    }

    /// A new array of `count` floats that `kernel` fills from the
    /// parameters and the vector `v`.
    private func withKernel(count: Int, _ v: [Float],
                            _ kernel: (UnsafePointer<Float>, UnsafePointer<Float>, UnsafeMutablePointer<Float>) -> Void) -> [Float] {
        var out = [Float](repeating: 0, count: count)
        parameters.withUnsafeBufferPointer { p in
            v.withUnsafeBufferPointer { v in
                out.withUnsafeMutableBufferPointer { o in
                    guard let p = p.baseAddress, let v = v.baseAddress, let o = o.baseAddress else { return }
                    kernel(p, v, o)
                }
            }
        }
        return out
    }
}
