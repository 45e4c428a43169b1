/// How well a network reads a data set.
public struct Evaluation: Sendable, Equatable {
    /// counts[true digit][predicted digit]
    public var confusion: [[Int]]
    public var count: Int { confusion.reduce(0) { $0 + $1.reduce(0, +) } }
    public var correct: Int { (0 ..< confusion.count).reduce(0) { $0 + confusion[$1][$1] } }
    public var accuracy: Double { count == 0 ? 0 : Double(correct) / Double(count) }

    public init(classes: Int = Dataset.classCount) {
        confusion = Array(repeating: Array(repeating: 0, count: classes), count: classes)
    }
}

extension MLP {
    /// The index of the largest output: the network's answer.
    public static func argmax(_ y: some Collection<Float>) -> Int {
        var best = 0, bestValue = -Float.infinity
        for (i, v) in y.enumerated() where v > bestValue {
            best = i
            bestValue = v
        }
        return best
    }

    /// Answers for every digit in `data` (at most `limit`), with a reused
    /// workspace so it allocates nothing per digit.
    public func evaluate(_ data: Dataset, limit: Int = .max) -> Evaluation {
        var result = Evaluation(classes: outputSize)
        let n = min(limit, data.count)
        for (i, answer) in answers(data, count: n).enumerated() {
            let truth = data.label(i)
            if truth < outputSize { result.confusion[truth][answer] += 1 }
        }
        return result
    }

    /// The answers (argmax) for the first `count` digits of `data`. The first
    /// layer, which holds nearly all the weights, runs on four digits per
    /// pass over W⁽⁰⁾; the rest of each pass is the ordinary forward code.
    public func answers(_ data: Dataset, count: Int) -> [Int] {
        let n = max(0, min(count, data.count))
        guard inputSize == Dataset.pixelCount else { return [] }
        var out = [Int]()
        out.reserveCapacity(n)
        var ws = Workspace(for: sizes)
        let (cols, rows) = (sizes[0], sizes[1])
        var x = [Float](repeating: 0, count: 4 * cols)
        var z = [Float](repeating: 0, count: 4 * rows)
        var i = 0
        while i < n {
            let block = min(4, n - i)
            x.withUnsafeMutableBufferPointer { xs in
                for b in 0 ..< block {
                    data.input(i + b, into: UnsafeMutableBufferPointer(rebasing: xs[b * cols ..< (b + 1) * cols]))
                }
            }
            parameters.withUnsafeBufferPointer { p in
                x.withUnsafeBufferPointer { xs in
                    z.withUnsafeMutableBufferPointer { zs in
                        guard let pp = p.baseAddress, let xp = xs.baseAddress, let zp = zs.baseAddress else { return }
                        affine4(pp + weightOffset[0], pp + biasOffset[0], xp, zp, rows: rows, cols: cols)
                    }
                }
            }
            for b in 0 ..< block {
                ws.setFirstLayer(z[b * rows ..< (b + 1) * rows])
                out.append(forward(workspace: &ws))
            }
            i += block
        }
        return out
    }

    /// Forward pass on the input already in `ws`; returns the argmax.
    public func forward(workspace ws: inout Workspace) -> Int {
        if !ws.fits(sizes) { ws = Workspace(for: sizes) }
        let aOff = ws.aOffset
        parameters.withUnsafeBufferPointer { p in
            ws.a.withUnsafeMutableBufferPointer { a in
                MLP.propagate(p, a, aOff, sizes, weightOffset, biasOffset, activation,
                              firstLayerReady: ws.firstLayerReady)
            }
        }
        ws.firstLayerReady = false
        return MLP.argmax(ws.output)
    }
}
