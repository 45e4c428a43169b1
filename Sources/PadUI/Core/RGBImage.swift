/// A small colour picture, e.g. the plane's decision regions. Like
/// `GreyImage`, `slot` names the texture a backend keeps for it, so it is
/// re-uploaded only when the bytes change. Drawn smoothly scaled: a
/// 96x96 field of shades looks like a continuous ramp, not like tiles.
public struct RGBImage: Sendable, Equatable {
    public var slot: String
    public var width: Int
    public var height: Int
    /// (height, width, 3) row-major: r, g, b per cell.
    public var bytes: [UInt8]

    public init(slot: String, width: Int, height: Int, bytes: [UInt8]) {
        self.slot = slot
        self.width = width
        self.height = height
        self.bytes = bytes
    }
}
