import NeuroCore

/// What the insight features ask the app to do: everything that touches
/// files, the window or the trainer's data. The UI core stays pure.
public enum InsightRequest: Sendable, Equatable {
    /// A normalised drawing (784 values, 0 paper ... 1 ink) with its label.
    case addOwnDigit(pixels: [Float], label: Int)
    /// U: take back the own digit added last.
    case undoOwnDigit
    case exportOwnDigits
    case forgetOwnDigits
    case saveModel
    case loadModel
    /// Ctrl+N: the network as a numpy `.npz` archive for the lesson's notebooks.
    case saveForNotebook
    case screenshot
    /// A file dropped onto the window: read it as a photo of a digit.
    case openPhoto(path: String)
    /// A CSV file dropped onto the window: add its digits to the own digits.
    case addOwnDigitsFile(path: String)
    /// L switched the language (kept in the settings).
    case languageChanged(Language)
}

/// A one-line message at the bottom of the window ("Network saved: ...");
/// it fades after a few seconds. Shared by the router and the scenes.
public final class NoticeBoard {
    public private(set) var text: String?
    /// The message shown is an error (drawn in the warning colour).
    public private(set) var isError = false
    private var since: Double?
    private var sticky = false
    /// Errors posted since the app last asked (`takeErrors`), for `--verbose`.
    private var unreported: [String] = []
    public static let duration = 7.0
    /// Errors stay longer: a teacher may look up only after a while.
    public static let errorDuration = 15.0

    public init() {}

    /// Shows `message`; a `sticky` one (a question) stays until replaced.
    public func post(_ message: String, sticky: Bool = false) {
        text = message
        since = nil
        self.sticky = sticky
        isError = false
    }

    /// Shows an error; the app also prints it as `error MESSAGE`.
    public func postError(_ message: String) {
        post(message)
        isError = true
        unreported.append(message)
    }

    /// The errors posted since the last call, oldest first.
    public func takeErrors() -> [String] {
        defer { unreported = [] }
        return unreported
    }

    public func clear() {
        text = nil
        sticky = false
        isError = false
    }

    /// Starts the clock of a new message and retires an old one.
    public func tick(now: Double) {
        guard text != nil else { return }
        if since == nil { since = now }
        if let since, !sticky, now - since > (isError ? NoticeBoard.errorDuration : NoticeBoard.duration) { clear() }
    }

    /// A dark band with white text over the right of the header, where it
    /// hides only the header's facts, never the drawing or a view; the
    /// whole header when the message is long (a file path).
    /// `room`: pixels at the band's right end kept for its buttons (yes and
    /// no, or close).
    func draw(into list: inout DrawList, width: Int, header: Rect, _ c: SceneContext, room: Int = 0) {
        guard let text, let r = band(width: width, header: header, c, room: room) else { return }
        let t = c.theme, style = t.style(t.body, Theme.overlayText, bold: true)
        list.fill(r, Theme.overlay)
        let textArea = Rect(x: r.x, y: r.y, width: max(r.width - room, 0), height: r.height)
        list.clip(textArea)
        list.text(text, x: textArea.midX, y: textArea.midY, style, .center, .middle)
        list.clip(nil)
    }

    /// Where the message's band lies, with `room` more at its right end.
    func band(width: Int, header: Rect, _ c: SceneContext, room: Int = 0) -> Rect? {
        guard let text else { return nil }
        let t = c.theme, style = t.style(t.body, Theme.overlayText, bold: true)
        let needed = c.measure.width(text, style: style) + t.px(32) + room
        let x = needed <= width * 2 / 3 ? width / 3 : max(width - needed, 0)
        return Rect(x: x, y: header.y, width: width - x, height: header.height)
    }

    /// A question waits for yes or no; any other message can be closed.
    public var isQuestion: Bool { text != nil && sticky }
}
