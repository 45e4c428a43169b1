internal import CSDL2
import PadUI

/// SDL's event queue as PadUI input events.
public enum EventPump {
    /// What one drain of the queue brought.
    public struct Batch {
        public var events: [InputEvent] = []
        /// The window's content was lost (uncovered, restored) and must be redrawn.
        public var exposed = false
    }

    /// Every pending event, converted; events NeuroPad ignores are dropped.
    public static func drain() -> [InputEvent] { poll().events }

    public static func poll() -> Batch {
        var batch = Batch()
        var e = SDL_Event()
        while SDL_PollEvent(&e) != 0 {
            if e.type == SDL_WINDOWEVENT.rawValue {
                let id = SDL_WindowEventID(UInt32(e.window.event))
                if id == SDL_WINDOWEVENT_EXPOSED || id == SDL_WINDOWEVENT_RESTORED || id == SDL_WINDOWEVENT_SHOWN {
                    batch.exposed = true
                }
            }
            if let converted = convert(&e) { batch.events.append(converted) }
        }
        return batch
    }

    /// The finger that acts as the mouse (main thread only: events are
    /// polled there).
    nonisolated(unsafe) static var touch = TouchPointer()
    /// SDL_TOUCH_MOUSEID and SDL_MOUSE_TOUCHID (C casts Swift cannot import).
    static let touchMouseID = UInt32.max
    static let mouseTouchID: SDL_TouchID = -1

    /// Waits up to `ms` milliseconds for an event (idle while minimised).
    public static func wait(ms: Int) {
        SDL_WaitEventTimeout(nil, Int32(ms))
    }

    static func convert(_ e: inout SDL_Event) -> InputEvent? {
        switch SDL_EventType(e.type) {
        case SDL_QUIT:
            return .terminate
        case SDL_WINDOWEVENT:
            let id = SDL_WindowEventID(UInt32(e.window.event))
            if id == SDL_WINDOWEVENT_SIZE_CHANGED || id == SDL_WINDOWEVENT_RESIZED {
                return .resize(width: Int(e.window.data1), height: Int(e.window.data2))
            }
            if id == SDL_WINDOWEVENT_CLOSE { return .quit }
            return nil
        case SDL_MOUSEBUTTONDOWN, SDL_MOUSEBUTTONUP:
            // Made up by SDL from a touch: the touch events themselves count.
            guard e.button.which != touchMouseID, let b = button(e.button.button) else { return nil }
            let x = Int(e.button.x), y = Int(e.button.y)
            return e.type == SDL_MOUSEBUTTONDOWN.rawValue ? .mouseDown(x: x, y: y, button: b) : .mouseUp(x: x, y: y, button: b)
        case SDL_MOUSEMOTION:
            guard e.motion.which != touchMouseID else { return nil }
            var held: Set<MouseButton> = []
            if e.motion.state & 1 != 0 { held.insert(.left) }
            if e.motion.state & 2 != 0 { held.insert(.middle) }
            if e.motion.state & 4 != 0 { held.insert(.right) }
            return .mouseMove(x: Int(e.motion.x), y: Int(e.motion.y), buttons: held)
        case SDL_MOUSEWHEEL:
            guard e.wheel.which != touchMouseID else { return nil }
            let flipped = e.wheel.direction == SDL_MOUSEWHEEL_FLIPPED.rawValue
            let steps = Int(e.wheel.y) * (flipped ? -1 : 1)
            return steps == 0 ? nil : .wheel(x: Int(e.wheel.mouseX), y: Int(e.wheel.mouseY), steps: steps)
        case SDL_FINGERDOWN, SDL_FINGERMOTION, SDL_FINGERUP:
            return finger(e.tfinger, type: SDL_EventType(e.type))
        case SDL_KEYDOWN, SDL_KEYUP:
            let sym = Int(e.key.keysym.sym)
            if sym == Int(SDLK_LSHIFT.rawValue) || sym == Int(SDLK_RSHIFT.rawValue) {
                // `mod` is the state after this event, not after the whole queue:
                // releasing one Shift while the other is held keeps it.
                return e.key.repeat == 0 ? .modifiers(shift: UInt32(e.key.keysym.mod) & KMOD_SHIFT.rawValue != 0) : nil
            }
            guard e.type == SDL_KEYDOWN.rawValue else { return nil }
            // Ctrl+letter (Ctrl+S, Ctrl+O) as a key of its own.
            if UInt32(e.key.keysym.mod) & KMOD_CTRL.rawValue != 0, let ch = letter(e.key.keysym.sym) {
                return .key(.ctrl(ch))
            }
            return key(e.key.keysym.sym).map { .key($0) }
        case SDL_TEXTINPUT:
            let text = withUnsafeBytes(of: e.text.text) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            // Text typed with Ctrl held is a shortcut, handled as a key above.
            if SDL_GetModState().rawValue & KMOD_CTRL.rawValue != 0 { return nil }
            return text.isEmpty ? nil : .text(text)
        case SDL_DROPFILE:
            // SDL hands over a string it allocated; ours to free.
            guard let file = e.drop.file else { return nil }
            defer { SDL_free(file) }
            return .drop(path: String(cString: file))
        default:
            return nil
        }
    }

    /// A touch in window pixels (SDL gives 0 ... 1 of the window), as the
    /// left button of the first finger down.
    private static func finger(_ f: SDL_TouchFingerEvent, type: SDL_EventType) -> InputEvent? {
        // Made up by SDL from the mouse (off by default): the mouse counts.
        guard f.touchId != mouseTouchID, let window = SDL_GetWindowFromID(f.windowID) else { return nil }
        var w: Int32 = 0, h: Int32 = 0
        SDL_GetWindowSize(window, &w, &h)
        let x = Int((f.x * Float(w)).rounded(.down)), y = Int((f.y * Float(h)).rounded(.down))
        switch type {
        case SDL_FINGERDOWN: return touch.down(finger: f.fingerId, x: x, y: y)
        case SDL_FINGERMOTION: return touch.move(finger: f.fingerId, x: x, y: y)
        default: return touch.up(finger: f.fingerId, x: x, y: y)
        }
    }

    private static func button(_ b: UInt8) -> MouseButton? {
        switch Int32(b) {
        case SDL_BUTTON_LEFT: .left
        case SDL_BUTTON_MIDDLE: .middle
        case SDL_BUTTON_RIGHT: .right
        default: nil
        }
    }

    /// "a" ... "z" for the letter keys (SDL's key codes are their ASCII codes).
    private static func letter(_ sym: SDL_Keycode) -> Character? {
        guard sym >= 0x61, sym <= 0x7A, let u = Unicode.Scalar(UInt32(sym)) else { return nil }
        return Character(u)
    }

    private static func key(_ sym: SDL_Keycode) -> Key? {
        switch Int(sym) {
        case Int(SDLK_ESCAPE.rawValue): .escape
        case Int(SDLK_SPACE.rawValue): .space
        case Int(SDLK_TAB.rawValue): .tab
        case Int(SDLK_BACKSPACE.rawValue): .backspace
        case Int(SDLK_RETURN.rawValue): .enter
        case Int(SDLK_F1.rawValue): .f1
        case Int(SDLK_F11.rawValue): .f11
        case Int(SDLK_F2.rawValue): .f2
        case Int(SDLK_F3.rawValue): .f3
        case Int(SDLK_F4.rawValue): .f4
        case Int(SDLK_F5.rawValue): .f5
        case Int(SDLK_F6.rawValue): .f6
        case Int(SDLK_F7.rawValue): .f7
        case Int(SDLK_F8.rawValue): .f8
        case Int(SDLK_F12.rawValue): .f12
        case Int(SDLK_LEFT.rawValue): .left
        case Int(SDLK_RIGHT.rawValue): .right
        case Int(SDLK_UP.rawValue): .up
        case Int(SDLK_DOWN.rawValue): .down
        default: nil
        }
    }
}

/// Milliseconds clock and sleeping, for the frame loop.
public enum Clock {
    public static func seconds() -> Double {
        Double(SDL_GetPerformanceCounter()) / Double(SDL_GetPerformanceFrequency())
    }

    public static func sleep(ms: Int) { SDL_Delay(UInt32(max(ms, 0))) }
}
