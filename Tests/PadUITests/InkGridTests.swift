import NeuroCore
@testable import PadUI
import Testing

@Suite("Ink grid and brush")
struct InkGridTests {
    @Test("a dab fills the cell under the pointer and shades its neighbours")
    func softBrush() {
        var g = InkGrid()
        let p = Point(x: 10.5, y: 10.5)  // centre of cell (10, 10)
        let changed = g.stroke(from: p, to: p)
        #expect(changed)
        #expect(g.ink[10 * 28 + 10] == 1)
        let side = g.ink[10 * 28 + 11], diagonal = g.ink[11 * 28 + 11]
        #expect(side > 0.3 && side < 1)
        #expect(diagonal > 0 && diagonal < side)
        #expect(g.ink[10 * 28 + 13] == 0)
    }

    @Test("one fast move across the grid leaves no gap")
    func interpolates() {
        var g = InkGrid()
        g.stroke(from: Point(x: 1.5, y: 14.5), to: Point(x: 26.5, y: 14.5))
        for c in 1 ... 26 { #expect(g.ink[14 * 28 + c] == 1, "gap at column \(c)") }
    }

    @Test("the eraser removes ink, clear removes all")
    func erase() {
        var g = InkGrid()
        g.stroke(from: Point(x: 5, y: 5), to: Point(x: 20, y: 20))
        #expect(!g.isEmpty)
        g.erase(from: Point(x: 5, y: 5), to: Point(x: 20, y: 20))
        #expect(g.isEmpty)
        g.stroke(from: Point(x: 5, y: 5), to: Point(x: 6, y: 6))
        g.clear()
        #expect(g.isEmpty)
    }

    @Test("strokes off the grid are cut, not crashing")
    func offGrid() {
        var g = InkGrid()
        g.stroke(from: Point(x: -50, y: -50), to: Point(x: 100, y: 100))
        #expect(g.ink[0] == 1 && g.ink[783] == 1)
        #expect(g.paperBytes[0] == 0 && g.paperBytes.count == 784)
    }
}

@Suite("Prediction")
struct PredictionTests {
    @Test("whole percentages always add up to 100")
    func percentsSumTo100() {
        var seed: UInt64 = 7
        for _ in 0 ..< 200 {
            let outputs = (0 ..< 10).map { _ -> Float in
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                return Float(seed >> 40) / Float(1 << 24)
            }
            let p = Prediction(outputs: outputs)
            #expect(p.percents.reduce(0, +) == 100)
            #expect(abs(p.probabilities.reduce(0, +) - 1) < 1e-4)
            #expect(p.digit == outputs.indices.max { outputs[$0] < outputs[$1] })
        }
    }

    @Test("all-zero or broken outputs still give 100%")
    func degenerate() {
        #expect(Prediction(outputs: [Float](repeating: 0, count: 10)).percents.reduce(0, +) == 100)
        #expect(Prediction(outputs: [.nan, 1, .infinity, 0, 0, 0, 0, 0, 0, 0]).digit == 1)
    }

    @Test("numbers are written the class's way")
    func numbers() {
        #expect(NumberFormat(.en).count(1234567) == "1,234,567")
        #expect(NumberFormat(.de).count(1234567) == "1.234.567")
        #expect(NumberFormat(.en).compact(0.003) == "0.003")
        #expect(NumberFormat(.de).compact(0.1) == "0,1")
        #expect(NumberFormat(.en).compact(50) == "50")
        #expect(NumberFormat(.en).percent(0.9123) == "91.2%")
        #expect(NumberFormat(.en).short(262_000) == "262k")
    }
}

@Suite("Plot scale")
struct PlotScaleTests {
    @Test("the loss axis ends at a round number just above the largest loss")
    func niceCeiling() {
        #expect(DigitScene.niceCeiling(1.1) == 1.5)
        #expect(DigitScene.niceCeiling(0.45) == 0.5)
        #expect(DigitScene.niceCeiling(2.6) == 3)
        #expect(DigitScene.niceCeiling(.nan) == 1)
        #expect(DigitScene.niceCeiling(0) == 1)
    }
}
