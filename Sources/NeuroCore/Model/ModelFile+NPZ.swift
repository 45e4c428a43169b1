import Foundation

/// Networks as numpy `.npz` archives, so they travel between NeuroPad and
/// the lesson's Jupyter notebooks.
///
/// Names (each an array in the archive):
/// - one hidden layer, the notebook's `neuralNetwork` class:
///   `wih` (H, 784), `who` (10, H), `bias_hidden` (H, 1), `bias_output` (10, 1);
/// - any other depth: `W0`, `b0`, `W1`, `b1`, … with `Wl` of shape
///   (sizes[l+1], sizes[l]) and `bl` of shape (sizes[l+1], 1);
/// - optional `activation`: the word `sigmoid` or `tanh` (sigmoid when
///   absent, as in the notebook).
///
/// Read: float64 or float32, C or Fortran order, biases shaped (H, 1),
/// (1, H) or (H,); stored or deflated members (`np.savez`,
/// `np.savez_compressed`). Written: float64 (every Float32 weight exactly),
/// biases (H, 1), always with `activation`. Learning rate and epochs are not
/// kept in an `.npz` file. In the notebook:
///
///     np.savez("netz.npz", wih=n.wih, who=n.who, bias_hidden=n.bias_hidden, bias_output=n.bias_output)
///     d = np.load("netz.npz"); n.wih, n.who = d["wih"], d["who"]; …
extension ModelFile {
    /// The notebook's names for the layers of a 784-H-10 network: (weights, biases) per layer.
    static let notebookNames = [("wih", "bias_hidden"), ("who", "bias_output")]

    /// True for a path that should be written as `.npz`.
    public static func isNPZPath(_ path: String) -> Bool { path.lowercased().hasSuffix(".npz") }

    /// Each layer's (weights name, biases name) in the archive.
    static func npzNames(layers: Int) -> [(String, String)] {
        layers == 2 ? notebookNames : (0 ..< layers).map { ("W\($0)", "b\($0)") }
    }

    /// The archive `np.load` reads: float64 weights and biases, and the activation.
    public static func encodeNPZ(_ network: MLP) -> [UInt8] {
        var entries: [(name: String, data: [UInt8])] = []
        var biases: [(name: String, data: [UInt8])] = []
        for (l, (w, b)) in npzNames(layers: network.layerCount).enumerated() {
            let rows = network.sizes[l + 1], columns = network.sizes[l]
            entries.append((w + ".npy", NPYArray.encode(shape: [rows, columns], values: network.weights(layer: l))))
            let bias = (b + ".npy", NPYArray.encode(shape: [rows, 1], values: network.biases(layer: l)))
            // The notebook's order: wih, who, bias_hidden, bias_output; W0, b0, W1, b1 otherwise.
            if network.layerCount == 2 { biases.append(bias) } else { entries.append(bias) }
        }
        entries += biases
        entries.append(("activation.npy", NPYArray.encode(text: network.activation.rawValue)))
        return ZipArchive.archive(entries)
    }

    /// Reads a network from `.npz` bytes. `name` names the file in errors.
    public static func decodeNPZ(_ bytes: [UInt8], name: String) throws(ModelError) -> Model {
        func fail(_ why: ModelProblem) -> ModelError { ModelError(file: name, problem: why) }
        var members: [String: ZipArchive.Member] = [:]
        var order: [String] = []
        for m in try ZipArchive.members(bytes, file: name) {
            let key = m.name.hasSuffix(".npy") ? String(m.name.dropLast(4)) : m.name
            if members[key] == nil { order.append(key) }
            members[key] = members[key] ?? m
        }
        let names: [(String, String)]
        if notebookNames.contains(where: { members[$0.0] != nil || members[$0.1] != nil }) {
            names = notebookNames
        } else if members["W0"] != nil {
            names = (0...).lazy.map { ("W\($0)", "b\($0)") }.prefix { members[$0.0] != nil }.map { $0 }
        } else {
            throw fail(.noNetwork(found: Array(order.prefix(8))))
        }
        func array(_ key: String) throws(ModelError) -> NPYArray {
            guard let member = members[key] else {
                let all = names.flatMap { [$0.0, $0.1] }.joined(separator: ", ")
                throw fail(.missingEntry(key, needed: all))
            }
            let bytes = try ZipArchive.contents(of: member, in: bytes, limit: maxParameters * 8 + 70_000, file: name)
            return try NPYArray.decode(bytes, maxCount: maxParameters) { fail(.inEntry(key, $0)) }
        }

        var sizes: [Int] = []
        var parameters: [Float] = []
        for (l, (wName, bName)) in names.enumerated() {
            let w = try array(wName)
            guard w.shape.count == 2, w.text == nil else {
                throw fail(.weightAxes(wName, shape: w.shapeText))
            }
            if l == 0 {
                sizes.append(w.shape[1])
            } else if w.shape[1] != sizes[l] {
                let from = names[l - 1].0
                throw fail(.weightShape(wName, shape: w.shapeText, from: from, neurons: sizes[l],
                                        expected: NPYArray.text(of: [w.shape[0], sizes[l]])))
            }
            let n = w.shape[0]
            sizes.append(n)
            let b = try array(bName)
            guard b.text == nil, [[n, 1], [1, n], [n]].contains(b.shape) else {
                throw fail(.biasShape(bName, shape: b.shapeText, neurons: n, weights: wName))
            }
            guard parameters.count + w.count + b.count <= maxParameters else {
                throw fail(.tooLargeOver(limit: maxParameters))
            }
            parameters += w.values.map(Float.init)
            parameters += b.values.map(Float.init)
        }
        try checkSizes(sizes, fail: fail)
        guard parameters.allSatisfy({ $0.isFinite }) else { throw fail(.invalidNumbers) }

        var activation = Activation.sigmoid
        if members["activation"] != nil {
            let word = try array("activation").text?.trimmingCharacters(in: .whitespaces).lowercased()
            guard let word, let chosen = Activation(rawValue: word) else {
                throw fail(.activationWord(word))
            }
            activation = chosen
        }
        guard let network = MLP(sizes: sizes, activation: activation, parameters: parameters) else {
            throw fail(.weightsDoNotFit)
        }
        return Model(network: network, header: Header(sizes: sizes, activation: activation, learningRate: 0))
    }
}
