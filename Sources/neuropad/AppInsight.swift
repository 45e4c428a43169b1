import Foundation
import NeuroCore
import PadUI
import SDLPlatform

/// The app's side of the insight features: everything with files. Own
/// digits (XDG data folder), the saved network (Ctrl+S / Ctrl+O, --model),
/// screenshots (F12), dropped photos, settings kept at exit.
final class InsightHost {
    let paths: XDGPaths
    /// Where Ctrl+S writes and Ctrl+O reads: --model, else the data folder.
    let modelPath: String
    /// --model was given: Ctrl+O reads only that file.
    let modelGiven: Bool
    /// Why the --model file was not loaded, for the screen; training then
    /// waits for Space instead of starting from random weights unasked.
    var startError: StartError?

    enum StartError {
        case missing
        case unreadable(ModelProblem)
    }
    private(set) var own: OwnDigits
    /// The training set as loaded, before own digits are mixed in.
    var baseTrain: Dataset?
    /// A network loaded before the trainer runs (--model, or Ctrl+O while
    /// the data load): it answers at once and the trainer starts from it.
    var preloaded: TrainingSnapshot?
    let log: AppLog

    init(modelPath: String?, config: TrainingConfig, log: AppLog, paths: XDGPaths = XDGPaths()) {
        self.paths = paths
        self.log = log
        self.modelPath = modelPath ?? paths.savedModel
        modelGiven = modelPath != nil
        do { own = try OwnDigits.load(path: paths.ownDigits) } catch {
            AppLog.error("own digits not read: \(error)")
            own = OwnDigits(path: paths.ownDigits)
        }
        if let modelPath {
            do {
                let model = try ModelFile.load(from: modelPath)
                preloaded = TrainingSnapshot(loaded: model.network, config: InsightHost.config(config, for: model))
                preloaded?.isPaused = true
                log.line("model loaded \(modelPath) \(InsightHost.sizes(model.network))")
            } catch {
                AppLog.error("\(error)")
                startError = FileManager.default.fileExists(atPath: modelPath) ? .unreadable(error.problem) : .missing
            }
        }
    }

    /// Where a trained network is kept at quit (the data folder).
    var lastSessionPath: String { paths.dataFolder + "/last-session.neuropad" }

    /// What Ctrl+N writes into the current folder.
    static let notebookFile = "neuropad-netz.npz"

    static func sizes(_ net: MLP) -> String { net.sizes.map(String.init).joined(separator: "-") }

    /// `config` with the layers, activation and learning rate of `model`.
    static func config(_ config: TrainingConfig, for model: ModelFile.Model) -> TrainingConfig {
        var cfg = config
        cfg.hidden = Array(model.network.sizes.dropFirst().dropLast())
        cfg.activation = model.network.activation
        if model.header.learningRate.isFinite, model.header.learningRate > 0 { cfg.learningRate = model.header.learningRate }
        return cfg
    }

    /// Tells the UI what is on disk, once the window exists.
    func attach(_ ui: PadApp) {
        ui.digits.insight.ownPerLabel = own.perLabel
        ui.lastSession = (lastSessionPath, !modelGiven)
        if let startError {
            let session = ui.language.session
            let what = switch startError {
            case .missing: InsightStrings.fill(session.modelMissing, modelPath)
            case .unreadable(let problem): InsightStrings.fill(session.modelUnreadable, modelPath, ui.language.text(problem))
            }
            modelError(ui, what + "; " + session.trainingWaits)
        }
        if let preloaded {
            ui.digits.adopt(preloaded.config)
            ui.digits.networkLoaded(preloaded.network)
            ui.notices.post(InsightStrings.fill(ui.language.insight.modelLoaded, modelPath, InsightHost.sizes(preloaded.network)))
        }
    }

    /// The trainer's data, settings and start network when the data are in.
    /// `config` is the window's settings (a loaded network's were adopted
    /// into them); layers changed since the load get a new network.
    func trainer(config: TrainingConfig, train: Dataset, test: Dataset) -> Trainer {
        baseTrain = train
        let start = preloaded
        preloaded = nil
        return Trainer(config: config, train: own.mixed(into: train), test: test,
                       network: start.map(\.network).flatMap { $0.sizes == config.sizes ? $0 : nil },
                       paused: start != nil || startError != nil)
    }

    func perform(_ request: InsightRequest, ui: PadApp, trainer: Trainer?, screen: Screen) {
        let s = ui.language.insight
        switch request {
        case .addOwnDigit(let pixels, let label):
            switch own.add(pixels: pixels, label: label) {
            case .added: break
            case .alreadyThere(let earlier):
                ui.notices.post(InsightStrings.fill(s.ownAlready, "\(earlier)"))
                log.line("own digit already \(earlier)")
                return
            case .refused: return
            }
            ui.digits.insight.ownPerLabel = own.perLabel
            do { try own.save() } catch { ui.notices.postError(InsightStrings.fill(s.failed, ui.language.text(error))); return }
            if let base = baseTrain { trainer?.send(.replaceData(own.mixed(into: base))) }
            ui.notices.post(InsightStrings.fill(s.ownAdded, "\(label)", s.ownDigits(own.count, NumberFormat(ui.language))))
            log.line("own digit \(label) count \(own.count)")
        case .undoOwnDigit:
            guard let label = own.removeLast() else { ui.notices.post(s.ownEmpty); return }
            ui.digits.insight.ownPerLabel = own.perLabel
            // An empty collection has no file (an empty CSV would not read back).
            if own.count == 0 { own.forget() } else {
                do { try own.save() } catch { ui.notices.postError(InsightStrings.fill(s.failed, ui.language.text(error))); return }
            }
            if let base = baseTrain { trainer?.send(.replaceData(own.mixed(into: base))) }
            ui.notices.post(InsightStrings.fill(s.ownUndone, "\(label)", s.ownDigits(own.count, NumberFormat(ui.language))))
            log.line("own digit undone \(label) count \(own.count)")
        case .exportOwnDigits:
            let target = InsightHost.writableFolder() + "/neuropad-own-digits.csv"
            do {
                try own.export(to: target)
                ui.notices.post(InsightStrings.fill(s.ownExported, target))
                log.line("own digits exported \(target)")
            } catch { ui.notices.postError(InsightStrings.fill(s.failed, ui.language.text(error))) }
        case .forgetOwnDigits:
            own.forget()
            ui.digits.insight.ownPerLabel = own.perLabel
            if let base = baseTrain { trainer?.send(.replaceData(base)) }
            ui.notices.post(s.ownForgotten)
            log.line("own digits forgotten")
        case .saveModel: saveModel(ui: ui, trainer: trainer)
        case .saveForNotebook: saveModel(ui: ui, trainer: trainer, forNotebook: true)
        case .loadModel: loadModel(ui: ui, trainer: trainer)
        case .screenshot: screenshot(ui: ui, screen: screen)
        case .openPhoto(let path): openPhoto(path, ui: ui)
        case .addOwnDigitsFile(let path): addOwnDigits(from: path, ui: ui, trainer: trainer)
        case .languageChanged(let language): log.line("language \(language.rawValue)")
        }
    }

    /// A dropped CSV file: its digits join the own digits (duplicates
    /// skipped), are saved, and train from now on.
    func addOwnDigits(from path: String, ui: PadApp, trainer: Trainer?) {
        let s = ui.language.insight
        let name = (path as NSString).lastPathComponent
        let added: Int, skipped: Int, notes: [DataNote]
        do throws(DataError) { (added, skipped, notes) = try own.add(fileAt: path) } catch {
            ui.notices.postError(InsightStrings.fill(s.failed, "\(name): \(ui.language.text(error.problem))"))
            log.line("own digits file refused \(path): \(error.problemText)")
            return
        }
        ui.digits.insight.ownPerLabel = own.perLabel
        do { try own.save() } catch { ui.notices.postError(InsightStrings.fill(s.failed, ui.language.text(error))); return }
        if let base = baseTrain, added > 0 { trainer?.send(.replaceData(own.mixed(into: base))) }
        let numbers = NumberFormat(ui.language)
        ui.notices.post(([InsightStrings.fill(s.ownFileAdded, name, s.digits(added, numbers), numbers.count(skipped),
                                              s.ownDigits(own.count, numbers))]
            + notes.map { s.text($0, numbers) })
            .joined(separator: "  ·  "))
        log.line("own digits file \(path) added \(added) skipped \(skipped) count \(own.count)")
    }

    /// The current folder when it can be written to, else ~/Pictures.
    static func writableFolder() -> String {
        let cwd = FileManager.default.currentDirectoryPath
        if FileManager.default.isWritableFile(atPath: cwd) { return cwd }
        let pictures = NSHomeDirectory() + "/Pictures"
        try? FileManager.default.createDirectory(atPath: pictures, withIntermediateDirectories: true)
        return pictures
    }
}
