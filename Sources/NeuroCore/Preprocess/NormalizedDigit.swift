/// A point on the 28x28 grid in pixel-index coordinates: pixel (column c,
/// row r) has its centre at (c, r), so the grid runs from -0.5 to 27.5.
///
/// MNIST states its centres of mass in these coordinates, which is why its
/// digits sit at (14, 14) and not at the geometric middle (13.5, 13.5).
public struct Point2: Sendable, Equatable {
    public var x: Float
    public var y: Float

    public init(x: Float, y: Float) {
        self.x = x
        self.y = y
    }

    public static let zero = Point2(x: 0, y: 0)
}

/// A box of whole grid cells: columns `x ..< x + width`, rows `y ..< y + height`.
/// A view draws it from `x * cellSize` (cell c covers [c, c + 1)).
public struct PixelBox: Sendable, Equatable {
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

    public static let zero = PixelBox(x: 0, y: 0, width: 0, height: 0)
}

/// A box with fractional edges in cell-edge coordinates: pixel (c, r)
/// covers [c, c + 1) x [r, r + 1), so a view draws it from `x * cellSize`.
public struct Rect2: Sendable, Equatable {
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

    public static let zero = Rect2(x: 0, y: 0, width: 0, height: 0)
}

/// A drawn digit after MNIST-style normalisation, plus what the
/// normaliser measured on the way, so a view can explain a misreading
/// ("your digit was small and far left: it was scaled by 2.5 and moved").
public struct NormalizedDigit: Sendable, Equatable {
    /// (784), row-major 28x28, 0...1, 0 = paper.
    public let pixels: [Float]
    /// True when the pad held no ink above `DigitNormalizer.inkThreshold`;
    /// then `pixels` are all 0 and the measurements below are zero.
    public let isEmpty: Bool
    /// Cells of the raw drawing holding ink above the threshold.
    public let boundingBox: PixelBox
    /// Centre of mass of the raw ink, pixel-index coordinates.
    public let inkCentreOfMass: Point2
    /// Centre of mass of `pixels`, pixel-index coordinates: (14, 14) up to
    /// float rounding, unless ink was pushed off the frame.
    public let centreOfMass: Point2
    /// Where the resampled bounding box landed in `pixels`, cell-edge
    /// coordinates; its longer side is `DigitNormalizer.boxSide`. It may
    /// reach past the frame (x or y < 0, or beyond 28) for a very lopsided
    /// digit, whose overhang is cut.
    public let placement: Rect2
    /// Factor from raw cells to result cells: boxSide / max(width, height);
    /// above 1 for a small drawing, below 1 for one larger than 20 cells.
    public let scale: Float

    public init(pixels: [Float], isEmpty: Bool, boundingBox: PixelBox,
                inkCentreOfMass: Point2, centreOfMass: Point2,
                placement: Rect2, scale: Float) {
        self.pixels = pixels
        self.isEmpty = isEmpty
        self.boundingBox = boundingBox
        self.inkCentreOfMass = inkCentreOfMass
        self.centreOfMass = centreOfMass
        self.placement = placement
        self.scale = scale
    }

    /// The result for a pad without ink.
    public static let empty = NormalizedDigit(
        pixels: [Float](repeating: 0, count: DigitNormalizer.pixelCount),
        isEmpty: true, boundingBox: .zero, inkCentreOfMass: .zero,
        centreOfMass: .zero, placement: .zero, scale: 0)
}
