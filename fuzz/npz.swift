@testable import NeuroCore

/// libFuzzer target: the numpy `.npz` reader (zip container, `.npy`
/// headers, the network's names and shapes).
///
/// Each member's CRC-32 refuses almost every mutated input at once, so the
/// members are also read without it, parsed as `.npy` arrays, and packed
/// into a fresh archive (valid checksums) that goes through the whole reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNPZ(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzBytes(data, size)
    _ = try? ModelFile.decode(bytes, name: "fuzz.npz")
    let fail = { (why: ModelProblem) in ModelError(file: "fuzz.npy", problem: why) }
    _ = try? NPYArray.decode(bytes, maxCount: 1 << 20, fail: fail)
    guard let members = try? ZipArchive.members(bytes, file: "fuzz.npz") else { return 0 }
    var repacked: [(name: String, data: [UInt8])] = []
    for m in members.prefix(16) {
        guard let content = try? ZipArchive.contents(of: m, in: bytes, limit: 1 << 24, file: "fuzz.npz", checkCRC: false)
        else { continue }
        _ = try? NPYArray.decode(content, maxCount: 1 << 20, fail: fail)
        repacked.append((m.name, content))
    }
    _ = try? ModelFile.decode(ZipArchive.archive(repacked), name: "fuzz.npz")
    return 0
}
