import NeuroCore

/// The network's answer to a drawing, as the bars show it.
///
/// The output neurons are sigmoids, each between 0 and 1 and not summing
/// to 1. For the bars they are shared out in proportion,
///
///     p_i = a_i / Σ_j a_j
///
/// which keeps their order and lets the class read them as "how sure".
/// The whole percentages are rounded by largest remainder so they add up
/// to exactly 100 on screen.
public struct Prediction: Sendable, Equatable {
    /// The raw output activations a (10).
    public let outputs: [Float]
    /// Shares p (10), summing to 1.
    public let probabilities: [Float]
    /// Whole percentages (10), summing to 100.
    public let percents: [Int]
    public let digit: Int

    public init(outputs: [Float]) {
        let a = outputs.map { $0.isFinite ? max($0, 0) : 0 }
        let total = a.reduce(0, +)
        let p = total > 0 ? a.map { $0 / total } : a.map { _ in 1 / Float(max(a.count, 1)) }
        self.outputs = outputs
        probabilities = p
        percents = Prediction.wholePercents(p)
        digit = MLP.argmax(a)
    }

    public var probability: Float { probabilities.indices.contains(digit) ? probabilities[digit] : 0 }

    /// Largest remainder rounding of shares to whole percentages.
    static func wholePercents(_ p: [Float]) -> [Int] {
        guard !p.isEmpty else { return [] }
        let raw = p.map { Double($0) * 100 }
        var whole = raw.map { Int($0.rounded(.down)) }
        let missing = 100 - whole.reduce(0, +)
        let byRemainder = raw.indices.sorted { raw[$0] - Double(whole[$0]) > raw[$1] - Double(whole[$1]) }
        for k in 0 ..< max(0, min(missing, byRemainder.count)) { whole[byRemainder[k]] += 1 }
        return whole
    }

    /// Classifies a drawing: MNIST normalisation, the lesson's input
    /// scaling, forward pass. Nil for an empty pad.
    public static func classify(_ normalized: NormalizedDigit, with network: MLP) -> Prediction? {
        guard !normalized.isEmpty, network.inputSize == normalized.pixels.count else { return nil }
        return Prediction(outputs: network.predict(DigitNormalizer.networkInput(normalized.pixels)))
    }
}
