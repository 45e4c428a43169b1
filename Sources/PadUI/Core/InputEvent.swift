/// Input as the UI core sees it; SDLPlatform turns SDL events into these.
public enum InputEvent: Sendable, Equatable {
    case mouseDown(x: Int, y: Int, button: MouseButton)
    case mouseUp(x: Int, y: Int, button: MouseButton)
    /// `buttons` are the buttons held during the move.
    case mouseMove(x: Int, y: Int, buttons: Set<MouseButton>)
    /// The wheel turned `steps` notches at (x, y); positive is away from the user (up).
    case wheel(x: Int, y: Int, steps: Int)
    case key(Key)
    /// The drawable area changed to this many pixels.
    case resize(width: Int, height: Int)
    /// Typed text (after keyboard layout), e.g. "+" on a German keyboard.
    case text(String)
    /// Shift was pressed or released (Shift+click removes a plane point).
    case modifiers(shift: Bool)
    /// A file was dropped onto the window (a photo of a digit).
    case drop(path: String)
    /// The window's close button or Ctrl+Q: quit, asking first when
    /// something would be lost.
    case quit
    /// A signal (SIGTERM, Ctrl-C in the terminal): quit without a question.
    case terminate
}

public enum MouseButton: Sendable, Hashable { case left, middle, right }

/// Keys that type no character. Everything that types one (c, r, +, [, ",")
/// arrives as `.text` instead, because +, [ and ] sit on different keys on
/// German and English keyboards and only the typed character is reliable.
public enum Key: Sendable, Hashable {
    case escape, space, tab, backspace, enter, f1, f11
    case f2, f3, f4, f5, f6, f7, f8, f12
    /// The arrow keys (the plane: choose a weight, change it).
    case left, right, up, down
    /// A letter typed with Ctrl held (Ctrl+S, Ctrl+O); lower case.
    case ctrl(Character)
}
