/// A drawn digit after MNIST-style normalisation, plus what the
/// normaliser measured on the way, so a view can explain a misreading
/// ("your digit was small and far left: it was scaled by 2.5 and moved").
///
/// Grid coordinates: a point is in pixel-index coordinates (pixel (column c,
/// row r) has its centre at (c, r), so the grid runs from -0.5 to 27.5;
/// MNIST states its centres of mass this way, which is why its digits sit
/// at (14, 14) and not at the geometric middle 13.5); a `Rect` is whole
/// cells; a `FloatRect` is in cell-edge coordinates (cell c covers
/// [c, c + 1)), so a view draws both from `x * cellSize`.
public struct NormalizedDigit: Sendable, Equatable {
    /// (784), row-major 28x28, 0...1, 0 = paper.
    public let pixels: [Float]
    /// True when the pad held no ink above `DigitNormalizer.inkThreshold`;
    /// then `pixels` are all 0 and the measurements below are zero.
    public let isEmpty: Bool
    /// Cells of the raw drawing holding ink above the threshold.
    public let boundingBox: Rect
    /// Centre of mass of the raw ink, pixel-index coordinates.
    public let inkCentreOfMass: Point
    /// Centre of mass of `pixels`, pixel-index coordinates: (14, 14) up to
    /// float rounding, unless ink was pushed off the frame.
    public let centreOfMass: Point
    /// Where the resampled bounding box landed in `pixels`, cell-edge
    /// coordinates; its longer side is `DigitNormalizer.boxSide`. It may
    /// reach past the frame (x or y < 0, or beyond 28) for a very lopsided
    /// digit, whose overhang is cut.
    public let placement: FloatRect
    /// Factor from raw cells to result cells: boxSide / max(width, height);
    /// above 1 for a small drawing, below 1 for one larger than 20 cells.
    public let scale: Float

    /// The result for a pad without ink.
    public static let empty = NormalizedDigit(
        pixels: [Float](repeating: 0, count: DigitNormalizer.pixelCount),
        isEmpty: true, boundingBox: .zero, inkCentreOfMass: .zero,
        centreOfMass: .zero, placement: .zero, scale: 0)
}
