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
        var ws = Workspace(for: sizes)
        let n = min(limit, data.count)
        for i in 0 ..< n {
            ws.withInput { data.input(i, into: $0) }
            let answer = forward(workspace: &ws)
            let truth = data.label(i)
            if truth < outputSize { result.confusion[truth][answer] += 1 }
        }
        return result
    }

    /// Forward pass on the input already in `ws`; returns the argmax.
    public func forward(workspace ws: inout Workspace) -> Int {
        if !ws.fits(sizes) { ws = Workspace(for: sizes) }
        let aOff = ws.aOffset
        parameters.withUnsafeBufferPointer { p in
            ws.a.withUnsafeMutableBufferPointer { a in
                MLP.propagate(p, a, aOff, sizes, weightOffset, biasOffset, activation)
            }
        }
        return MLP.argmax(ws.output)
    }
}
