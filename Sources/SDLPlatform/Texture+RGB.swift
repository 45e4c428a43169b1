internal import CSDL2
import PadUI

extension Texture {
    /// The picture's cells as opaque ARGB pixels, row-major; nil when the
    /// bytes are fewer than its size needs.
    static func argb<F: PictureFormat>(_ img: Picture<F>) -> [UInt32]? {
        let n = img.width * img.height
        guard img.width > 0, img.height > 0, img.bytes.count >= F.channels * n else { return nil }
        var argb = [UInt32](repeating: 0xff00_0000, count: n)
        img.bytes.withUnsafeBufferPointer { b in
            for i in 0 ..< n {
                argb[i] |= F.channels == 3
                    ? UInt32(b[3 * i]) << 16 | UInt32(b[3 * i + 1]) << 8 | UInt32(b[3 * i + 2])
                    : UInt32(b[i]) * 0x01_0101
            }
        }
        return argb
    }

    /// Fills the texture with the picture, grey or colour. A texture of
    /// another size gets the picture scaled to its size on the CPU, as the
    /// picture's format asks (sharp cells or smooth).
    func upload<F: PictureFormat>(_ img: Picture<F>) {
        guard var argb = Texture.argb(img) else { return }
        if width == img.width && height == img.height {
            _ = argb.withUnsafeBytes { SDL_UpdateTexture(pointer, nil, $0.baseAddress, Int32(width * 4)) }
            return
        }
        let format = SDL_PIXELFORMAT_ARGB8888.rawValue
        guard let scaled = SDL_CreateRGBSurfaceWithFormat(0, Int32(width), Int32(height), 32, format) else { return }
        defer { SDL_FreeSurface(scaled) }
        argb.withUnsafeMutableBytes { raw in
            guard let source = SDL_CreateRGBSurfaceWithFormatFrom(raw.baseAddress, Int32(img.width), Int32(img.height),
                                                                  32, Int32(img.width * 4), format) else { return }
            defer { SDL_FreeSurface(source) }
            _ = F.smooth ? SDL_SoftStretchLinear(source, nil, scaled, nil) : SDL_SoftStretch(source, nil, scaled, nil)
        }
        SDL_UpdateTexture(pointer, nil, scaled.pointee.pixels, scaled.pointee.pitch)
    }

    /// Bilinear scaling instead of sharp cells: shades blend into a ramp.
    func scaleSmoothly() {
        SDL_SetTextureScaleMode(pointer, SDL_ScaleModeLinear)
    }
}
