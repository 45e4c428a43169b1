import NeuroCore
import Testing
@testable import PadUI
import PadUITestSupport

@Suite("Digit scene")
struct DigitSceneTests {
    @Test("an empty pad shows no prediction")
    func emptyShowsNothing() {
        let app = PadApp(width: 1280, height: 720)
        app.update(freshStatus())
        #expect(app.digits.prediction == nil)
        let bars = app.digits.layout.bars
        #expect(!app.frame().texts.contains { $0.string.hasSuffix("%") && bars.contains(x: $0.x, y: $0.y) })
    }

    @Test("drawing changes the network input and the shown prediction on every move")
    func drawingPredicts() {
        let app = PadApp(width: 1280, height: 720)
        app.update(freshStatus())
        let g = app.digits.layout.grid, cell = app.digits.layout.cellSize
        _ = app.handle(.mouseDown(x: g.x + 14 * cell, y: g.y + 5 * cell, button: .left))
        let first = app.digits.prediction
        #expect(first != nil, "a single dab already gets an answer")
        #expect(!app.digits.normalized.isEmpty)
        let inputBefore = app.digits.normalized.pixels
        _ = app.handle(.mouseMove(x: g.x + 14 * cell, y: g.y + 22 * cell, buttons: [.left]))
        #expect(app.digits.normalized.pixels != inputBefore, "the move changed the network input")
        #expect(app.digits.prediction?.outputs != first?.outputs, "the answer follows the move, not the release")

        // The frame shows the answer: its digit in the big font and ten percentages summing to 100.
        let texts = app.frame().texts
        let t = app.digits.layout.contentTheme
        let prediction = app.digits.prediction
        #expect(texts.contains { $0.string == "\(prediction?.digit ?? -1)" && $0.style.size == t.big })
        let barPercents = texts.filter { $0.style.size == t.small && $0.string.hasSuffix("%") && $0.y < app.digits.layout.bars.maxY }
            .compactMap { Int($0.string.dropLast()) }
        #expect(barPercents.count == 10)
        #expect(barPercents.reduce(0, +) == 100)

        let up = app.handle(.mouseUp(x: g.x + 14 * cell, y: g.y + 22 * cell, button: .left))
        #expect(up.contains { if case .strokeEnded(let p) = $0 { p == prediction } else { false } })
    }

    @Test("a frame with many mouse moves normalises and classifies the pad once")
    func oneClassificationPerFrame() {
        let app = PadApp(width: 1920, height: 1080)
        app.update(freshStatus())
        let g = app.digits.layout.grid, c = app.digits.layout.cellSize
        _ = app.frame()
        let before = app.digits.classifications
        // One frame's worth of queued events: a press and 60 moves, each reaching new cells.
        _ = app.handle(.mouseDown(x: g.x + 4 * c, y: g.y + 4 * c, button: .left))
        for k in 1...60 {
            _ = app.handle(.mouseMove(x: g.x + 4 * c + k * c / 3, y: g.y + 4 * c + k * c / 4, buttons: [.left]))
        }
        #expect(app.digits.classifications == before, "moves only mark the answer out of date")
        let texts = app.frame().texts
        #expect(app.digits.classifications == before + 1, "the frame classifies once")
        let digit = app.digits.prediction?.digit ?? -1
        #expect(texts.contains { $0.string == "\(digit)" && $0.style.size == app.digits.layout.contentTheme.big },
                "the frame shows the answer to the whole stroke")
        _ = app.frame()
        #expect(app.digits.classifications == before + 1, "an unchanged pad is not classified again")
        _ = app.handle(.mouseMove(x: g.x + 20 * c, y: g.y + 22 * c, buttons: [.left]))
        _ = app.frame()
        #expect(app.digits.classifications == before + 2, "the next move is answered in the next frame")
    }

    @Test("right mouse erases, C clears, and then the prediction goes")
    func eraseAndClear() {
        let app = PadApp(width: 1280, height: 720)
        app.update(freshStatus())
        let g = app.digits.layout.grid, c = app.digits.layout.cellSize
        for e in drag([(g.x + 5 * c, g.y + 5 * c), (g.x + 20 * c, g.y + 20 * c)]) { _ = app.handle(e) }
        #expect(!app.digits.ink.isEmpty)
        for e in drag([(g.x + 5 * c, g.y + 5 * c), (g.x + 20 * c, g.y + 20 * c)], button: .right) { _ = app.handle(e) }
        #expect(app.digits.ink.isEmpty)
        #expect(app.digits.prediction == nil)
        for e in drag([(g.x + 5 * c, g.y + 5 * c), (g.x + 9 * c, g.y + 20 * c)]) { _ = app.handle(e) }
        _ = app.handle(.text("c"))
        #expect(app.digits.ink.isEmpty && app.digits.prediction == nil)
    }

    @Test("strokes that start outside the grid draw nothing")
    func outsideGrid() {
        let app = PadApp(width: 1280, height: 720)
        app.update(freshStatus())
        for e in drag([(1200, 700), (20, 100)]) { _ = app.handle(e) }
        #expect(app.digits.ink.isEmpty)
    }
}
