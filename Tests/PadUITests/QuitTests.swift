import NeuroCore
import Testing
@testable import PadUI
import PadUITestSupport

/// Esc closes the innermost thing first; quitting asks when something would be lost.
@Suite("Quit")
struct QuitTests {
    static func isQuit(_ a: [AppAction]) -> Bool { a.contains { if case .quit = $0 { true } else { false } } }
    static func asks(_ a: [AppAction]) -> Bool { a.contains { if case .askQuit = $0 { true } else { false } } }

    /// A status whose network has learned from `samples` digits.
    static func trained(_ samples: Int = 500) -> TrainingStatus {
        var status = freshStatus()
        status.snapshot?.samplesSeen = samples
        return status
    }

    @Test("Esc closes help, the forget question, a view and full screen, in that order, before quitting")
    func escapeOrder() {
        let app = PadApp(width: 1280, height: 720)
        app.update(freshStatus())
        app.digits.insight.ownPerLabel[3] = 2
        _ = app.handle(.key(.f2))
        _ = app.handle(.text("f"))
        _ = app.handle(.text("h"))
        app.isFullscreen = true
        #expect(app.handle(.key(.escape)).isEmpty && !app.helpVisible)
        #expect(app.handle(.key(.escape)).isEmpty && !app.digits.insight.askingToForget)
        #expect(app.digits.insight.ownCount == 2, "Esc keeps the own digits")
        #expect(app.handle(.key(.escape)).isEmpty && app.digits.insight.view == .off)
        #expect(app.handle(.key(.escape)).contains { if case .toggleFullscreen = $0 { true } else { false } })
        app.isFullscreen = false
        #expect(QuitTests.isQuit(app.handle(.key(.escape))), "nothing to lose: quits at once")
    }

    @Test("a trained network asks first, in both languages; N and Esc stay, Y, J and Enter quit",
          arguments: Language.allCases)
    func question(language: Language) {
        for (answer, quits) in [(InputEvent.text("n"), false), (.key(.escape), false), (.text("N"), false),
                                (.text("y"), true), (.text("J"), true), (.key(.enter), true)] {
            let app = PadApp(width: 1280, height: 720, language: language)
            app.update(QuitTests.trained())
            app.lastSession = ("/data/neuropad/last-session.neuropad", true)
            for ask in [InputEvent.key(.escape), .quit, .key(.ctrl("q"))] {
                #expect(QuitTests.asks(app.handle(ask)), "\(ask) asks")
                let texts = app.frame().texts.map(\.string)
                #expect(texts.contains(language.session.quitTitle))
                #expect(texts.contains { $0.contains("last-session.neuropad") }, "says where the network is kept")
                #expect(!QuitTests.isQuit(app.handle(.text("x"))), "another key neither quits nor answers")
                let answered = app.handle(answer)
                #expect(QuitTests.isQuit(answered) == quits, "\(answer)")
                if quits { break }
                #expect(!app.askingToQuit)
            }
        }
    }

    @Test("the question's buttons answer it; a click elsewhere draws nothing")
    func questionButtons() {
        let app = PadApp(width: 1280, height: 720, language: .de)
        app.update(QuitTests.trained())
        #expect(QuitTests.asks(app.handle(.key(.escape))))
        let click = { (name: String) -> [AppAction] in
            guard let b = app.controls().first(where: { $0.name == name }) else { Issue.record("no \(name)"); return [] }
            return app.handle(.mouseDown(x: b.rect.midX, y: b.rect.midY, button: .left))
                + app.handle(.mouseUp(x: b.rect.midX, y: b.rect.midY, button: .left))
        }
        #expect(app.controls().map(\.name) == ["quit-yes", "quit-no"], "only the answers are buttons")
        let grid = app.digits.layout.grid
        _ = app.handle(.mouseDown(x: grid.midX, y: grid.midY, button: .left))
        #expect(app.digits.ink.isEmpty && app.askingToQuit)
        #expect(!QuitTests.isQuit(click("quit-no")) && !app.askingToQuit)
        _ = app.handle(.key(.escape))
        #expect(QuitTests.isQuit(click("quit-yes")))
    }

    @Test("nothing to lose: saved network, no points, no question pending")
    func nothingToLose() {
        let app = PadApp(width: 1280, height: 720)
        let status = QuitTests.trained(800)
        app.update(status)
        #expect(app.networkUnsaved)
        app.markNetworkSaved(generation: status.snapshot!.generation, samples: 800)
        #expect(!app.networkUnsaved)
        #expect(QuitTests.isQuit(app.handle(.quit)))
        #expect(QuitTests.isQuit(app.handle(.terminate)))
    }

    @Test("points clicked into the plane ask; a preset's points do not")
    func planePoints() {
        let app = PadApp(width: 1280, height: 720)
        _ = app.handle(.key(.tab))
        _ = app.handle(.text("1"))
        #expect(!app.pointsPlaced)
        #expect(QuitTests.isQuit(app.handle(.key(.escape))))
        let plane = app.perceptron.layout.plane
        // A click (press and release) away from the line adds a point.
        let x = plane.x + plane.width / 10, y = plane.y + plane.height / 10
        _ = app.handle(.mouseDown(x: x, y: y, button: .left))
        _ = app.handle(.mouseUp(x: x, y: y, button: .left))
        #expect(app.pointsPlaced)
        #expect(QuitTests.asks(app.handle(.key(.escape))))
        #expect(app.frame().texts.map(\.string).contains(SessionStrings.english.quitPoints))
        // A signal quits without a question.
        #expect(QuitTests.isQuit(app.handle(.terminate)))
    }

    @Test("A sets the lesson's values and builds a new network")
    func lessonValues() {
        var cfg = TrainingConfig()
        cfg.learningRate = 3
        cfg.hidden = [200, 100]
        cfg.pace = .max
        cfg.trainLimit = 100
        let app = PadApp(width: 1280, height: 720, language: .de)
        app.update(freshStatus(cfg))
        let actions = app.handle(.text("a"))
        guard case .trainer(.rebuild(let c)) = actions.first else { Issue.record("A sent no rebuild"); return }
        #expect(c.learningRate == 0.1 && c.hidden == [50] && c.pace == .perSecond(1000) && c.trainLimit == nil)
        #expect(app.notices.text?.contains("Lernrate 0,1") == true)
        #expect(app.handle(.text("A")).isEmpty, "already the lesson's values: no new network")
    }

    @Test("an error is shown and handed over once for --verbose")
    func errorsReported() {
        let board = NoticeBoard()
        board.postError("Netz nicht geladen")
        #expect(board.isError && board.text == "Netz nicht geladen")
        #expect(board.takeErrors() == ["Netz nicht geladen"])
        #expect(board.takeErrors().isEmpty)
        board.post("ok")
        #expect(!board.isError)
    }

    @Test("a long path is shortened in the middle and keeps its file name")
    func middleShortened() {
        let m = EstimatedTextMeasure(), style = TextStyle(size: 20, color: Theme.text)
        let path = "/home/teacher/Documents/school/year-10/deep-learning/lesson-3/network.neuropad"
        #expect(TextFit.middle(path, width: 2000, style: style, measure: m) == path)
        let short = TextFit.middle(path, width: 300, style: style, measure: m)
        #expect(m.width(short, style: style) <= 300)
        #expect(short.hasSuffix("/network.neuropad") && short.hasPrefix("/h") && short.contains("\u{2026}"))
    }
}
