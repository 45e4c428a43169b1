@testable import NeuroCore
import Testing
@testable import PadUI
import PadUITestSupport

/// What the digit screen shows once training diverged: a box that says so
/// and suggests a smaller learning rate, R for new weights, and never a NaN
/// or an infinity in the bars, the plot or any number.
@Suite("Divergence on screen")
struct DivergenceViewTests {
    /// The worst a snapshot could bring: diverged, every weight NaN, and
    /// non-finite loss points and speed among sound ones.
    static func divergedStatus() throws -> TrainingStatus {
        var status = freshStatus()
        var snap = try #require(status.snapshot)
        let sizes = snap.network.sizes
        snap.network = try #require(MLP(sizes: sizes, activation: .sigmoid,
                                        parameters: [Float](repeating: .nan, count: MLP.parameterCount(sizes))))
        snap.diverged = true
        snap.samplesSeen = 300
        snap.samplesPerSecond = .infinity
        snap.loss = [LossPoint(samples: 100, loss: 0.9), LossPoint(samples: 200, loss: .nan),
                     LossPoint(samples: 300, loss: .infinity)]
        status.snapshot = snap
        return status
    }

    /// Every number a frame draws: polyline points, and any text that
    /// spells a NaN or an infinity.
    static func nonFinite(in list: DrawList) -> [String] {
        var found: [String] = []
        for command in list.commands {
            if case .polyline(let points, _, let width) = command,
               !width.isFinite || points.contains(where: { !$0.x.isFinite || !$0.y.isFinite }) {
                found.append("polyline with a non-finite point")
            }
        }
        for t in list.texts {
            let words = t.string.lowercased().split { !$0.isLetter }
            if words.contains(where: { ["nan", "inf", "infinity"].contains($0) }) || t.string.contains("∞") {
                found.append("text '\(t.string)'")
            }
        }
        return found
    }

    @Test("the screen says diverged and suggests a smaller rate, in both languages", arguments: [Language.en, .de])
    func message(language: Language) throws {
        let app = PadApp(width: 1280, height: 720, language: language)
        app.update(try Self.divergedStatus())
        let shown = app.frame().texts.map(\.string).joined(separator: " ")
        let phrase = language == .en ? "smaller learning rate" : "kleinere Lernrate"
        #expect(shown.contains(phrase))
        #expect(shown.contains(language.strings.diverged))
    }

    @Test("after divergence the answer to a drawing is grey, not the accent of a live answer")
    func answerGreyed() throws {
        let app = PadApp(width: 1280, height: 720)
        app.update(freshStatus())
        let g = app.digits.layout.grid, cell = app.digits.layout.cellSize
        _ = app.handle(.mouseDown(x: g.x + 14 * cell, y: g.y + 5 * cell, button: .left))
        let big = app.digits.layout.contentTheme.big
        func answerColour() -> Color? { app.frame().texts.first { $0.style.size == big }?.style.color }
        #expect(answerColour() == Theme.accent)
        app.update(try Self.divergedStatus())
        #expect(answerColour() == Theme.muted)
        let bars = app.digits.layout.bars
        #expect(!app.frame().commands.contains {
            if case .fill(let r, let colour) = $0 { colour == Theme.accent && bars.contains(x: r.midX, y: r.midY) } else { false }
        }, "no bar in the accent either")
    }

    @Test("NaN weights and loss reach neither the bars nor the plot")
    func nothingNonFinite() throws {
        let app = PadApp(width: 1280, height: 720)
        app.update(try Self.divergedStatus())
        let g = app.digits.layout.grid, cell = app.digits.layout.cellSize
        _ = app.handle(.mouseDown(x: g.x + 14 * cell, y: g.y + 5 * cell, button: .left))
        _ = app.handle(.mouseMove(x: g.x + 14 * cell, y: g.y + 22 * cell, buttons: [.left]))
        _ = app.handle(.mouseUp(x: g.x + 14 * cell, y: g.y + 22 * cell, button: .left))
        let bars = try #require(app.digits.prediction)
        #expect(bars.probabilities.allSatisfy { $0.isFinite })
        #expect(bars.percents.reduce(0, +) == 100)
        #expect(Self.nonFinite(in: app.frame()) == [])
    }

    @Test("R asks for new weights")
    func resetKey() throws {
        let app = PadApp(width: 1280, height: 720)
        app.update(try Self.divergedStatus())
        let actions = app.handle(.text("r"))
        #expect(actions.contains { if case .trainer(.reset) = $0 { true } else { false } })
    }
}
