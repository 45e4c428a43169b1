/// What the insight features ask the app to do: everything that touches
/// files, the window or the trainer's data. The UI core stays pure.
public enum InsightRequest: Sendable, Equatable {
    /// A normalised drawing (784 values, 0 paper ... 1 ink) with its label.
    case addOwnDigit(pixels: [Float], label: Int)
    case exportOwnDigits
    case forgetOwnDigits
    case saveModel
    case loadModel
    case screenshot
    /// A file dropped onto the window: read it as a photo of a digit.
    case openPhoto(path: String)
    /// L switched the language (kept in the settings).
    case languageChanged(Language)
}

/// A one-line message at the bottom of the window ("Network saved: ...");
/// it fades after a few seconds. Shared by the router and the scenes.
public final class NoticeBoard {
    public private(set) var text: String?
    private var since: Double?
    private var lastNow = 0.0
    public static let duration = 7.0

    public init() {}

    public func post(_ message: String) {
        text = message
        since = nil
    }

    public func clear() { text = nil }

    /// Starts the clock of a new message and retires an old one.
    public func tick(now: Double) {
        lastNow = now
        guard text != nil else { return }
        if since == nil { since = now }
        if let since, now - since > NoticeBoard.duration { text = nil }
    }

    /// A dark bar with white text just above the legend: readable on any view.
    func draw(into list: inout DrawList, width: Int, above legendTop: Int, theme t: Theme) {
        guard let text else { return }
        let h = DigitLayout.lineHeight(t.body) + t.px(12)
        let r = Rect(x: 0, y: legendTop - h - t.px(4), width: width, height: h)
        list.fill(r, Theme.overlay)
        list.text(text, x: r.midX, y: r.midY, t.style(t.body, Theme.overlayText, bold: true), .center, .middle)
    }
}
