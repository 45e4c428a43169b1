internal import CSDL2
import Foundation

/// Picture files read with SDL_image (PNG, JPEG ...): a photo of a digit
/// dropped onto the window.
public enum ImageFile {
    /// The picture as (height, width, 4) RGBA bytes, row after row.
    public static func rgba(_ path: String) throws(SDLError) -> (bytes: [UInt8], width: Int, height: Int) {
        let library = try SDLLibrary(video: false)
        defer { withExtendedLifetime(library) {} }
        guard let loaded = IMG_Load(path) else { throw SDLError("Reading \(path)") }
        defer { SDL_FreeSurface(loaded) }
        // ABGR8888 is R, G, B, A byte order on little-endian machines;
        // RGBA32 names that order on any machine.
        guard let s = SDL_ConvertSurfaceFormat(loaded, SDL_PIXELFORMAT_RGBA32.rawValue, 0) else {
            throw SDLError("Converting \(path)")
        }
        defer { SDL_FreeSurface(s) }
        // Locking is needed only for RLE surfaces, and harmless otherwise.
        SDL_LockSurface(s)
        defer { SDL_UnlockSurface(s) }
        let w = Int(s.pointee.w), h = Int(s.pointee.h), pitch = Int(s.pointee.pitch)
        guard w > 0, h > 0, w * h <= 50_000_000, let pixels = s.pointee.pixels else {
            throw SDLError("Reading \(path)", reason: "empty or too large picture")
        }
        var out = [UInt8](repeating: 0, count: w * h * 4)
        out.withUnsafeMutableBytes { dst in
            guard let d = dst.baseAddress else { return }
            for y in 0 ..< h { memcpy(d + y * w * 4, pixels + y * pitch, w * 4) }
        }
        return (out, w, h)
    }
}

/// SDL's drop event, pushed by hand: xdotool cannot drop a file, so tests
/// send the event SDL would send, through the same queue and conversion.
public enum DropEvent {
    public static func push(path: String) throws(SDLError) {
        guard SDL_InitSubSystem(SDL_INIT_EVENTS) == 0 else { throw SDLError("Starting SDL events") }
        var e = SDL_Event()
        e.type = SDL_DROPFILE.rawValue
        // SDL frees the string of a drop event with SDL_free, so it must come from SDL_malloc.
        e.drop.file = SDL_strdup(path)
        guard SDL_PushEvent(&e) == 1 else {
            SDL_free(e.drop.file)
            throw SDLError("Sending a drop event")
        }
    }
}
