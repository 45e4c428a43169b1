import NeuroCore
import Testing
@testable import PadUI
import PadUITestSupport

/// The screen tells the truth: every run of the session in the run log,
/// the diverged box beside the axis labels, own digits taken back.
@Suite("The screen tells the truth")
struct TruthTests {
    /// Twelve runs with 100, 200 … 1,200 training digits: eleven finished,
    /// the twelfth in progress.
    static func twelveRuns(_ language: Language = .en, width: Int = 1280, height: Int = 720, runs: Int = 12) -> PadApp {
        let app = PadApp(width: width, height: height, language: language)
        app.digits.insight.setTestData(galleryData())
        var status = trainedStatus()
        for g in 1 ... runs {
            status.snapshot?.generation = g
            status.snapshot?.epochSize = 100 * g
            app.update(status)
        }
        app.digits.insight.show(.accuracy)
        return app
    }

    func texts(_ app: PadApp) -> [String] { app.frame().texts.map(\.string) }

    @Test("the run log keeps every run; P, N and its buttons turn its pages", arguments: [Language.en, .de])
    func runLogPages(language: Language) {
        let app = Self.twelveRuns(language)
        #expect(app.digits.insight.runLog.finished.count == 11)
        let n = NumberFormat(language), s = language.insight
        func page(_ first: Int, _ last: Int, counts: [Int]) {
            let shown = texts(app)
            #expect(shown.contains(InsightStrings.fill(s.runRange, "\(first)", "\(last)", "11")), "\(shown)")
            for count in counts { #expect(shown.contains(n.count(count)), "\(count) in \(shown)") }
            #expect(shown.contains { $0.hasSuffix(n.count(1200)) || $0 == n.count(1200) }, "the current run stays")
        }
        page(8, 11, counts: [800, 900, 1000, 1100])
        _ = app.handle(.text("p"))
        page(4, 7, counts: [400, 500, 600, 700])
        let older = app.controls().first { $0.name == "runs-older" }
        #expect(older != nil && app.controls().contains { $0.name == "runs-newer" })
        if let older { for e in click(older) { _ = app.handle(e) } }
        page(1, 3, counts: [100, 200, 300])
        #expect(!app.controls().contains { $0.name == "runs-older" }, "no older page: no older button")
        _ = app.handle(.text("p"))
        page(1, 3, counts: [100, 200, 300])
        _ = app.handle(.text("n"))
        _ = app.handle(.text("N"))
        page(8, 11, counts: [800, 900, 1000, 1100])
        #expect(!app.controls().contains { $0.name == "runs-newer" } && app.controls().contains { $0.name == "runs-older" })
    }

    @Test("a page with one run says so: run 1 of 5, not runs 1-1 of 5", arguments: [Language.en, .de])
    func singleRunPage(language: Language) {
        let app = Self.twelveRuns(language, runs: 6)
        _ = app.handle(.text("p"))
        let shown = texts(app)
        #expect(shown.contains(language == .en ? "run 1 of 5" : "Lauf 1 von 5"), "\(shown)")
        #expect(!shown.contains { $0.contains("1-1") })
    }

    @Test("the run log's texts stay inside the view at every size, in both languages")
    func runLogFits() {
        for (width, height) in [(800, 600), (1024, 768), (1280, 720), (1920, 1080)] {
            for language in Language.allCases {
                let app = Self.twelveRuns(language, width: width, height: height)
                let area = app.digits.layout.insightArea
                let list = app.frame()
                // The run log: its title (the key reminder may give way) and below.
                let head = String(language.insight.runLogTitle.prefix(8))
                let top = list.texts.first { $0.string.hasPrefix(head) }?.y ?? area.maxY
                #expect(top < area.maxY, "\(width)x\(height) \(language): no run log")
                for item in list.texts where area.contains(x: item.x, y: item.y) && item.y >= top {
                    let w = app.measure.width(item.string, style: item.style)
                    let left = item.hAlign == .right ? item.x - w : item.hAlign == .center ? item.x - w / 2 : item.x
                    #expect(left >= area.x && left + w <= area.maxX,
                            "\(width)x\(height) \(language): '\(item.string)' leaves the view")
                }
            }
        }
    }

    @Test("U takes back the last own digit; a legend button undo-digit does the same once there is one")
    func undoDigit() {
        let app = InsightViewTests.app()
        #expect(!app.controls().contains { $0.name == "undo-digit" }, "nothing to take back yet")
        #expect(app.handle(.text("u")).isEmpty)
        app.digits.insight.ownPerLabel[3] = 1
        func isUndo(_ a: AppAction) -> Bool { if case .insight(.undoOwnDigit) = a { true } else { false } }
        #expect(app.handle(.text("u")).contains(where: isUndo))
        let undo = app.controls().first { $0.name == "undo-digit" }
        #expect(undo?.key == "U")
        if let undo {
            let actions = click(undo).flatMap { app.handle($0) }
            #expect(actions.contains(where: isUndo))
        }
        // The help overlay names the key as well.
        #expect(app.digits.help(app.context).contains { $0.keys.contains("U") })
    }

    @Test("the diverged box lies inside the plot's frame: the axis labels stay visible", arguments: [Language.en, .de])
    func divergedBesideLabels(language: Language) throws {
        for (width, height) in [(800, 600), (1280, 720), (1920, 1080)] {
            let app = PadApp(width: width, height: height, language: language)
            app.update(try DivergenceViewTests.divergedStatus())
            let list = app.frame()
            let hint = language.strings.divergedHint
            let boxes = list.commands.compactMap { command -> Rect? in
                if case .frame(let r, let color, _) = command, color == Theme.warning { return r }
                return nil
            }
            #expect(boxes.count == 1, "\(width)x\(height)")
            guard let box = boxes.first else { continue }
            // Tick labels: the numbers and percentages around the plot.
            let ticks = list.texts.filter { $0.string.hasSuffix("%") || Float($0.string.replacingOccurrences(of: ",", with: ".")) != nil }
            for tick in ticks where box.contains(x: tick.x, y: tick.y) {
                Issue.record("\(width)x\(height) \(language): '\(tick.string)' under the diverged box")
            }
            let short = language.strings.divergedShort, tiny = language.strings.divergedTiny
            let lines = list.texts.filter { text in
                text.style.color == Theme.warning && [hint, short, tiny].contains { $0.contains(text.string) }
            }
            #expect(lines.count >= 2, "\(width)x\(height) \(language): the explanation is shown")
            // Every line of it inside the box, none cut at its bottom.
            for line in lines {
                #expect(box.contains(x: line.x, y: line.y) && line.y + DigitLayout.lineHeight(line.style.size) <= box.maxY,
                        "\(width)x\(height) \(language): '\(line.string)' leaves the box \(box)")
            }
            #expect(!list.texts.contains { $0.string.contains("RR") }, "\(list.texts.map(\.string).filter { $0.contains("RR") })")
        }
    }

    @Test("a loaded network shows its test accuracy at once, before any training, until it trains", arguments: [Language.en, .de])
    func loadedAccuracy(language: Language) {
        let app = PadApp(width: 1280, height: 720, language: language)
        let test = galleryData()
        app.digits.insight.setTestData(test)
        let net = MLP(sizes: [784, 20, 10], seed: 3)
        app.digits.networkLoaded(net)
        let snap = TrainingSnapshot(loaded: net, config: TrainingConfig())
        app.update(TrainingStatus(data: .ready(name: "test", train: 100, test: test.count), snapshot: snap))
        let expected = "\(language.strings.testAccuracy): \(NumberFormat(language).percent(net.evaluate(test).accuracy))"
        #expect(texts(app).contains(expected), "\(texts(app).filter { $0.contains("%") })")
        // Trained on: no epoch yet, so no figure (the loaded one no longer holds).
        var trained = snap
        trained.network = MLP(sizes: [784, 20, 10], seed: 4)
        trained.samplesSeen = 10
        app.update(TrainingStatus(data: .ready(name: "test", train: 100, test: test.count), snapshot: trained))
        #expect(!texts(app).contains { $0.hasPrefix(language.strings.testAccuracy + ":") })
    }
}
