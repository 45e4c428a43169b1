/// A small seeded generator: every random number in NeuroPad comes from one of
/// these, so `--seed` makes a run reproducible.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform Float in [0, 1).
    public mutating func nextUnit() -> Float {
        Float(next() >> 40) * (1.0 / Float(1 << 24))
    }

    /// A normal sample N(mean, std²), by the Box-Muller transform:
    /// z = sqrt(-2 ln u1) · cos(2π u2).
    public mutating func nextNormal(mean: Float = 0, std: Float = 1) -> Float {
        let u1 = max(Double(next() >> 11) * 0x1.0p-53, .leastNonzeroMagnitude)
        let u2 = Double(next() >> 11) * 0x1.0p-53
        let z = (-2 * _log(u1)).squareRoot() * _cos(2 * .pi * u2)
        return mean + std * Float(z)
    }
}
