/// A fully connected network of any layer sizes, as the lesson builds it:
///
///     z⁽ˡ⁺¹⁾ = W⁽ˡ⁾ · a⁽ˡ⁾ + b⁽ˡ⁾
///     a⁽ˡ⁺¹⁾ = f(z⁽ˡ⁺¹⁾)
///
/// with a⁽⁰⁾ = x, squared error C = ½ Σ (t − a)² and per-sample gradient
/// descent (the notebook's `train`). 784-50-10 reads digits, 2-4-1 solves XOR.
public struct MLP: Sendable, Equatable {
    /// Neurons per layer, input first: [784, 50, 10].
    public let sizes: [Int]
    public let activation: Activation
    /// All weights and biases in one buffer. Layer l holds
    /// W⁽ˡ⁾ (sizes[l+1], sizes[l]) row-major at `weightOffset[l]`, then
    /// b⁽ˡ⁾ (sizes[l+1]) at `biasOffset[l]`.
    public internal(set) var parameters: [Float]
    let weightOffset: [Int]
    let biasOffset: [Int]

    /// Number of weight layers (one less than `sizes.count`).
    public var layerCount: Int { sizes.count - 1 }
    public var inputSize: Int { sizes[0] }
    public var outputSize: Int { sizes[sizes.count - 1] }

    /// Random start: weights from N(0, 1/√fan_in) as the notebook
    /// (`np.random.normal(0.0, pow(inodes, -0.5))`), biases 0.
    public init(sizes: [Int], activation: Activation = .sigmoid, seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        self.init(sizes: sizes, activation: activation, rng: &rng)
    }

    public init(sizes: [Int], activation: Activation = .sigmoid, rng: inout SplitMix64) {
        let sizes = sizes.map { max($0, 1) }.count >= 2 ? sizes.map { max($0, 1) } : [1, 1]
        let (w, b, total) = MLP.layout(sizes)
        var p = [Float](repeating: 0, count: total)
        for l in 0 ..< sizes.count - 1 {
            let std = 1 / Float(sizes[l]).squareRoot()
            for i in 0 ..< sizes[l + 1] * sizes[l] {
                p[w[l] + i] = rng.nextNormal(std: std)
            }
        }
        self.sizes = sizes
        self.activation = activation
        self.parameters = p
        self.weightOffset = w
        self.biasOffset = b
    }

    /// A network with given parameters (from a model file or set by hand).
    /// Returns nil when the count does not fit the sizes.
    public init?(sizes: [Int], activation: Activation, parameters: [Float]) {
        guard sizes.count >= 2, sizes.allSatisfy({ $0 >= 1 }) else { return nil }
        let (w, b, total) = MLP.layout(sizes)
        guard parameters.count == total else { return nil }
        self.sizes = sizes
        self.activation = activation
        self.parameters = parameters
        self.weightOffset = w
        self.biasOffset = b
    }

    /// Parameter count for these layer sizes.
    public static func parameterCount(_ sizes: [Int]) -> Int { layout(sizes).total }

    private static func layout(_ sizes: [Int]) -> (w: [Int], b: [Int], total: Int) {
        var w = [Int](), b = [Int](), at = 0
        for l in 0 ..< sizes.count - 1 {
            w.append(at)
            at += sizes[l + 1] * sizes[l]
            b.append(at)
            at += sizes[l + 1]
        }
        return (w, b, at)
    }

    /// W⁽ˡ⁾ as (sizes[l+1], sizes[l]) row-major.
    public func weights(layer l: Int) -> ArraySlice<Float> {
        parameters[weightOffset[l] ..< biasOffset[l]]
    }

    /// b⁽ˡ⁾ (sizes[l+1]).
    public func biases(layer l: Int) -> ArraySlice<Float> {
        parameters[biasOffset[l] ..< biasOffset[l] + sizes[l + 1]]
    }

    /// Sets W⁽ˡ⁾[j, k]; used by hand-built networks (XOR from OR, NAND, AND).
    public mutating func setWeight(layer l: Int, to j: Int, from k: Int, _ value: Float) {
        parameters[weightOffset[l] + j * sizes[l] + k] = value
    }

    public mutating func setBias(layer l: Int, _ j: Int, _ value: Float) {
        parameters[biasOffset[l] + j] = value
    }

    /// Weights beyond this mean training has blown up: a sane network of
    /// any size here stays far below it.
    public static let divergenceBound: Float = 1e4

    /// True when every weight and bias is a finite number of sane size; false
    /// after a learning rate so large that training diverged.
    public var isFinite: Bool { parameters.allSatisfy { $0.isFinite && abs($0) < MLP.divergenceBound } }
}
