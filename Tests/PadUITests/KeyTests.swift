import NeuroCore
import Testing
@testable import PadUI
import PadUITestSupport

@Suite("Keys")
struct KeyTests {
    func trainerCommands(_ actions: [AppAction]) -> [Trainer.Command] {
        actions.compactMap { if case .trainer(let c) = $0 { c } else { nil } }
    }

    @Test("learning rate, hidden size and pace step through their lists")
    func settingsKeys() {
        let app = PadApp(width: 1280, height: 720)
        app.update(freshStatus())
        guard case .learningRate(let up) = trainerCommands(app.handle(.text("+"))).first else {
            Issue.record("+ sent no learning rate"); return
        }
        #expect(up == 0.3)
        // Two quick presses both count, though the trainer has not answered yet.
        guard case .learningRate(let down) = trainerCommands(app.handle(.text("-"))).first,
              case .learningRate(let down2) = trainerCommands(app.handle(.text("-"))).first else {
            Issue.record("- sent no learning rate"); return
        }
        #expect(down == 0.1 && down2 == 0.03)
        guard case .rebuild(let bigger) = trainerCommands(app.handle(.text("]"))).first else {
            Issue.record("] sent no rebuild"); return
        }
        #expect(bigger.hidden == [100])
        guard case .pace(let slower) = trainerCommands(app.handle(.text(","))).first else {
            Issue.record(", sent no pace"); return
        }
        #expect(slower == .perSecond(500))
        guard case .reset(let seed) = trainerCommands(app.handle(.text("r"))).first else {
            Issue.record("r sent no reset"); return
        }
        #expect(seed != TrainingConfig().seed)
        guard case .togglePause = trainerCommands(app.handle(.key(.space))).first else {
            Issue.record("space sent no pause"); return
        }
    }

    @Test("the largest hidden layer stays the largest")
    func hiddenLimit() {
        var config = TrainingConfig()
        config.hidden = [200]
        let app = PadApp(width: 1280, height: 720)
        app.update(freshStatus(config))
        #expect(trainerCommands(app.handle(.text("]"))).isEmpty)
    }

    @Test("Tab switches to the perceptron and back; Esc quits when nothing is lost; H shows help")
    func globalKeys() {
        let app = PadApp(width: 1280, height: 720)
        let tab = app.handle(.key(.tab))
        #expect(tab.contains { if case .modeChanged(.perceptron) = $0 { true } else { false } })
        #expect(app.frame().texts.contains { $0.string == PlaneStrings.english.perceptron })
        _ = app.handle(.key(.tab))
        #expect(app.mode == .digits)
        #expect(app.handle(.key(.escape)).contains { if case .quit = $0 { true } else { false } })
        #expect(app.handle(.quit).contains { if case .quit = $0 { true } else { false } })
        _ = app.handle(.text("h"))
        #expect(app.helpVisible)
        #expect(app.frame().texts.contains { $0.string == Strings.english.helpTitle })
        _ = app.handle(.key(.f1))
        #expect(!app.helpVisible)
    }

    @Test("the legend names every key, in both languages")
    func legendAlwaysShown() {
        for lang in Language.allCases {
            let app = PadApp(width: 1280, height: 720, language: lang)
            let texts = Set(app.frame().texts.map(\.string))
            for hint in lang.strings.legend { #expect(texts.contains(hint.keys) && texts.contains(hint.action)) }
        }
    }
}
