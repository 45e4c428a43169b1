import Foundation

extension ModelFile {
    public static func load(from path: String) throws(ModelError) -> Model {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ModelError(file: path, problem: .missing)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ModelError(file: path, problem: .unreadable)
        }
        return try decode([UInt8](data), name: path)
    }

    public static func decode(_ bytes: [UInt8], name: String) throws(ModelError) -> Model {
        func fail(_ why: ModelProblem) -> ModelError { ModelError(file: name, problem: why) }
        if ZipArchive.isZip(bytes) { return try decodeNPZ(bytes, name: name) }
        if bytes.starts(with: NPYArray.magic) {
            throw fail(.singleNPY)
        }
        // Python's pickle protocols 2 to 5 begin with 0x80 and the protocol number.
        if bytes.count >= 2, bytes[0] == 0x80, (2 ... 5).contains(bytes[1]) {
            throw fail(.pickle)
        }
        guard bytes.count >= 20, Array(bytes[0 ..< 8]) == magic else {
            throw fail(.notANetworkFile)
        }
        let version = bytes.readLE(at: 8)
        guard version == ModelFile.version else {
            throw fail(.unsupportedVersion(found: version, reads: ModelFile.version))
        }
        let stored = bytes.readLE(at: bytes.count - 4)
        guard crc(Array(bytes[0 ..< bytes.count - 4])) == stored else {
            throw fail(.damaged(.checksum))
        }
        let headerLength = Int(bytes.readLE(at: 12))
        guard headerLength <= maxHeader, 16 + headerLength + 4 <= bytes.count else {
            throw fail(.damaged(.headerLength))
        }
        let json = Data(bytes[16 ..< 16 + headerLength])
        guard let header = try? JSONDecoder().decode(Header.self, from: json) else {
            throw fail(.damaged(.header))
        }
        try checkSizes(header.sizes, fail: fail)
        let count = MLP.parameterCount(header.sizes)
        let start = 16 + headerLength
        guard bytes.count == start + count * 4 + 4 else {
            throw fail(.weightCount(expected: count, room: (bytes.count - start - 4) / 4))
        }
        var p = [Float](repeating: 0, count: count)
        for i in 0 ..< count { p[i] = Float(bitPattern: bytes.readLE(at: start + 4 * i)) }
        guard p.allSatisfy({ $0.isFinite }) else { throw fail(.invalidNumbers) }
        guard let network = MLP(sizes: header.sizes, activation: header.activation, parameters: p) else {
            throw fail(.weightsDoNotFit)
        }
        return Model(network: network, header: header)
    }

    /// Layer sizes NeuroPad can use: 784 inputs (digits) or 2 (the plane),
    /// 1 to 100,000 neurons per layer, at most `maxParameters` in all.
    static func checkSizes(_ sizes: [Int], fail: (ModelProblem) -> ModelError) throws(ModelError) {
        guard sizes.count >= 2, sizes.allSatisfy({ (1 ... 100_000).contains($0) }),
              sizes.first == Dataset.pixelCount || sizes.first == 2 else {
            throw fail(.unusableSizes(sizes.map(String.init).joined(separator: "-")))
        }
        let count = MLP.parameterCount(sizes)
        guard count <= maxParameters else { throw fail(.tooLarge(parameters: count)) }
    }
}
