import CZlib
import NeuroCore

/// libFuzzer target: the model-file reader.
///
/// The CRC-32 at the end refuses almost every mutated input at once, so the
/// input is also tried with its checksum recomputed: that lets the fuzzer
/// reach the header (JSON, layer sizes) and the weights behind it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModel(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    var bytes = fuzzBytes(data, size)
    _ = try? ModelFile.decode(bytes, name: "fuzz")
    guard bytes.count >= 4 else { return 0 }
    let body = bytes.count - 4
    let crc = bytes.withUnsafeBufferPointer { UInt32(truncatingIfNeeded: crc32(0, $0.baseAddress, uInt(body))) }
    for k in 0 ..< 4 { bytes[body + k] = UInt8(truncatingIfNeeded: crc >> (8 * k)) }
    _ = try? ModelFile.decode(bytes, name: "fuzz")
    return 0
}
