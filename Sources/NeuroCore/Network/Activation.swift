/// An activation function and its derivative, each as a pair like the
/// lesson's slides: the derivative is written in terms of the output a,
/// because backpropagation has a at hand.
public enum Activation: String, Sendable, Codable, CaseIterable {
    /// σ(z) = 1 / (1 + e^(−z)),  σ' = a · (1 − a)
    case sigmoid
    /// tanh(z),  tanh' = 1 − a²
    case tanh

    @inline(__always)
    public func callAsFunction(_ z: Float) -> Float {
        switch self {
        case .sigmoid: 1 / (1 + _exp(-z))
        case .tanh: _tanh(z)
        }
    }

    /// f'(z) expressed through a = f(z).
    @inline(__always)
    public func derivative(output a: Float) -> Float {
        switch self {
        case .sigmoid: a * (1 - a)
        case .tanh: 1 - a * a
        }
    }

    /// Training targets for "no" and "yes": the notebook's 0.01 / 0.99 for
    /// sigmoid (σ never reaches 0 or 1), −1 / +1 for tanh as in the slides.
    public var targets: (off: Float, on: Float) {
        switch self {
        case .sigmoid: (0.01, 0.99)
        case .tanh: (-1, 1)
        }
    }
}
