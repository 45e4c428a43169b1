import NeuroCore

/// libFuzzer target: the MNIST IDX reader, images and labels.
/// The magic number decides which reader gets past its first check, so one
/// target covers both.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIDX(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzBytes(data, size)
    _ = try? IDX.decodeImages(bytes, file: "fuzz")
    _ = try? IDX.decodeLabels(bytes, file: "fuzz")
    return 0
}
