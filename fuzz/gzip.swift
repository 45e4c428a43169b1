import NeuroCore

/// libFuzzer target: the gzip path as a data file takes it: unpack (with a
/// small limit, so a bomb is refused quickly), then read the result by its
/// content as the loader does for an unusual name.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGzip(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzBytes(data, size)
    guard let unpacked = try? Gzip.inflate(bytes, limit: 1 << 20, file: "fuzz.gz") else { return 0 }
    if unpacked.count >= 4 && unpacked[0 ..< 4].elementsEqual([0, 0, 8, 3]) {
        _ = try? IDX.decodeImages(unpacked, file: "fuzz.gz")
    } else {
        _ = try? CSV.parse(unpacked, file: "fuzz.gz")
    }
    return 0
}
