import NeuroCore

/// What the UI core asks a backend to draw. Scenes never draw themselves:
/// they append these to a `DrawList`, which keeps layout and input testable
/// without a display and keeps every SDL call in SDLPlatform.
public enum DrawCommand: Sendable, Hashable {
    /// A filled rectangle (alpha blended).
    case fill(Rect, Color)
    /// A rectangle outline `thickness` pixels wide, drawn inside `rect`.
    case frame(Rect, Color, thickness: Int)
    /// Connected line segments `width` pixels wide.
    case polyline([Point], Color, width: Float)
    case text(TextItem)
    /// A grey picture scaled to `rect` with sharp cell edges.
    case image(GreyImage, Rect)
    /// A colour picture scaled smoothly to `rect`.
    case rgbImage(RGBImage, Rect)
    /// Restricts later commands to `rect`; nil lifts the restriction.
    case clip(Rect?)
}

public enum HAlign: Sendable, Hashable { case left, center, right }
public enum VAlign: Sendable, Hashable { case top, middle, bottom }
public enum FontWeight: Sendable, Hashable { case regular, bold }

/// Font size in pixels, weight and colour: together with the string the
/// key under which a backend may cache the rendered text.
public struct TextStyle: Sendable, Hashable {
    public var size: Int
    public var color: Color
    public var weight: FontWeight

    public init(size: Int, color: Color, weight: FontWeight = .regular) {
        self.size = size
        self.color = color
        self.weight = weight
    }
}

/// One line of text anchored at (x, y) by its alignment.
public struct TextItem: Sendable, Hashable {
    public var string: String
    public var x: Int
    public var y: Int
    public var style: TextStyle
    public var hAlign: HAlign
    public var vAlign: VAlign

    public init(_ string: String, x: Int, y: Int, style: TextStyle,
                hAlign: HAlign = .left, vAlign: VAlign = .top) {
        self.string = string
        self.x = x
        self.y = y
        self.style = style
        self.hAlign = hAlign
        self.vAlign = vAlign
    }

    /// Where the text lands when its rendered size is `width` x `height`
    /// pixels: (x, y) is the point its alignment names.
    public func box(width: Int, height: Int) -> Rect {
        let left = switch hAlign {
        case .left: x
        case .center: x - width / 2
        case .right: x - width
        }
        let top = switch vAlign {
        case .top: y
        case .middle: y - height / 2
        case .bottom: y - height
        }
        return Rect(x: left, y: top, width: width, height: height)
    }
}

/// The commands of one frame, in drawing order.
public struct DrawList: Sendable {
    public private(set) var commands: [DrawCommand] = []

    public init() {}

    public mutating func fill(_ r: Rect, _ c: Color) { commands.append(.fill(r, c)) }
    public mutating func frame(_ r: Rect, _ c: Color, thickness: Int = 1) {
        commands.append(.frame(r, c, thickness: thickness))
    }
    public mutating func line(_ a: Point, _ b: Point, _ c: Color, width: Float = 1) {
        commands.append(.polyline([a, b], c, width: width))
    }
    public mutating func polyline(_ p: [Point], _ c: Color, width: Float = 1) {
        if p.count >= 2 { commands.append(.polyline(p, c, width: width)) }
    }
    public mutating func text(_ s: String, x: Int, y: Int, _ style: TextStyle,
                              _ h: HAlign = .left, _ v: VAlign = .top) {
        if !s.isEmpty { commands.append(.text(TextItem(s, x: x, y: y, style: style, hAlign: h, vAlign: v))) }
    }
    public mutating func image(_ img: GreyImage, _ r: Rect) { commands.append(.image(img, r)) }
    public mutating func clip(_ r: Rect?) { commands.append(.clip(r)) }
    public mutating func image(_ img: RGBImage, _ r: Rect) { commands.append(.rgbImage(img, r)) }

    /// All text items, for tests and for checking what a frame says.
    public var texts: [TextItem] {
        commands.compactMap { if case .text(let t) = $0 { t } else { nil } }
    }
}
