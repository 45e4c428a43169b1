import NeuroCore
import Testing
@testable import PadUI

/// Which tiles a new frame must draw again, from the draw lists alone.
@Suite("Damage: what a frame changes")
struct DamageTests {
    static let style = TextStyle(size: 20, color: Theme.text)
    /// A stand-in for the font: 10 pixels per character, 20 high.
    static func box(_ item: TextItem) -> Rect { item.box(width: 10 * item.string.count, height: 20) }

    static func frame(_ extra: (inout DrawList) -> Void = { _ in }) -> [DrawCommand] {
        var list = DrawList()
        list.fill(Rect(x: 0, y: 0, width: 320, height: 200), Theme.panel)
        list.text("epoch 1", x: 40, y: 40, style)
        list.fill(Rect(x: 200, y: 100, width: 50, height: 50), Theme.accent)
        extra(&list)
        return list.commands
    }

    static func update(_ t: inout DamageTracker, _ commands: [DrawCommand], width: Int = 320, height: Int = 200) -> Damage {
        t.update(commands, width: width, height: height, text: box)
    }

    /// The tiles (column, row) the rectangles cover.
    static func tiles(_ rects: [Rect], tile: Int = 32) -> Set<[Int]> {
        var set = Set<[Int]>()
        for r in rects {
            for y in stride(from: r.y, to: r.maxY, by: tile) {
                for x in stride(from: r.x, to: r.maxX, by: tile) { set.insert([x / tile, y / tile]) }
            }
        }
        return set
    }

    @Test("the first frame is drawn whole, the same frame again not at all")
    func firstAndSame() {
        var t = DamageTracker()
        let first = Self.update(&t, Self.frame())
        #expect(first.rects == [Rect(x: 0, y: 0, width: 320, height: 200)])
        #expect(Self.update(&t, Self.frame()).isEmpty)
        #expect(Self.update(&t, Self.frame()).pixels == 0)
    }

    @Test("a changed text redraws the tiles under its old and new box, no others")
    func changedText() {
        var t = DamageTracker()
        _ = Self.update(&t, Self.frame())
        var list = DrawList()
        list.fill(Rect(x: 0, y: 0, width: 320, height: 200), Theme.panel)
        list.text("epoch 12", x: 40, y: 40, Self.style)
        list.fill(Rect(x: 200, y: 100, width: 50, height: 50), Theme.accent)
        let damage = Self.update(&t, list.commands)
        // "epoch 1" covers x 40..<110, "epoch 12" 40..<120, both y 40..<60:
        // tile columns 1...3, row 1.
        #expect(Self.tiles(damage.rects) == [[1, 1], [2, 1], [3, 1]])
        #expect(damage.rects == [Rect(x: 32, y: 32, width: 96, height: 32)])
    }

    @Test("the same commands in another order redraw where they overlap")
    func order() {
        let a = DrawCommand.fill(Rect(x: 0, y: 0, width: 64, height: 32), Theme.accent)
        let b = DrawCommand.fill(Rect(x: 32, y: 0, width: 64, height: 32), Theme.warning)
        var t = DamageTracker()
        _ = Self.update(&t, [a, b])
        // Tile 0 holds only a, tile 2 only b: unchanged. Tile 1 holds both.
        #expect(Self.update(&t, [b, a]).rects == [Rect(x: 32, y: 0, width: 32, height: 32)])
    }

    @Test("a clip counts: the same command under another clip is redrawn, a command outside its clip is not")
    func clips() {
        let fill = DrawCommand.fill(Rect(x: 0, y: 0, width: 96, height: 32), Theme.accent)
        var t = DamageTracker()
        _ = Self.update(&t, [.clip(Rect(x: 0, y: 0, width: 32, height: 32)), fill, .clip(nil)])
        let wider = Self.update(&t, [.clip(Rect(x: 0, y: 0, width: 64, height: 32)), fill, .clip(nil)])
        #expect(Self.tiles(wider.rects) == [[0, 0], [1, 0]])
        #expect(wider.areas == [nil, Rect(x: 0, y: 0, width: 64, height: 32), nil])
        // Drawn outside its clip: reaches nothing, changes nothing.
        let hidden = DrawCommand.fill(Rect(x: 200, y: 100, width: 40, height: 40), Theme.warning)
        let before = [DrawCommand.clip(Rect(x: 0, y: 0, width: 64, height: 32)), fill, DrawCommand.clip(nil)]
        _ = Self.update(&t, before)
        let after = Self.update(&t, [before[0], fill, hidden, .clip(nil)])
        #expect(after.isEmpty)
        #expect(after.areas[2] == nil)
    }

    @Test("a new size, or a forgotten screen, redraws everything")
    func sizeAndForget() {
        var t = DamageTracker()
        _ = Self.update(&t, Self.frame())
        #expect(Self.update(&t, Self.frame(), width: 330).rects == [Rect(x: 0, y: 0, width: 330, height: 200)])
        t.forget()
        #expect(Self.update(&t, Self.frame(), width: 330).pixels == 330 * 200)
    }

    @Test("a line's box covers its width; a line through NaN or far away redraws the screen")
    func lines() {
        var t = DamageTracker()
        _ = Self.update(&t, Self.frame())
        let thick = Self.update(&t, Self.frame { $0.line(Point(x: 100, y: 150), Point(x: 140, y: 150), Theme.loss, width: 6) })
        // 6 wide plus 2 for rounding on each side: x 92..<148, y 142..<158.
        #expect(Self.tiles(thick.rects) == [[2, 4], [3, 4], [4, 4]])
        _ = Self.update(&t, Self.frame())
        let nan = Self.update(&t, Self.frame { $0.line(Point(x: 10, y: .nan), Point(x: 20, y: 20), Theme.loss) })
        #expect(nan.pixels == 320 * 200)
        let far = DrawCommand.box(around: [Point(x: 0, y: 0), Point(x: 3e9, y: 0)], width: 1)
        #expect(far.contains(Rect(x: 0, y: 0, width: 16384, height: 16384)))
    }

    @Test("a picture redraws the tiles around its changed cells, not all of it")
    func pictureCells() {
        var bytes = [UInt8](repeating: 0, count: 28 * 28)
        let pad = Rect(x: 0, y: 0, width: 280, height: 280)
        var t = DamageTracker()
        _ = Self.update(&t, [.image(GreyImage(slot: "pad", width: 28, height: 28, bytes: bytes), pad)], height: 300)
        bytes[14 * 28 + 14] = 255
        let one = Self.update(&t, [.image(GreyImage(slot: "pad", width: 28, height: 28, bytes: bytes), pad)], height: 300)
        // Cell (14, 14) covers pixels 140..<150: tile (4, 4) only.
        #expect(one.rects == [Rect(x: 128, y: 128, width: 32, height: 32)])
        // The same bytes drawn bigger: every tile.
        let bigger = Rect(x: 0, y: 0, width: 300, height: 300)
        let moved = Self.update(&t, [.image(GreyImage(slot: "pad", width: 28, height: 28, bytes: bytes), bigger)], height: 300)
        #expect(Self.tiles(moved.rects).count == 10 * 10)
    }

    @Test("dirty tiles merge into runs, and runs into rectangles downwards")
    func merging() {
        // 4 x 3 tiles of 10: X = dirty
        // X X . X
        // X X . X
        // . X X .
        let dirty = [true, true, false, true,
                     true, true, false, true,
                     false, true, true, false]
        let rects = DamageTracker.rectangles(dirty: dirty, columns: 4, tile: 10, screen: Rect(x: 0, y: 0, width: 35, height: 30))
        #expect(rects == [Rect(x: 0, y: 0, width: 20, height: 20), Rect(x: 30, y: 0, width: 5, height: 20),
                          Rect(x: 10, y: 20, width: 20, height: 10)])
    }

    @Test("a text's box follows its alignment")
    func textBox() {
        let item = TextItem("x", x: 100, y: 50, style: Self.style, hAlign: .center, vAlign: .bottom)
        #expect(item.box(width: 30, height: 20) == Rect(x: 85, y: 30, width: 30, height: 20))
        let right = TextItem("x", x: 100, y: 50, style: Self.style, hAlign: .right, vAlign: .middle)
        #expect(right.box(width: 30, height: 20) == Rect(x: 70, y: 40, width: 30, height: 20))
    }
}
