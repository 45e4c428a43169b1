internal import CSDL2
import PadUI

extension Texture {
    /// Fills the texture with r, g, b bytes, (height, width, 3) row-major.
    func updateRGB(_ bytes: [UInt8]) {
        let n = width * height
        guard bytes.count >= 3 * n else { return }
        var argb = [UInt32](repeating: 0xff00_0000, count: n)
        for i in 0 ..< n {
            argb[i] |= UInt32(bytes[3 * i]) << 16 | UInt32(bytes[3 * i + 1]) << 8 | UInt32(bytes[3 * i + 2])
        }
        argb.withUnsafeBytes { raw in
            _ = SDL_UpdateTexture(pointer, nil, raw.baseAddress, Int32(width * 4))
        }
    }

    /// Fills the texture with the picture's bytes, grey or colour.
    func upload<F: PictureFormat>(_ img: Picture<F>) {
        if F.channels == 3 { updateRGB(img.bytes) } else { updateGrey(img.bytes) }
    }

    /// Bilinear scaling instead of sharp cells: shades blend into a ramp.
    func scaleSmoothly() {
        SDL_SetTextureScaleMode(pointer, SDL_ScaleModeLinear)
    }
}
