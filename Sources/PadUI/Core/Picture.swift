/// A small picture the UI hands to a backend: the 28x28 pad and the weight
/// tiles in grey, the plane's decision regions in colour. `slot` names the
/// texture a backend keeps for it, so it is re-uploaded only when the bytes
/// change.
public struct Picture<Format: PictureFormat>: Sendable, Hashable {
    public var slot: String
    public var width: Int
    public var height: Int
    /// (height, width, Format.channels) row-major.
    public var bytes: [UInt8]

    public init(slot: String, width: Int, height: Int, bytes: [UInt8]) {
        self.slot = slot
        self.width = width
        self.height = height
        self.bytes = bytes
    }
}

/// How a picture's bytes are laid out and drawn.
public protocol PictureFormat: Sendable {
    /// Bytes per cell.
    static var channels: Int { get }
    /// True: scaled with blending, so a field of shades looks like a
    /// continuous ramp; false: sharp cell edges.
    static var smooth: Bool { get }
}

/// One byte per cell, 0 = black, 255 = white; drawn with sharp cell edges.
public enum Grey: PictureFormat {
    public static let channels = 1
    public static let smooth = false
}

/// r, g, b per cell; drawn smoothly scaled (a 96x96 field of shades looks
/// like a continuous ramp, not like tiles).
public enum RGB: PictureFormat {
    public static let channels = 3
    public static let smooth = true
}

public typealias GreyImage = Picture<Grey>
public typealias RGBImage = Picture<RGB>
