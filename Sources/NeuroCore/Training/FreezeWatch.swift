/// Notices a network that can no longer learn at all.
///
/// A learning rate far too large (50 in the window) does not always make the
/// weights infinite: with σ or tanh the first huge steps drive every neuron
/// into saturation, where f'(z) rounds to exactly 0, so every gradient is 0
/// and the weights stay the same bit for bit. The network then answers the
/// same digit for every input and never recovers. A healthy network changes
/// thousands of weights with every sample, so a stretch of samples that
/// changes none is a certain sign (measured: rates 50, and 1-50 for tanh).
struct FreezeWatch {
    /// Samples between two looks; the copy it keeps costs one parameter
    /// array per look.
    static let interval = 256

    private var reference: [Float]
    private var since: Int

    init(_ network: MLP, samplesSeen: Int) {
        reference = network.parameters
        since = samplesSeen
    }

    /// True when `interval` or more samples since the last look left every
    /// weight and bias exactly as it was.
    mutating func isFrozen(_ network: MLP, samplesSeen: Int) -> Bool {
        guard samplesSeen - since >= FreezeWatch.interval else { return false }
        if network.parameters == reference { return true }
        reference = network.parameters
        since = samplesSeen
        return false
    }
}
