/// How fast training runs: a pace a class can watch, or as fast as it goes.
public enum Pace: Sendable, Equatable, CustomStringConvertible {
    case perSecond(Int)
    case max

    /// The steps of the `,` and `.` keys.
    public static let steps: [Pace] = [
        .perSecond(50), .perSecond(200), .perSecond(500), .perSecond(1000),
        .perSecond(3000), .perSecond(10000), .perSecond(30000), .max,
    ]
    public static let watchable = Pace.perSecond(1000)

    public var description: String {
        switch self {
        case .perSecond(let n): "\(n)/s"
        case .max: "max"
        }
    }

    /// Parses "1000" or "max".
    public init?(_ text: String) {
        if text.lowercased() == "max" { self = .max; return }
        guard let n = Int(text), n > 0 else { return nil }
        self = .perSecond(n)
    }

    public func faster() -> Pace { step(+1) }
    public func slower() -> Pace { step(-1) }

    private func step(_ d: Int) -> Pace {
        let rate = self == .max ? Int.max : { if case .perSecond(let n) = self { n } else { 0 } }()
        let index = Pace.steps.firstIndex { p in
            if case .perSecond(let n) = p { return n >= rate }
            return true
        } ?? Pace.steps.count - 1
        let exact = Pace.steps[index] == self
        let next = d > 0 ? (exact ? index + 1 : index) : index - 1
        return Pace.steps[Swift.max(0, Swift.min(Pace.steps.count - 1, next))]
    }
}

/// Everything that defines a training run. Defaults are the lesson's:
/// 784-50-10, sigmoid, learning rate 0.1.
public struct TrainingConfig: Sendable, Equatable {
    public var hidden: [Int] = [50]
    public var activation: Activation = .sigmoid
    public var learningRate: Float = 0.1
    public var seed: UInt64 = 1
    public var pace: Pace = .watchable
    /// Use only the first N training digits (the overfitting experiment).
    public var trainLimit: Int? = nil
    /// Stop after this many epochs (nil: go on until stopped).
    public var epochs: Int? = nil

    public static let hiddenSizes = [10, 20, 50, 100, 200]
    public static let learningRates: [Float] = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10, 50]

    public init() {}

    public var sizes: [Int] { [Dataset.pixelCount] + hidden + [Dataset.classCount] }

    /// One-hot targets for label d with the activation's off/on values.
    public func target(_ label: Int) -> [Float] {
        let (off, on) = activation.targets
        return (0 ..< Dataset.classCount).map { $0 == label ? on : off }
    }
}
