internal import CSDL2
import NeuroCore
import PadUI

/// Draws into a window or a surface. Owns the `SDL_Renderer` and keeps
/// what it draws into alive (renderer -> window or surface).
public final class Renderer {
    let pointer: OpaquePointer
    private let target: AnyObject
    /// SDL's name for the backend: "opengl", "software", ...
    public let backend: String
    /// True when `present` waits for the display's refresh.
    public let hasVSync: Bool

    /// `software` skips the GPU backends; under Xvfb they run on the CPU
    /// too (llvmpipe) and compete with the training thread.
    public init(window: Window, software: Bool = false, vsync: Bool = true) throws(SDLError) {
        var flags = software ? SDL_RENDERER_SOFTWARE.rawValue : SDL_RENDERER_ACCELERATED.rawValue
        if vsync { flags |= SDL_RENDERER_PRESENTVSYNC.rawValue }
        var r = SDL_CreateRenderer(window.pointer, -1, flags)
        if r == nil && !software { r = SDL_CreateRenderer(window.pointer, -1, SDL_RENDERER_SOFTWARE.rawValue) }
        guard let r else { throw SDLError("Creating the renderer") }
        pointer = r
        target = window
        (backend, hasVSync) = Renderer.info(r)
        SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND)
    }

    /// A software renderer drawing into `surface`: no display needed.
    public init(surface: Surface) throws(SDLError) {
        guard let r = SDL_CreateSoftwareRenderer(surface.pointer) else { throw SDLError("Creating a software renderer") }
        pointer = r
        target = surface
        (backend, hasVSync) = Renderer.info(r)
        SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND)
    }

    deinit { SDL_DestroyRenderer(pointer) }

    private static func info(_ r: OpaquePointer) -> (String, Bool) {
        var info = SDL_RendererInfo()
        guard SDL_GetRendererInfo(r, &info) == 0 else { return ("unknown", false) }
        let name = info.name.map { String(cString: $0) } ?? "unknown"
        return (name, info.flags & SDL_RENDERER_PRESENTVSYNC.rawValue != 0)
    }

    /// Drawable size in pixels (larger than the window's on HiDPI screens).
    public var outputSize: (width: Int, height: Int) {
        var w: Int32 = 0, h: Int32 = 0
        SDL_GetRendererOutputSize(pointer, &w, &h)
        return (Int(w), Int(h))
    }

    func setColor(_ c: Color) { SDL_SetRenderDrawColor(pointer, c.r, c.g, c.b, c.a) }

    public func clear(_ c: Color) {
        SDL_RenderSetClipRect(pointer, nil)
        setColor(c)
        SDL_RenderClear(pointer)
    }

    func fill(_ r: Rect, _ c: Color) {
        setColor(c)
        var rect = SDL_Rect(r)
        SDL_RenderFillRect(pointer, &rect)
    }

    func lines(_ points: [SDL_FPoint], _ c: Color) {
        setColor(c)
        _ = points.withUnsafeBufferPointer { SDL_RenderDrawLinesF(pointer, $0.baseAddress, Int32($0.count)) }
    }

    /// Untextured triangles, three vertices each.
    func triangles(_ vertices: [SDL_Vertex]) {
        _ = vertices.withUnsafeBufferPointer { SDL_RenderGeometry(pointer, nil, $0.baseAddress, Int32($0.count), nil, 0) }
    }

    func clip(_ r: Rect?) {
        if let r {
            var rect = SDL_Rect(r)
            SDL_RenderSetClipRect(pointer, &rect)
        } else {
            SDL_RenderSetClipRect(pointer, nil)
        }
    }

    func copy(_ texture: Texture, to r: Rect) {
        var dst = SDL_Rect(r)
        SDL_RenderCopy(pointer, texture.pointer, nil, &dst)
    }

    public func present() { SDL_RenderPresent(pointer) }

    /// The pixels drawn so far, as a new surface (screenshots, tests).
    public func readPixels() throws(SDLError) -> Surface {
        let (w, h) = outputSize
        let s = try Surface(width: w, height: h)
        guard SDL_RenderReadPixels(pointer, nil, SDL_PIXELFORMAT_ARGB8888.rawValue, s.pointer.pointee.pixels,
                                   s.pointer.pointee.pitch) == 0 else { throw SDLError("Reading the frame") }
        return s
    }
}

extension SDL_Rect {
    init(_ r: Rect) { self.init(x: Int32(r.x), y: Int32(r.y), w: Int32(r.width), h: Int32(r.height)) }
}
