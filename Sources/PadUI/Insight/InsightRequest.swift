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

/// A one-line message in its own strip above the legend ("Network saved: ...");
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

    /// A dark band with white text in the notice strip above the legend,
    /// a place of its own: it never covers the title, the header, the
    /// legend or a panel. The band is as wide as its text; a text too long
    /// for the strip (a file path) loses its middle, so the file name stays.
    /// `room`: pixels at the band's right end kept for its buttons (yes and
    /// no, or close).
    func draw(into list: inout DrawList, strip: Rect, _ c: SceneContext, room: Int = 0) {
        guard let text, let r = band(strip: strip, c, room: room) else { return }
        let style = NoticeBoard.style(text, width: NoticeBoard.textWidth(strip, c, room), height: strip.height, c)
        list.fill(r, isError ? Theme.warning : Theme.overlay)
        let textArea = Rect(x: r.x, y: r.y, width: max(r.width - room, 0), height: r.height)
        list.clip(textArea)
        list.text(shownText(strip: strip, c, room: room) ?? text, x: textArea.midX, y: textArea.midY, style, .center, .middle)
        list.clip(nil)
    }

    /// The message as drawn: whole if it fits the strip, else without its
    /// middle (the end of a path, the file name, stays).
    public func shownText(strip: Rect, _ c: SceneContext, room: Int = 0) -> String? {
        guard var text else { return nil }
        let width = NoticeBoard.textWidth(strip, c, room), style = NoticeBoard.style(text, width: width, height: strip.height, c)
        // A question too long for the strip keeps the question and drops
        // the key hint after it (its yes and no buttons stand beside it).
        if c.measure.width(text, style: style) > width, let mark = text.range(of: "? ") {
            text = String(text[..<mark.lowerBound]) + "?"
        }
        // Cut the path, not the words before it, when the words leave room
        // for the file name.
        if let slash = text.firstIndex(of: "/") {
            let words = String(text[..<slash]), path = String(text[slash...])
            let pathWidth = width - c.measure.width(words, style: style)
            let name = "\u{2026}" + (path.split(separator: "/").last.map(String.init) ?? path)
            if pathWidth >= c.measure.width(name, style: style) {
                return words + TextFit.middle(path, width: pathWidth, style: style, measure: c.measure)
            }
            // Else the words and the file name without its folder.
            let bare = words + name.dropFirst()
            if c.measure.width(bare, style: style) <= width { return bare }
        }
        return TextFit.middle(text, width: width, style: style, measure: c.measure)
    }

    /// Where the message's band lies in the strip, centred, with `room`
    /// more at its right end.
    public func band(strip: Rect, _ c: SceneContext, room: Int = 0) -> Rect? {
        guard let text, let shown = shownText(strip: strip, c, room: room) else { return nil }
        let style = NoticeBoard.style(text, width: NoticeBoard.textWidth(strip, c, room), height: strip.height, c)
        let needed = min(c.measure.width(shown, style: style) + c.theme.px(20) + room, strip.width)
        return Rect(x: strip.midX - needed / 2, y: strip.y, width: needed, height: strip.height)
    }

    private static func textWidth(_ strip: Rect, _ c: SceneContext, _ room: Int) -> Int {
        max(strip.width - room - c.theme.px(20), 0)
    }

    /// Bold body text, no taller than the strip (DejaVu's ascent and
    /// descent: 1.164 em); a size smaller, down to the small text, when the
    /// words before a path and its file name (all after the last slash)
    /// would not fit whole.
    private static func style(_ text: String, width: Int, height: Int, _ c: SceneContext) -> TextStyle {
        let t = c.theme
        let name = text.firstIndex(of: "/").map {
            String(text[..<$0]) + "\u{2026}/" + (text.split(separator: "/").last.map(String.init) ?? "")
        } ?? text
        let size = TextFit.size(from: max(min(t.body, Int(Float(height) / 1.164)), t.small), floor: t.small) {
            c.measure.width(name, style: t.style($0, Theme.overlayText, bold: true)) <= width
        }
        return t.style(size, Theme.overlayText, bold: true)
    }

    /// A question waits for yes or no; any other message can be closed.
    public var isQuestion: Bool { text != nil && sticky }
}
