/// Colours and font sizes. Sizes grow with the window so the same layout
/// fills a laptop and a projector; at 1280x720 the smallest text is 20 px,
/// readable from the back of a classroom.
public struct Theme: Sendable, Equatable {
    /// Scale relative to the 1280x720 design size; the smaller ratio wins,
    /// so nothing outgrows a narrow or a flat window. A screen may count the
    /// width from a smaller `designWidth` when its columns still fit there:
    /// the digit screen uses 1160, so a 4:3 projector (1024x768) gets 18 px
    /// text, not 16.
    public let scale: Float

    public let small: Int
    public let body: Int
    public let heading: Int
    public let figure: Int
    /// The winning digit, the main figure of the screen.
    public let big: Int
    /// The smallest text allowed anywhere: 18 px per 720 window lines.
    public let least: Int
    /// How far text may shrink to fit its room: `least`, except in 4:3
    /// windows whose text is already below it (there, 12 px).
    public var shrinkFloor: Int { small >= least ? least : 12 }

    public init(width: Int, height: Int, designWidth: Float = 1280) {
        // In a window narrower than 16:9 (a 4:3 projector) text keeps 0.9
        // of the height's scale, so the smallest stays at 18 px per 720
        // lines; at most a fifth above what the width alone would give.
        let fit = min(Float(width) / max(designWidth, 1), Float(height) / 720)
        scale = max(fit, min(0.9 * Float(height) / 720, 1.2 * fit), 0.25)
        small = Theme.px(20, scale, atLeast: 12)
        body = Theme.px(24, scale, atLeast: 13)
        heading = Theme.px(26, scale, atLeast: 14)
        figure = Theme.px(36, scale, atLeast: 16)
        big = Theme.px(128, scale, atLeast: 32)
        least = Theme.least(height: height)
    }

    /// 18 px at 720 lines, in proportion to the height (15 px at 600, 54 at
    /// 2160): from the back of a classroom, text smaller than this is lost.
    public static func least(height: Int) -> Int { max(18 * height / 720, 8) }

    /// A length from the 1280x720 design, scaled.
    public func px(_ designPixels: Float) -> Int { Int((designPixels * scale).rounded()) }

    private static func px(_ v: Float, _ s: Float, atLeast: Int) -> Int {
        max(Int((v * s).rounded()), atLeast)
    }

    // Light colours: a projector in a lit room washes out dark themes.
    public static let background = Color(hex: 0xEEF0F3)
    public static let panel = Color(hex: 0xFFFFFF)
    public static let border = Color(hex: 0xB8BEC8)
    public static let text = Color(hex: 0x15181D)
    public static let muted = Color(hex: 0x4A515C)
    public static let accent = Color(hex: 0x1456C8)
    public static let bar = Color(hex: 0x9AA6B8)
    public static let gridLine = Color(hex: 0xD4D8DE)
    public static let loss = Color(hex: 0xC62828)
    public static let accuracy = Color(hex: 0x1B7F3A)
    public static let warning = Color(hex: 0xB03000)
    public static let overlay = Color(0x10, 0x14, 0x1C, 215)
    public static let overlayText = Color(hex: 0xFFFFFF)

    public func style(_ size: Int, _ color: Color = Theme.text, bold: Bool = false) -> TextStyle {
        TextStyle(size: size, color: color, weight: bold ? .bold : .regular)
    }
}

/// How wide a string is when drawn; the backend measures with the real font,
/// tests and headless runs use an estimate.
public protocol TextMeasure {
    func width(_ string: String, style: TextStyle) -> Int
}

/// DejaVu Sans averages a bit over half an em per character; slightly
/// generous so a layout made with it never overflows the real font.
public struct EstimatedTextMeasure: TextMeasure {
    public init() {}
    public func width(_ string: String, style: TextStyle) -> Int {
        let em: Float = style.weight == .bold ? 0.66 : 0.62
        return Int((Float(string.count) * Float(style.size) * em).rounded(.up))
    }
}
