internal import CSDL2

/// A picture in memory (32-bit ARGB). Tests render onto one without a
/// display; screenshots are saved from one with SDL_image.
public final class Surface {
    let pointer: UnsafeMutablePointer<SDL_Surface>
    private let library: SDLLibrary

    public init(width: Int, height: Int) throws(SDLError) {
        library = try SDLLibrary(video: false)
        guard let s = SDL_CreateRGBSurfaceWithFormat(0, Int32(width), Int32(height), 32,
                                                     SDL_PIXELFORMAT_ARGB8888.rawValue) else {
            throw SDLError("Creating a \(width)x\(height) picture")
        }
        pointer = s
    }

    /// Takes ownership of a surface SDL created.
    init(owning s: UnsafeMutablePointer<SDL_Surface>, library: SDLLibrary) {
        pointer = s
        self.library = library
    }

    deinit { SDL_FreeSurface(pointer) }

    public var width: Int { Int(pointer.pointee.w) }
    public var height: Int { Int(pointer.pointee.h) }

    /// The colour at (x, y); black outside the picture.
    public func pixel(x: Int, y: Int) -> (r: UInt8, g: UInt8, b: UInt8) {
        guard x >= 0, y >= 0, x < width, y < height, let base = pointer.pointee.pixels else { return (0, 0, 0) }
        let row = base.advanced(by: y * Int(pointer.pointee.pitch)).assumingMemoryBound(to: UInt32.self)
        let v = row[x]
        return (UInt8((v >> 16) & 0xff), UInt8((v >> 8) & 0xff), UInt8(v & 0xff))
    }

    /// Mean brightness 0...255 of a rectangle (clipped to the picture).
    public func meanBrightness(x: Int, y: Int, width w: Int, height h: Int) -> Double {
        var sum = 0.0, n = 0
        for py in max(y, 0) ..< min(y + h, height) {
            for px in max(x, 0) ..< min(x + w, width) {
                let p = pixel(x: px, y: py)
                sum += (Double(p.r) + Double(p.g) + Double(p.b)) / 3
                n += 1
            }
        }
        return n == 0 ? 0 : sum / Double(n)
    }

    public func savePNG(_ path: String) throws(SDLError) {
        guard IMG_SavePNG(pointer, path) == 0 else { throw SDLError("Saving \(path)") }
    }
}
