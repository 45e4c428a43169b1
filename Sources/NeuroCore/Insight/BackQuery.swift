import Foundation

/// "What does the network think a 3 looks like?" The network run backwards,
/// as in Tariq Rashid's "Make Your Own Neural Network":
///
///     t      = target of the output layer (0.99 for the label, 0.01 else)
///     z⁽ˡ⁾   = f⁻¹(a⁽ˡ⁾) − b⁽ˡ⁻¹⁾             undo the activation and the bias
///     a⁽ˡ⁻¹⁾ = W⁽ˡ⁻¹⁾ᵀ · z⁽ˡ⁾                 spread back along the weights
///     a⁽ˡ⁻¹⁾ ← rescaled into the activation's open range (0.01 ... 0.99)
///
/// The weights are not invertible (10 outputs cannot fix 784 inputs), so the
/// result is one picture that would push the output that way, not the one.
extension MLP {
    /// The input picture (784 values in 0.01 ... 0.99 for sigmoid, −0.99 ...
    /// 0.99 for tanh) that the back query finds for output `label`.
    public func backQuery(label: Int) -> [Float] {
        let (off, on) = activation.targets
        let lo = activation == .sigmoid ? Float(0.01) : -0.99
        let hi: Float = 0.99
        // (outputSize): targets kept inside the open range, so f⁻¹ stays finite.
        var a = (0 ..< outputSize).map { j -> Float in min(max(j == label ? on : off, lo), hi) }
        for l in stride(from: layerCount - 1, through: 0, by: -1) {
            let rows = sizes[l + 1], cols = sizes[l]
            let w = weights(layer: l), b = biases(layer: l)
            // z (rows) = f⁻¹(a) − b
            let z = (0 ..< rows).map { j in inverse(a[j]) - b[b.startIndex + j] }
            // Wᵀ z (cols): W is (rows, cols) row-major.
            var back = [Float](repeating: 0, count: cols)
            w.withUnsafeBufferPointer { wp in
                for j in 0 ..< rows where z[j] != 0 {
                    let row = wp.baseAddress.map { $0 + j * cols }
                    guard let row else { continue }
                    for k in 0 ..< cols { back[k] += row[k] * z[j] }
                }
            }
            a = MLP.rescale(back, lo: lo, hi: hi)
        }
        return a
    }

    /// f⁻¹: logit for sigmoid, artanh for tanh.
    func inverse(_ y: Float) -> Float {
        switch activation {
        case .sigmoid: Float(log(Double(y) / (1 - Double(y))))
        case .tanh: Float(atanh(Double(y)))
        }
    }

    /// Linearly maps the smallest value to `lo` and the largest to `hi`
    /// (all to the middle when they are equal or not finite).
    static func rescale(_ v: [Float], lo: Float, hi: Float) -> [Float] {
        let mn = v.min() ?? 0, mx = v.max() ?? 0
        guard mx > mn, mn.isFinite, mx.isFinite else { return [Float](repeating: (lo + hi) / 2, count: v.count) }
        let k = (hi - lo) / (mx - mn)
        return v.map { lo + ($0 - mn) * k }
    }
}
