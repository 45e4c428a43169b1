@testable import NeuroCore
import PadUI

/// One state of the app for the layout check: what it shows, the app
/// showing it, and the panels its texts must stay in.
public struct LayoutScene {
    public let name: String
    public let app: PadApp
    public let regions: [Rect]
}

/// Every screen, view, overlay and question of the app, with the longest
/// values a lesson can bring: 200 neurons in two hidden layers, paused,
/// 30,000/s, a loaded model, diverged, a deep file path in a notice.
public enum LayoutScenes {
    /// A small laptop, the 4:3 projector, the app's default, the common
    /// laptop, Full HD and 4K.
    public static let sizes = [(800, 600), (1024, 768), (1280, 720), (1366, 768), (1920, 1080), (3840, 2160)]

    public static let longPath = "/home/lehrerin.mustermann/Dokumente/Schule/Informatik/Klasse 10b/"
        + "Deep Learning Ziffernerkennung/Netze der Stunde vom Dienstag/neuropad-netz-2026-11-29.npz"

    public static func all(width: Int, height: Int, language: Language, measure: any TextMeasure) -> [LayoutScene] {
        var scenes: [LayoutScene] = []
        func digits(_ name: String, _ status: TrainingStatus = worstStatus(), _ setUp: (PadApp) -> Void = { _ in }) {
            let app = digitApp(width, height, language, measure, status)
            setUp(app)
            let layout = DigitLayout(width: width, height: height)
            scenes.append(LayoutScene(name: "digits, \(name)", app: app, regions: layout.panels + [layout.insightArea]))
        }
        func plane(_ name: String, keys: [InputEvent], _ setUp: (PadApp) -> Void = { _ in }) {
            let app = digitApp(width, height, language, measure, worstStatus())
            _ = app.handle(.key(.tab))
            for k in keys { _ = app.handle(k) }
            setUp(app)
            let chrome = DigitLayout(width: width, height: height), layout = PlaneLayout(width: width, height: height)
            // The axes, their ticks and names: everything left of the panel
            // between the header and the notice strip.
            let axes = Rect(x: 0, y: chrome.header.maxY, width: layout.panel.x, height: layout.notice.y - chrome.header.maxY)
            scenes.append(LayoutScene(name: "plane, \(name)", app: app, regions: [chrome.header, chrome.legend, layout.panel, layout.notice, axes]))
        }
        digits("training, paused, loaded model")
        digits("training, diverged", worstStatus(diverged: true))
        digits("before the data are read", TrainingStatus(data: .loading, snapshot: nil))
        digits("data file that cannot be read", TrainingStatus(
            data: .failed(DataError(file: longPath, problem: .notANumber(line: 2, value: "x"))), snapshot: nil))
        for view in InsightView.allCases where view != .off {
            digits("view \(view.name)") { $0.digits.insight.show(view) }
        }
        digits("view gallery, mistakes only") { app in
            app.digits.insight.show(.gallery)
            _ = app.frame()
            _ = app.handle(.text("m"))
        }
        digits("help") { _ = $0.handle(.key(.f1)) }
        digits("quit question") { app in
            app.digits.insight.ownPerLabel = [3, 1, 0, 0, 0, 0, 0, 0, 0, 2]
            _ = app.handle(.text("f"))
            _ = app.handle(.key(.escape))
            _ = app.handle(.key(.escape))
        }
        digits("forget own digits?") { app in
            app.digits.insight.ownPerLabel = [3, 1, 0, 0, 0, 0, 0, 0, 0, 2]
            _ = app.handle(.text("f"))
        }
        digits("notice with a long path") { app in
            app.notices.post(InsightStrings.fill(language.insight.screenshotSaved, longPath))
        }
        plane("start, no points yet", keys: [])
        plane("start, network, no points yet", keys: [.text("k"), .text("k")])
        let step: [InputEvent] = [.text("s")]
        let epochs: [InputEvent] = Array(repeating: .text("n"), count: 12)
        plane("perceptron, AND, one step", keys: [.text("1")] + step)
        plane("perceptron, XOR, epochs", keys: [.text("5")] + epochs)
        plane("neuron, XOR, one step", keys: [.text("k"), .text("5")] + step)
        plane("neuron, diverged", keys: [.text("k"), .text("8")] + Array(repeating: .text("+"), count: 12) + epochs)
        plane("network, XOR, backprop diagram", keys: [.text("k"), .text("k"), .text("5")] + Array(repeating: .text("]"), count: 12) + step)
        plane("network, circle, epochs", keys: [.text("k"), .text("k"), .text("9")] + epochs)
        plane("help", keys: [.key(.f1)])
        plane("quit question", keys: [.key(.escape)])
        plane("notice with a long path", keys: []) { app in
            app.notices.post(InsightStrings.fill(language.insight.screenshotSaved, longPath))
        }
        return scenes
    }

    /// Training with every long value at once: 200 and 100 neurons in two
    /// hidden layers, η = 0.003, 30,000/s, paused, a loaded model, epoch 123.
    public static func worstStatus(diverged: Bool = false) -> TrainingStatus {
        var status = trainedStatus(hidden: [200, 100], epochs: 123)
        guard var snap = status.snapshot else { return status }
        snap.config.learningRate = diverged ? 50 : 0.003
        snap.config.pace = .perSecond(30000)
        snap.isPaused = !diverged
        snap.diverged = diverged
        snap.epoch = 123
        snap.samplesSeen = 12_345_678
        snap.epochSize = 60000
        snap.samplesPerSecond = 187_654
        snap.loss = (0 ..< 400).map { LossPoint(samples: $0 * 25, loss: 0.9 / Float($0 + 1) + 0.05) }
        status.snapshot = snap
        status.data = .ready(name: "digits-train-images-idx3-ubyte.gz", train: 60000, test: 10000)
        return status
    }

    static func digitApp(_ width: Int, _ height: Int, _ language: Language, _ measure: any TextMeasure,
                         _ status: TrainingStatus) -> PadApp {
        let app = PadApp(width: width, height: height, language: language, measure: measure)
        app.digits.insight.setTestData(galleryData())
        app.update(status)
        if let snap = status.snapshot { app.digits.networkLoaded(snap.network) }
        app.update(status)
        let g = app.digits.layout.grid, cell = app.digits.layout.cellSize
        for e in drag([(g.x + 14 * cell, g.y + 5 * cell), (g.x + 14 * cell, g.y + 22 * cell)]) { _ = app.handle(e) }
        return app
    }
}
