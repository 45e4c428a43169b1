import NeuroCore

/// libFuzzer target: the photo converter behind a dropped picture (grey,
/// paper and ink levels, crop, resample, normalise). The first two bytes
/// give the size (1-64 x 1-64 pixels), the rest the RGBA pixels, padded
/// with white paper; the same bytes are also tried as a grey picture.
/// Reading the file itself is SDL_image's part and not fuzzed here.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPhoto(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzBytes(data, size)
    guard bytes.count >= 2 else { return 0 }
    let width = 1 + Int(bytes[0]) % 64, height = 1 + Int(bytes[1]) % 64
    let pixels = Array(bytes.dropFirst(2))
    var rgba = Array(pixels.prefix(width * height * 4))
    rgba += [UInt8](repeating: 255, count: width * height * 4 - rgba.count)
    let grey = PhotoDigit.grey(rgba: rgba, width: width, height: height)
    _ = PhotoDigit.convert(grey: grey, width: width, height: height)
    if pixels.count >= width * height {
        _ = PhotoDigit.convert(grey: Array(pixels.prefix(width * height)), width: width, height: height)
    }
    return 0
}
