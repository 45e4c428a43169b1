import Foundation
import NeuroCore
import Testing
@testable import PadUI
import PadUITestSupport

@Suite("Insight keys and experiments")
struct InsightKeyTests {
    @Test("T: training digits 100 -> 1,000 -> all, each a rebuild; D: a second hidden layer of half the size and back")
    func experiments() {
        let app = InsightViewTests.app()
        var limits: [Int?] = []
        for _ in 0 ..< 3 {
            let actions = app.handle(.text("t"))
            #expect(actions.contains { if case .trainer(.rebuild) = $0 { true } else { false } })
            limits.append(app.digits.config?.trainLimit)
        }
        #expect(limits == [100, 1000, nil])
        _ = app.handle(.text("d"))
        #expect(app.digits.config?.hidden == [50, 25])
        _ = app.handle(.text("]"))
        #expect(app.digits.config?.hidden == [100, 25], "[ ] change the first layer and keep the second")
        _ = app.handle(.text("D"))
        #expect(app.digits.config?.hidden == [100])
        #expect(app.notices.text != nil, "each change says so on screen")
    }

    @Test("one source of settings: after T and + the header, the controls and the panel show what was asked for, before the trainer has it")
    func oneSettingsSource() {
        var status = freshStatus()
        status.data = .ready(name: "MNIST", train: 4_000, test: 1_000)
        let app = PadApp(width: 1280, height: 720)
        app.update(status)
        func header() -> String? { app.digits.headerInfo(app.context) }
        #expect(header()?.contains("Training data 4,000  ·") == true)
        _ = app.handle(.text("t"))
        #expect(header()?.contains("Training data 100  ·") == true, "T: the digits training uses, not the ones loaded")
        _ = app.handle(.text("t"))
        #expect(header()?.contains("Training data 1,000  ·") == true)
        _ = app.handle(.text("+"))
        // The trainer has not seen either command yet: its snapshot still says 0.1 and all digits.
        #expect(app.digits.status.snapshot?.config.learningRate == 0.1)
        #expect(app.digits.trainingConfig.learningRate == 0.3 && app.digits.trainingConfig.trainLimit == 1_000)
        let texts = app.frame().texts.map(\.string)
        #expect(texts.contains("0.3"), "the controls show the new rate")
        app.digits.insight.show(.weights)
        let panel = app.frame().texts.map(\.string)
        #expect(panel.contains { $0.contains("learning rate 0.3") && $0.contains("1,000") }, "the panel's settings line too")
        #expect(header()?.contains("Training data 1,000  ·") == true)
    }

    @Test("0-9 with a drawing asks to add it as an own digit; without one it says what to do")
    func teach() {
        let app = InsightViewTests.app()
        let actions = app.handle(.text("3"))
        guard case .insight(.addOwnDigit(let pixels, let label)) = actions.first else { Issue.record("no request"); return }
        #expect(label == 3 && pixels == app.digits.normalized.pixels)
        app.digits.clear()
        #expect(app.handle(.text("4")).isEmpty)
        #expect(app.notices.text == app.language.insight.ownNothingDrawn)
    }

    @Test("F asks before forgetting own digits: Y forgets, any other key keeps them; O and E need digits")
    func forget() {
        let app = InsightViewTests.app()
        #expect(app.handle(.text("f")).isEmpty)
        #expect(app.notices.text == app.language.insight.ownEmpty)
        app.digits.insight.ownPerLabel[2] = 3
        _ = app.handle(.text("f"))
        #expect(app.digits.insight.askingToForget)
        #expect(app.handle(.text("x")).isEmpty && !app.digits.insight.askingToForget)
        _ = app.handle(.text("F"))
        #expect(requests(app.handle(.text("y"))) == [.forgetOwnDigits])
        #expect(requests(app.handle(.text("e"))) == [.exportOwnDigits])
        _ = app.handle(.text("o"))
        #expect(app.notices.text?.contains("3") == true)
    }

    @Test("Ctrl+S, Ctrl+O, F12 and a dropped file become requests in both modes")
    func files() {
        let app = InsightViewTests.app()
        #expect(requests(app.handle(.key(.ctrl("s")))) == [.saveModel])
        #expect(requests(app.handle(.key(.ctrl("o")))) == [.loadModel])
        #expect(requests(app.handle(.key(.ctrl("n")))) == [.saveForNotebook])
        #expect(requests(app.handle(.key(.f12))) == [.screenshot])
        #expect(requests(app.handle(.drop(path: "/tmp/x.png"))) == [.openPhoto(path: "/tmp/x.png")])
        #expect(requests(app.handle(.drop(path: "/tmp/pc03.CSV"))) == [.addOwnDigitsFile(path: "/tmp/pc03.CSV")])
        #expect(requests(app.handle(.drop(path: "/tmp/pc04.csv.gz"))) == [.addOwnDigitsFile(path: "/tmp/pc04.csv.gz")])
        _ = app.switchMode()
        #expect(requests(app.handle(.key(.f12))) == [.screenshot])
    }

    @Test("L switches the language of every text, and back")
    func language() {
        let app = InsightViewTests.app()
        _ = app.handle(.key(.f6))
        #expect(app.frame().texts.contains { $0.string.contains("Digit recognition") })
        #expect(requests(app.handle(.text("L"))) == [.languageChanged(.de)])
        let german = app.frame().texts.map(\.string)
        #expect(german.contains { $0.contains("Ziffernerkennung") } && german.contains("Genauigkeit: Training und Test"))
        #expect(!german.contains { $0.contains("Digit recognition") })
        _ = app.handle(.text("l"))
        #expect(app.language == .en)
    }

    @Test("both string tables name every view and fill their placeholders")
    func tables() {
        for s in [InsightStrings.english, InsightStrings.german] {
            #expect(Set(s.viewNames.keys) == Set(InsightView.allCases))
            #expect(!InsightStrings.fill(s.runNow).isEmpty)
            #expect(InsightStrings.fill(s.modelLoaded, "a", "b").contains("a") && !InsightStrings.fill(s.modelLoaded, "a", "b").contains("%"))
        }
    }
}

@Suite("Notices")
struct NoticeTests {
    @Test("a message fades after a few seconds, a question stays until answered; both sit in their own strip")
    func fading() {
        let app = PadApp(width: 1280, height: 720)
        app.notices.post("hello")
        _ = app.tick(now: 10)
        let strip = app.digits.layout.notice
        #expect(app.frame().texts.contains { $0.string == "hello" && strip.contains(x: $0.x, y: $0.y) })
        _ = app.tick(now: 10 + NoticeBoard.duration + 0.1)
        #expect(app.notices.text == nil)
        app.notices.post("sure?", sticky: true)
        _ = app.tick(now: 20)
        _ = app.tick(now: 100)
        #expect(app.notices.text == "sure?")
    }
}
