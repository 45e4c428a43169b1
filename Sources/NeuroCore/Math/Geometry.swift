/// The geometry types shared by the core and the UI: `Rect` (whole
/// numbers: window pixels, or cells of the 28x28 grid), `Point` and
/// `FloatRect` (fractional).

/// A rectangle of whole pixels or grid cells; (x, y) is the top-left
/// corner, so it covers columns x ..< x + width and rows y ..< y + height.
public struct Rect: Sendable, Hashable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var midX: Int { x + width / 2 }
    public var midY: Int { y + height / 2 }
    public var isEmpty: Bool { width <= 0 || height <= 0 }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// True when `other` lies completely inside this rectangle.
    public func contains(_ other: Rect) -> Bool {
        other.x >= x && other.y >= y && other.maxX <= maxX && other.maxY <= maxY
    }

    public func intersects(_ other: Rect) -> Bool {
        !isEmpty && !other.isEmpty && x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    /// The part both rectangles cover; empty (width or height 0) when they
    /// do not overlap.
    public func intersection(_ other: Rect) -> Rect {
        let x0 = max(x, other.x), y0 = max(y, other.y)
        let x1 = min(maxX, other.maxX), y1 = min(maxY, other.maxY)
        return Rect(x: x0, y: y0, width: max(x1 - x0, 0), height: max(y1 - y0, 0))
    }

    /// Shrunk by `d` on every side (grown for negative `d`).
    public func inset(_ d: Int) -> Rect {
        Rect(x: x + d, y: y + d, width: max(width - 2 * d, 0), height: max(height - 2 * d, 0))
    }

    /// The top `h` pixels, and what is left below them.
    public func splitTop(_ h: Int) -> (top: Rect, rest: Rect) {
        let h = min(max(h, 0), height)
        return (Rect(x: x, y: y, width: width, height: h),
                Rect(x: x, y: y + h, width: width, height: height - h))
    }

    public var description: String { "\(x) \(y) \(width) \(height)" }
}

/// A point with fractional coordinates: window pixels for lines and plots,
/// or cells of the 28x28 grid (see `NormalizedDigit` for which convention).
public struct Point: Sendable, Hashable {
    public var x: Float
    public var y: Float

    public init(x: Float, y: Float) {
        self.x = x
        self.y = y
    }

    public static let zero = Point(x: 0, y: 0)
}

/// A rectangle with fractional edges, e.g. where a resampled digit landed
/// on the 28x28 grid in cell-edge coordinates (cell c covers [c, c + 1)).
public struct FloatRect: Sendable, Hashable {
    public var x: Float
    public var y: Float
    public var width: Float
    public var height: Float

    public init(x: Float, y: Float, width: Float, height: Float) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The same edges as the whole-number rectangle `r`.
    public init(_ r: Rect) {
        self.init(x: Float(r.x), y: Float(r.y), width: Float(r.width), height: Float(r.height))
    }

    public static let zero = FloatRect(x: 0, y: 0, width: 0, height: 0)
}

