internal import CSDL2
import Foundation
import PadUI

/// One typeface at one pixel size. Owns the `TTF_Font`.
public final class Font {
    let pointer: OpaquePointer
    private let library: SDLLibrary
    public let size: Int

    init(path: String, size: Int, library: SDLLibrary) throws(SDLError) {
        guard let f = TTF_OpenFont(path, Int32(size)) else { throw SDLError("Opening the font \(path)") }
        pointer = f
        self.library = library
        self.size = size
    }

    deinit { TTF_CloseFont(pointer) }

    /// Width and height of `text` in pixels.
    func measure(_ text: String) -> (width: Int, height: Int) {
        var w: Int32 = 0, h: Int32 = 0
        TTF_SizeUTF8(pointer, text, &w, &h)
        return (Int(w), Int(h))
    }

    /// Anti-aliased text on a transparent surface; the caller frees it.
    func render(_ text: String, _ c: Color) -> UnsafeMutablePointer<SDL_Surface>? {
        TTF_RenderUTF8_Blended(pointer, text, SDL_Color(r: c.r, g: c.g, b: c.b, a: c.a))
    }
}

/// The app's fonts by size and weight, opened on first use. Resizing the
/// window asks for new sizes, so only the most recent few are kept open.
public final class FontLibrary: TextMeasure {
    private let library: SDLLibrary
    private let regularPath: String
    private let boldPath: String
    private var fonts: [FontKey: (font: Font, used: Int)] = [:]
    private var clock = 0
    /// Measured widths: the layout fits the same strings at the same sizes
    /// many times a frame (shrink loops, notices, tabs). Emptied when full.
    private var widths: [WidthKey: Int] = [:]
    private let widthCapacity = 8192

    private struct WidthKey: Hashable {
        let string: String
        let font: FontKey
    }
    private let capacity = 24

    private struct FontKey: Hashable {
        let size: Int
        let weight: FontWeight
    }

    /// Looks for DejaVu Sans in `folder` (the app's Assets/fonts).
    public init(folder: String) throws(SDLError) {
        library = try SDLLibrary(video: false)
        regularPath = (folder as NSString).appendingPathComponent("DejaVuSans.ttf")
        boldPath = (folder as NSString).appendingPathComponent("DejaVuSans-Bold.ttf")
        guard FileManager.default.fileExists(atPath: regularPath) else {
            throw SDLError("Finding the font", reason: "\(regularPath) is missing")
        }
        // Fail now, not in the middle of the first frame.
        _ = try font(size: 20, weight: .regular)
    }

    /// Assets/fonts of the app, else the system's DejaVu.
    public static func defaultFolders(assets: String?) -> [String] {
        var folders: [String] = []
        if let assets { folders.append((assets as NSString).appendingPathComponent("fonts")) }
        folders.append("Assets/fonts")
        folders.append("/usr/share/fonts/truetype/dejavu")
        return folders
    }

    func font(size: Int, weight: FontWeight) throws(SDLError) -> Font {
        clock += 1
        let key = FontKey(size: max(size, 4), weight: weight)
        if let entry = fonts[key] {
            fonts[key] = (entry.font, clock)
            return entry.font
        }
        let f = try Font(path: weight == .bold ? boldPath : regularPath, size: key.size, library: library)
        if fonts.count >= capacity, let oldest = fonts.min(by: { $0.value.used < $1.value.used })?.key {
            fonts[oldest] = nil
        }
        fonts[key] = (f, clock)
        return f
    }

    public func width(_ string: String, style: TextStyle) -> Int {
        let key = WidthKey(string: string, font: FontKey(size: max(style.size, 4), weight: style.weight))
        if let known = widths[key] { return known }
        guard let f = try? font(size: style.size, weight: style.weight) else {
            return EstimatedTextMeasure().width(string, style: style)
        }
        let w = f.measure(string).width
        if widths.count >= widthCapacity { widths.removeAll(keepingCapacity: true) }
        widths[key] = w
        return w
    }
}
