/// The lesson notebook's input scaling, x = p · 0.99 + 0.01 for ink p in
/// 0 ... 1 (p = byte / 255, 0 = paper), so that no input is exactly 0: a zero
/// input would never change its weights. The one place these numbers live;
/// training data, the drawing pad and every view scale through it.
public enum InputScaling {
    public static let gain: Float = 0.99
    public static let floor: Float = 0.01

    /// x for ink p; p is clamped to 0 ... 1 and NaN counts as paper.
    @inline(__always)
    public static func x(ink p: Float) -> Float {
        let q = p.isNaN ? 0 : min(max(p, 0), 1)
        return q * gain + floor
    }

    /// x for a grey byte b (0-255, as in MNIST files): b · (0.99 / 255) + 0.01.
    @inline(__always)
    public static func x(byte b: UInt8) -> Float {
        Float(b) * (gain / 255) + floor
    }
}
