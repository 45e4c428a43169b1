internal import CSDL2

/// The app's one window. Owns the `SDL_Window`.
public final class Window {
    let pointer: OpaquePointer
    private let library: SDLLibrary
    public private(set) var isFullscreen = false

    public init(title: String, width: Int, height: Int, minWidth: Int = 640, minHeight: Int = 360) throws(SDLError) {
        library = try SDLLibrary(video: true)
        // SDL_WINDOWPOS_CENTERED is a C macro Swift cannot import.
        let centered: Int32 = 0x2FFF_0000
        let flags = SDL_WINDOW_RESIZABLE.rawValue | SDL_WINDOW_SHOWN.rawValue
        guard let w = SDL_CreateWindow(title, centered, centered, Int32(width), Int32(height), flags) else {
            throw SDLError("Opening the window")
        }
        pointer = w
        SDL_SetWindowMinimumSize(w, Int32(minWidth), Int32(minHeight))
    }

    deinit { SDL_DestroyWindow(pointer) }

    /// The video driver SDL chose: "x11", "wayland", or one that shows
    /// nothing on a screen ("offscreen", "dummy") when there is no display.
    public var videoDriver: String {
        SDL_GetCurrentVideoDriver().map { String(cString: $0) } ?? ""
    }

    /// Window size in screen coordinates.
    public var size: (width: Int, height: Int) {
        var w: Int32 = 0, h: Int32 = 0
        SDL_GetWindowSize(pointer, &w, &h)
        return (Int(w), Int(h))
    }

    public var isMinimized: Bool {
        SDL_GetWindowFlags(pointer) & SDL_WINDOW_MINIMIZED.rawValue != 0
    }

    /// Desktop-sized full screen (no mode change, so the projector keeps its resolution).
    public func setFullscreen(_ on: Bool) {
        if SDL_SetWindowFullscreen(pointer, on ? SDL_WINDOW_FULLSCREEN_DESKTOP.rawValue : 0) == 0 {
            isFullscreen = on
        }
    }

    public func toggleFullscreen() { setFullscreen(!isFullscreen) }
}
