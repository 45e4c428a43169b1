/// One finger on a touch screen or board as the left mouse button, so a
/// finger draws, taps buttons and adds points exactly as the mouse does.
///
/// SDL reports a contact twice: as touch events and as mouse events it
/// makes from them. The platform drops the made-up mouse events and passes
/// the touch events here, which would otherwise draw every stroke twice.
/// Only the first finger down counts until it lifts: a palm or a second
/// finger on the board neither draws nor jumps the line to itself. A long
/// press stays a held button (drawing), never a right click.
public struct TouchPointer: Sendable, Equatable {
    /// The finger that acts as the pointer, while it is down.
    public private(set) var finger: Int64?
    private var at = (x: 0, y: 0)

    public init() {}

    public mutating func down(finger id: Int64, x: Int, y: Int) -> InputEvent? {
        guard finger == nil else { return nil }
        finger = id
        at = (x, y)
        return .mouseDown(x: x, y: y, button: .left)
    }

    public mutating func move(finger id: Int64, x: Int, y: Int) -> InputEvent? {
        guard finger == id, (x, y) != at else { return nil }
        at = (x, y)
        return .mouseMove(x: x, y: y, buttons: [.left])
    }

    public mutating func up(finger id: Int64, x: Int, y: Int) -> InputEvent? {
        guard finger == id else { return nil }
        finger = nil
        return .mouseUp(x: x, y: y, button: .left)
    }

    public static func == (a: TouchPointer, b: TouchPointer) -> Bool {
        a.finger == b.finger && a.at == b.at
    }
}
