internal import CSDL2

/// The app's one window. Owns the `SDL_Window`.
public final class Window {
    let pointer: OpaquePointer
    private let library: SDLLibrary
    public private(set) var isFullscreen = false
    /// Size and place before full screen, while in full screen.
    private var windowed: (width: Int, height: Int, x: Int32, y: Int32)?
    /// Full screen made by hand (no window manager to ask).
    private var byHand = false

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

    /// The window's size out of full screen: what the settings keep.
    public var windowedSize: (width: Int, height: Int) { windowed.map { ($0.width, $0.height) } ?? size }

    /// Desktop-sized full screen (no mode change, so the projector keeps its
    /// resolution); leaving it restores the size and place from before.
    /// With a window manager (the window has a frame) it is asked for full
    /// screen. Without one (a bare X server, a kiosk) that request goes
    /// unanswered: the app would draw for the whole screen in a window that
    /// stayed small, and leaving would not restore the size. There the window
    /// itself is moved to the display's corner and sized to it, and back.
    public func setFullscreen(_ on: Bool) {
        guard on != isFullscreen else { return }
        if on {
            var x: Int32 = 0, y: Int32 = 0, top: Int32 = 0, left: Int32 = 0, bottom: Int32 = 0, right: Int32 = 0
            SDL_GetWindowPosition(pointer, &x, &y)
            let before = size
            let framed = SDL_GetWindowBordersSize(pointer, &top, &left, &bottom, &right) == 0
                && top + left + bottom + right > 0
            var bounds = SDL_Rect()
            if framed {
                guard SDL_SetWindowFullscreen(pointer, SDL_WINDOW_FULLSCREEN_DESKTOP.rawValue) == 0 else { return }
            } else {
                guard SDL_GetDisplayBounds(max(SDL_GetWindowDisplayIndex(pointer), 0), &bounds) == 0 else { return }
                SDL_SetWindowBordered(pointer, SDL_FALSE)
                SDL_SetWindowPosition(pointer, bounds.x, bounds.y)
                SDL_SetWindowSize(pointer, bounds.w, bounds.h)
            }
            windowed = (before.width, before.height, x, y)
            byHand = !framed
            isFullscreen = true
        } else {
            if !byHand {
                guard SDL_SetWindowFullscreen(pointer, 0) == 0 else { return }
            }
            if let windowed {
                SDL_SetWindowSize(pointer, Int32(windowed.width), Int32(windowed.height))
                SDL_SetWindowPosition(pointer, windowed.x, windowed.y)
            }
            if byHand { SDL_SetWindowBordered(pointer, SDL_TRUE) }
            windowed = nil
            byHand = false
            isFullscreen = false
        }
    }

    public func toggleFullscreen() { setFullscreen(!isFullscreen) }
}
