import Foundation
import NeuroCore
import PadUI
import SDLPlatform

/// The window's life: open, first frame, load data, train on a thread,
/// frame loop, clean shutdown. The frame loop follows Dear ImGui's SDL
/// example: drain events, idle while minimised, build, draw, present.
final class AppRunner {
    struct Options {
        var width: Int
        var height: Int
        var language: Language
        var renderer: RendererChoice
        var verbose: Bool
        var stats: Bool
        var quitAfter: Double?
        var dataPath: String?
        /// Quit after this many turns of the frame loop (headless leak checks).
        var quitAfterFrames: Int? = nil
        var modelPath: String? = nil
    }

    private let options: Options
    private let log: AppLog
    // Created in this order, released in reverse: each child keeps its parent alive anyway.
    private let window: Window
    private let renderer: Renderer
    private let painter: CommandRenderer
    private let screen: Screen
    private let ui: PadApp
    private var loader: AppDataLoad?
    private let host: InsightHost
    private var trainer: Trainer?
    private var dataStatus = DataStatus.loading
    private var stats = AppStats()
    private var loggedEpochs = (generation: -1, count: 0)
    /// The network generation whose divergence was logged.
    private var loggedDiverged = -1
    /// The loaded network whose test accuracy was last logged.
    private var loggedLoaded: MLP?
    private var running = true
    private var lastTrainingFetch = -Double.infinity
    static let trainingRefresh = 1.0 / 30

    init(options: Options, config: TrainingConfig) throws {
        self.options = options
        log = AppLog(enabled: options.verbose)
        window = try Window(title: "NeuroPad", width: options.width, height: options.height)
        if let why = DisplayCheck().unusable(driver: window.videoDriver) { throw CleanExit.failure(why) }
        renderer = try Renderer(window: window, choice: options.renderer)
        painter = try CommandRenderer(renderer: renderer, fonts: AppRunner.openFonts())
        screen = Screen(painter: painter)
        let size = renderer.outputSize
        ui = PadApp(width: size.width, height: size.height, language: options.language, measure: painter.fonts)
        // The settings' one home from here on: header, controls, panel, the
        // trainer and the saved settings all read `ui.digits.trainingConfig`.
        ui.digits.adopt(config)
        host = InsightHost(modelPath: options.modelPath, config: config, log: log)
        host.attach(ui)
    }

    private static func openFonts() throws -> FontLibrary {
        var firstError: Error?
        for folder in FontLibrary.defaultFolders(assets: EmbeddedDigits.assetsDirectory()) {
            do { return try FontLibrary(folder: folder) } catch { firstError = firstError ?? error }
        }
        throw firstError ?? SDLError.noFont
    }

    func run() throws {
        let start = Clock.seconds()
        perform(ui.start())
        // First frame before any data is read: the window appears at once.
        var first = AppStats.Phases()
        drawFrame(&first)
        log.line("ready")
        loader = AppDataLoad(path: options.dataPath)

        let frameBudget = 1.0 / 60
        var frames = 0
        while running {
            let t0 = Clock.seconds()
            var phases = AppStats.Phases()
            let pump = EventPump.poll()
            if pump.exposed { screen.forget() }
            for event in pump.events { perform(ui.handle(event)) }
            reportErrors()
            phases.input = Clock.seconds() - t0
            if let limit = options.quitAfter, t0 - start >= limit { running = false }
            frames += 1
            if let limit = options.quitAfterFrames, frames > limit { running = false }
            guard running else { break }
            if window.isMinimized {
                EventPump.wait(ms: 100)
                continue
            }
            let t1 = Clock.seconds()
            pollLoader()
            updateTraining(at: t0)
            perform(ui.tick(now: t0))
            phases.update = Clock.seconds() - t1
            let drew = drawFrame(&phases)
            let spent = Clock.seconds() - t0
            if drew { stats.addFrame(ms: spent * 1000, phases) } else { stats.skipped += 1 }
            // Keep a 60 Hz cadence when present did not wait for the display
            // (no vsync, or nothing new to show).
            if (!drew || !renderer.hasVSync) && spent < frameBudget {
                Clock.sleep(ms: Int((frameBudget - spent) * 1000))
            }
        }
        shutDown()
    }

    /// Builds the frame and shows what changed of it (`Screen`): an
    /// unchanged frame costs the renderer, the X server and the trainer's
    /// CPU core nothing. Returns true when it drew.
    @discardableResult
    private func drawFrame(_ phases: inout AppStats.Phases) -> Bool {
        let t0 = Clock.seconds()
        let list = ui.frame()
        guard let shown = screen.show(list) else { return false }
        // Building includes finding what changed.
        phases.build = Clock.seconds() - t0 - shown.draw - shown.present
        phases.draw = shown.draw
        phases.present = shown.present
        let (width, height) = renderer.outputSize
        phases.share = Double(shown.pixels) / Double(max(width * height, 1))
        return true
    }

    private func perform(_ actions: [AppAction]) {
        for action in actions {
            switch action {
            case .quit: running = false
            case .askQuit: log.line("ask quit")
            case .toggleFullscreen:
                window.toggleFullscreen()
                ui.isFullscreen = window.isFullscreen
            case .trainer(let command): trainer?.send(command)
            case .strokeEnded(let p): log.line("prediction \(p.digit) \(plain(Double(p.probability), 2))")
            case .modeChanged(let mode): log.line("mode \(mode.rawValue)")
            case .layoutChanged(let grid): log.line("layout grid \(grid)")
            case .plane(let event): log.line(event.logLine)
            case .controls(let shown): for control in shown { log.line(control.layoutLine) }
            case .setting(let name, let value): log.line("setting \(name) \(value)")
            case .insight(let request):
                host.perform(request, ui: ui, trainer: trainer, screen: screen)
            }
        }
        reportErrors()
    }

    /// `error MESSAGE` for every error the screen shows.
    private func reportErrors() {
        for message in ui.notices.takeErrors() { log.line("error \(message)") }
    }

    /// Starts the trainer once the data are in.
    private func pollLoader() {
        guard let loader else { return }
        switch loader.current {
        case .loading: return
        case .failed(let why):
            dataStatus = .failed(why)
            AppLog.error(why.description)
            ui.notices.postError(InsightStrings.fill(ui.language.session.dataUnreadable, ui.language.text(why)))
            reportErrors()
        case .done(let train, let test):
            dataStatus = .ready(name: train.name, train: train.count, test: test.count)
            let notes = (train.notes + test.notes).reduce(into: [DataNote]()) { if !$0.contains($1) { $0.append($1) } }
            if !notes.isEmpty {
                ui.notices.post(notes.map { ui.language.insight.text($0, NumberFormat(ui.language)) }.joined(separator: "  ·  "))
                for note in notes { log.line("note \(note)") }
            }
            ui.digits.insight.setTestData(test)
            let t = host.trainer(config: ui.digits.trainingConfig, train: train, test: test)
            t.start()
            trainer = t
        }
        self.loader = nil
    }

    private func updateTraining(at time: Double) {
        // The plot and counters change with every published network; 30 Hz
        // is smooth for them and lets every other frame be skipped.
        guard trainer == nil || time - lastTrainingFetch >= AppRunner.trainingRefresh else { return }
        lastTrainingFetch = time
        // Before the data are in, a network from --model already answers.
        let snap = trainer?.snapshot() ?? host.preloaded
        ui.update(TrainingStatus(data: dataStatus, snapshot: snap))
        // A loaded network's accuracy, as the panel shows it before any training.
        if let l = ui.digits.loaded, let accuracy = l.accuracy, loggedLoaded != l.network {
            loggedLoaded = l.network
            log.line("model accuracy \(plain(accuracy, 4))")
        }
        guard let snap else { return }
        stats.observe(generation: snap.generation, samplesSeen: snap.samplesSeen, at: time)
        if snap.generation != loggedEpochs.generation { loggedEpochs = (snap.generation, 0) }
        for e in snap.epochs.dropFirst(loggedEpochs.count) {
            log.line("epoch \(e.epoch) loss \(plain(e.meanLoss, 4)) test \(plain(e.testAccuracy, 4)) train \(plain(e.trainAccuracy, 4))")
        }
        loggedEpochs.count = snap.epochs.count
        if snap.diverged && loggedDiverged != snap.generation {
            loggedDiverged = snap.generation
            log.line("diverged lr \(plain(Double(snap.config.learningRate), 4))")
        }
    }

    private func shutDown() {
        // The newest state, not the one last drawn (up to 1/30 s old).
        if let trainer { ui.update(TrainingStatus(data: dataStatus, snapshot: trainer.snapshot())) }
        host.keepLastSession(ui: ui, trainer: trainer)
        // The windowed size, not the screen's when quitting in full screen.
        let size = window.isFullscreen ? window.windowedSize : (width: ui.width, height: ui.height)
        host.saveSettings(language: ui.language, config: ui.digits.trainingConfig,
                          diverged: trainer?.snapshot().diverged ?? false, width: size.width, height: size.height)
        if let trainer, !trainer.stop(timeout: 2) {
            AppLog.error("the training thread did not stop within 2 s")
        }
        if options.stats {
            for line in stats.report { AppLog.always(line) }
            AppLog.always("digit classifications \(ui.digits.classifications)")
            AppLog.always(renderer.summary)
        }
    }
}
