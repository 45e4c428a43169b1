/// Notices a network that has stopped learning for good.
///
/// A learning rate far too large (50 in the window) does not always make the
/// weights infinite: with σ or tanh the first huge steps drive the neurons
/// into saturation, where f'(z) is about 0. Every gradient then nearly
/// vanishes, the weights stand still, and the network gives the same answer
/// for every digit, forever. Both together are the sign:
///
///     max |Δw| over 256 samples  <  0.01 · η     and
///     one answer for all of 32 fixed digits of at least two classes,
///
/// twice in a row. Measured on the embedded digits (hidden 10-200, σ and
/// tanh, η 0.001-50, 8,000 samples each): a network that learns moves some
/// weight by at least 0.2 · η per 256 samples, and every run that ended at
/// 10% accuracy met both conditions within 512-768 samples; η = 50 always.
struct StallWatch {
    static let interval = 256
    static let probeCount = 32
    static let still: Float = 0.01

    private var reference: [Float]
    private var since: Int
    private var strikes = 0
    /// Up to 32 digits as network inputs, (count, 784); empty when the data
    /// hold fewer than two classes (one answer for all would be right).
    private let probe: [[Float]]

    init(_ network: MLP, samplesSeen: Int, probe: [[Float]]) {
        reference = network.parameters
        since = samplesSeen
        self.probe = probe
    }

    /// The first digits of `data` as network inputs, if they span two classes.
    static func probeInputs(from data: Dataset) -> [[Float]] {
        let n = min(data.count, probeCount)
        guard Set(data.labels.prefix(n)).count >= 2 else { return [] }
        return (0 ..< n).map { data.input($0) }
    }

    /// True once two looks in a row, `interval` samples apart, found the
    /// weights still and every probe digit given the same answer.
    mutating func hasStalled(_ network: MLP, samplesSeen: Int, learningRate: Float) -> Bool {
        guard samplesSeen - since >= StallWatch.interval, !probe.isEmpty,
              network.parameters.count == reference.count else { return false }
        let moved = StallWatch.largestChange(network.parameters, reference)
        reference = network.parameters
        since = samplesSeen
        // The probe digits only when the weights stood still: a learning
        // network (nearly every look) costs one pass over its weights.
        let still = moved < StallWatch.still * learningRate
        strikes = still && Set(probe.map { MLP.argmax(network.predict($0)) }).count == 1 ? strikes + 1 : 0
        return strikes >= 2
    }

    /// max |w − w₀| over both arrays (the shorter's length).
    static func largestChange(_ w: [Float], _ w0: [Float]) -> Float {
        w.withUnsafeBufferPointer { a in
            w0.withUnsafeBufferPointer { b in
                guard let pa = a.baseAddress, let pb = b.baseAddress else { return 0 }
                return maxAbsDifference(pa, pb, min(a.count, b.count))
            }
        }
    }
}
