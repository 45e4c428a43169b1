internal import CSDL2
import NeuroCore
import PadUI

/// Which renderer draws into the window (`--renderer`).
public enum RendererChoice: String, Sendable, CaseIterable {
    /// The GPU's renderer when a GPU draws; where "the GPU" is Mesa drawing
    /// on the CPU (no GPU driver: llvmpipe), SDL's software renderer into
    /// the window's own pixels, which redraws and sends only what changed.
    case auto
    /// The GPU's renderer (OpenGL ...) even when it draws on the CPU.
    case gpu
    /// SDL's software renderer into the window's own pixels.
    case software
}

/// Draws into a window or a surface. Owns the `SDL_Renderer` and keeps
/// what it draws into alive (renderer -> window or surface).
public final class Renderer {
    let pointer: OpaquePointer
    private let target: AnyObject
    /// The window when drawing into one, for presenting rectangles.
    private let window: Window?
    /// SDL's name for the backend: "opengl", "software", ...
    public let backend: String
    /// True when `present` waits for the display's refresh.
    public let hasVSync: Bool
    /// What draws an OpenGL renderer's pixels, as OpenGL names it ("Mesa
    /// Intel(R) UHD Graphics 620", "llvmpipe (LLVM 15.0.6, 256 bits)"):
    /// the one the GPU renderer had, also when `auto` left it for the CPU.
    public private(set) var rasteriser: String?
    /// True when what was drawn stays in place after presenting (the
    /// window's own pixels, a surface): a frame needs to draw and present
    /// only what changed. False for GPU renderers, whose back buffer is
    /// undefined after presenting, so every frame is drawn whole.
    public let keepsPixels: Bool

    /// `choice` says which renderer draws; see `RendererChoice`.
    public init(window: Window, choice: RendererChoice = .auto) throws(SDLError) {
        var made: OpaquePointer?
        if choice != .software {
            made = SDL_CreateRenderer(window.pointer, -1,
                                      SDL_RENDERER_ACCELERATED.rawValue | SDL_RENDERER_PRESENTVSYNC.rawValue)
            if let gpu = made {
                rasteriser = Renderer.openGLRenderer(backend: Renderer.info(gpu).name)
                if choice == .auto, let name = rasteriser, Renderer.drawsOnCPU(name), window.videoDriver == "x11" {
                    SDL_DestroyRenderer(gpu)
                    made = nil
                }
            }
        }
        if made == nil { made = Renderer.intoWindowPixels(window) }
        guard let r = made else { throw SDLError("Creating the renderer") }
        pointer = r
        target = window
        self.window = window
        let info = Renderer.info(r)
        backend = info.name
        keepsPixels = backend == "software"
        // The software renderer reports vsync either way; frames that keep
        // their pixels are presented without waiting for the display.
        hasVSync = info.vsync && !keepsPixels
        SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND)
    }

    /// A software renderer drawing into `surface`: no display needed.
    public init(surface: Surface) throws(SDLError) {
        guard let r = SDL_CreateSoftwareRenderer(surface.pointer) else { throw SDLError("Creating a software renderer") }
        pointer = r
        target = surface
        window = nil
        (backend, hasVSync) = Renderer.info(r)
        keepsPixels = true
        SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND)
    }

    /// SDL's software renderer on the window's own pixels. On X11 those go
    /// to the display through shared memory, rectangle by rectangle; unless
    /// told otherwise SDL would put an OpenGL texture in between, which
    /// costs a whole-window copy per frame when OpenGL draws on the CPU.
    private static func intoWindowPixels(_ window: Window) -> OpaquePointer? {
        if window.videoDriver == "x11" { SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0") }
        return SDL_CreateRenderer(window.pointer, -1, SDL_RENDERER_SOFTWARE.rawValue)
    }

    /// OpenGL's GL_RENDERER string while an OpenGL renderer's context is
    /// current; nil for other backends.
    private static func openGLRenderer(backend: String) -> String? {
        guard backend.hasPrefix("opengl"), let address = SDL_GL_GetProcAddress("glGetString") else { return nil }
        typealias GetString = @convention(c) (UInt32) -> UnsafePointer<UInt8>?
        let glRenderer: UInt32 = 0x1F01
        return unsafeBitCast(address, to: GetString.self)(glRenderer).map { String(cString: $0) }
    }

    /// True for OpenGL implementations that draw on the CPU: Mesa's
    /// llvmpipe, softpipe and swrast, Google's SwiftShader.
    static func drawsOnCPU(_ glRenderer: String) -> Bool {
        let name = glRenderer.lowercased()
        return ["llvmpipe", "softpipe", "swrast", "software rasterizer", "swiftshader"].contains { name.contains($0) }
    }

    /// What `--stats` says about the renderer.
    public var summary: String {
        let gpu = rasteriser.map { backend == "software" ? ", not the GPU renderer (\($0))" : " (\($0))" } ?? ""
        let frames = keepsPixels ? "changed tiles only" : "whole frames"
        return "renderer \(backend)\(gpu), \(frames), vsync \(hasVSync ? "on" : "off")"
    }

    deinit { SDL_DestroyRenderer(pointer) }

    private static func info(_ r: OpaquePointer) -> (name: String, vsync: Bool) {
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

    /// Opaque colours replace the pixels, others blend: the same result, but
    /// the software renderer blends pixel by pixel even at full alpha.
    func setColor(_ c: Color) {
        SDL_SetRenderDrawColor(pointer, c.r, c.g, c.b, c.a)
        SDL_SetRenderDrawBlendMode(pointer, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND)
    }

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

    /// Untextured triangles of colour `c`, three vertices each.
    func triangles(_ vertices: [SDL_Vertex], _ c: Color) {
        setColor(c)
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

    /// Carries out the drawing SDL has queued.
    public func flush() { SDL_RenderFlush(pointer) }

    /// Finishes the drawing and sends only `rects` of it to the display;
    /// for renderers that keep their pixels (`keepsPixels`).
    public func present(_ rects: [Rect]) {
        flush()
        guard let window, !rects.isEmpty else { return }
        let sdl = rects.map { SDL_Rect($0) }
        sdl.withUnsafeBufferPointer { _ = SDL_UpdateWindowSurfaceRects(window.pointer, $0.baseAddress, Int32($0.count)) }
    }

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
