internal import CSDL2

/// A failed SDL call: what NeuroPad tried, and SDL's own explanation.
public struct SDLError: Error, CustomStringConvertible {
    public let action: String
    public let reason: String

    /// Builds the error from `SDL_GetError()` right after the failing call.
    init(_ action: String) {
        self.action = action
        reason = SDL_GetError().map { String(cString: $0) } ?? "unknown reason"
    }

    init(_ action: String, reason: String) {
        self.action = action
        self.reason = reason
    }

    public var description: String { "\(action) failed: \(reason)" }
}

/// Keeps SDL's subsystems initialised while anything uses them. SDL and
/// SDL_ttf count their init calls, so every owner inits once in `init` and
/// quits once in `deinit`, in reverse order.
final class SDLLibrary {
    private let flags: UInt32

    /// `video`: the window system too; without it only software rendering
    /// onto surfaces and fonts work (enough for tests).
    init(video: Bool) throws(SDLError) {
        flags = video ? SDL_INIT_VIDEO : 0
        if video {
            // Leave the desktop compositor on: SDL turns it off by default, which
            // makes some desktops flicker when the window opens.
            SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0")
            // Closing the window is a request the app may answer with a
            // question; SDL_QUIT then comes only from a signal (SIGTERM, Ctrl-C).
            SDL_SetHint(SDL_HINT_QUIT_ON_LAST_WINDOW_CLOSE, "0")
            guard SDL_InitSubSystem(flags) == 0 else { throw SDLError("Starting SDL video") }
        }
        guard TTF_Init() == 0 else {
            if video { SDL_QuitSubSystem(flags) }
            throw SDLError("Starting SDL_ttf")
        }
        _ = IMG_Init(Int32(IMG_INIT_PNG.rawValue))
    }

    deinit {
        IMG_Quit()
        TTF_Quit()
        if flags != 0 { SDL_QuitSubSystem(flags) }
    }
}

extension SDLError {
    /// No folder held the font.
    public static let noFont = SDLError("Finding the font", reason: "DejaVuSans.ttf was not found in Assets/fonts")
}
