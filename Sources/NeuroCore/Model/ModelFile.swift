internal import CZlib
import Foundation

/// A trained network on disk.
///
/// Layout (all integers little-endian):
///
///     "NEUROPAD"            8 bytes magic
///     version    UInt32     format version (1)
///     headerLen  UInt32     length of the JSON header, at most 64 KiB
///     header     JSON       sizes, activation, training settings
///     parameters Float32 ×  MLP.parameterCount(sizes), in MLP.parameters order
///     crc32      UInt32     zlib CRC-32 of every byte before it
///
/// The checksum catches a flipped byte in the weights; a file is written to a
/// temporary name and renamed, so a crash never leaves half a file behind.
/// `load` and `decode` also read numpy `.npz` archives (ModelFile+NPZ),
/// recognised by their content, whatever the file's name.
public enum ModelFile {
    public static let magic = Array("NEUROPAD".utf8)
    public static let version: UInt32 = 1
    static let maxHeader = 65_536
    /// Far above 784-200-100-10 (≈180k), far below what would hurt to allocate.
    static let maxParameters = 20_000_000

    public struct Header: Codable, Sendable, Equatable {
        public var sizes: [Int]
        public var activation: Activation
        public var learningRate: Float
        public var epochs: Int
        public var samplesSeen: Int
        public var seed: UInt64
        public var data: String

        public init(sizes: [Int], activation: Activation, learningRate: Float, epochs: Int = 0,
                    samplesSeen: Int = 0, seed: UInt64 = 0, data: String = "") {
            self.sizes = sizes
            self.activation = activation
            self.learningRate = learningRate
            self.epochs = epochs
            self.samplesSeen = samplesSeen
            self.seed = seed
            self.data = data
        }
    }

    public struct Model: Sendable, Equatable {
        public var network: MLP
        public var header: Header
        public init(network: MLP, header: Header) {
            self.network = network
            self.header = header
        }
    }

    // MARK: Encoding

    public static func encode(_ model: Model) -> [UInt8] {
        var header = model.header
        header.sizes = model.network.sizes
        header.activation = model.network.activation
        let json = (try? JSONEncoder().encode(header)).map { [UInt8]($0) } ?? []
        var out = magic
        out.appendLE(version)
        out.appendLE(UInt32(json.count))
        out += json
        out.reserveCapacity(out.count + model.network.parameters.count * 4 + 4)
        for p in model.network.parameters { out.appendLE(p.bitPattern) }
        out.appendLE(crc(out))
        return out
    }

    /// Writes atomically: a temporary file in the same folder, flushed, then
    /// renamed over the target. The old file stays intact until the rename.
    /// A path ending in `.npz` gets a numpy archive (see `encodeNPZ`), any
    /// other the format above.
    public static func save(_ model: Model, to path: String) throws(ModelError) {
        try AtomicFile.write(isNPZPath(path) ? encodeNPZ(model.network) : encode(model), to: path)
    }

    static func crc(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buf in
            UInt32(truncatingIfNeeded: crc32(0, buf.baseAddress, uInt(buf.count)))
        }
    }
}

extension [UInt8] {
    mutating func appendLE(_ v: UInt32) {
        append(UInt8(truncatingIfNeeded: v))
        append(UInt8(truncatingIfNeeded: v >> 8))
        append(UInt8(truncatingIfNeeded: v >> 16))
        append(UInt8(truncatingIfNeeded: v >> 24))
    }

    func readLE(at i: Int) -> UInt32 {
        UInt32(self[i]) | UInt32(self[i + 1]) << 8 | UInt32(self[i + 2]) << 16 | UInt32(self[i + 3]) << 24
    }
}
