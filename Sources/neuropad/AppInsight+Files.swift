import Foundation
import NeuroCore
import PadUI
import SDLPlatform

/// Ctrl+S, Ctrl+O, Ctrl+N, F12 and dropped photos.
extension InsightHost {
    /// Ctrl+S writes `modelPath` (an `.npz` path gets a numpy archive);
    /// Ctrl+N (`forNotebook`) always writes `neuropad-netz.npz` into the
    /// current folder, for `np.load` in the lesson's notebook.
    func saveModel(ui: PadApp, trainer: Trainer?, forNotebook: Bool = false) {
        let s = ui.language.insight
        guard let snap = trainer?.snapshot() ?? preloaded else { return }
        let path = forNotebook ? InsightHost.writableFolder() + "/" + InsightHost.notebookFile : modelPath
        // Never replace a file that is not a NeuroPad network (notes.npy, a photo ...).
        if InsightHost.isForeignFile(path) {
            modelError(ui, InsightStrings.fill(ui.language.session.notAModel, path))
            return
        }
        do {
            try write(snap, to: path)
            ui.markNetworkSaved(generation: snap.generation, samples: snap.samplesSeen)
            ui.notices.post(InsightStrings.fill(forNotebook ? s.notebookSaved : s.modelSaved, path))
            log.line("model saved \(path)")
        } catch {
            modelError(ui, InsightStrings.fill(ui.language.session.saveFailed, path, ui.language.text(error.problem)))
        }
    }

    func write(_ snap: TrainingSnapshot, to path: String) throws(ModelError) {
        let header = ModelFile.Header(sizes: snap.network.sizes, activation: snap.network.activation,
                                      learningRate: snap.config.learningRate, epochs: snap.epoch,
                                      samplesSeen: snap.samplesSeen, seed: snap.config.seed, data: baseTrain?.name ?? "")
        try ModelFile.save(ModelFile.Model(network: snap.network, header: header), to: path)
    }

    /// At quit: a network trained since the last save is kept as the last
    /// session (Ctrl+O or --model brings it back). Returns where, or nil.
    @discardableResult
    func keepLastSession(ui: PadApp, trainer: Trainer?) -> String? {
        guard ui.networkUnsaved, let snap = trainer?.snapshot() else { return nil }
        do {
            try write(snap, to: lastSessionPath)
            log.line("model kept \(lastSessionPath)")
            return lastSessionPath
        } catch {
            AppLog.error("the trained network was not kept: \(error)")
            return nil
        }
    }

    /// A file is there and does not start like a NeuroPad network.
    static func isForeignFile(_ path: String) -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return false }
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: ModelFile.magic.count)) ?? Data()
        // A numpy .npz archive is a network file too when it holds one.
        return [UInt8](head) != ModelFile.magic && (try? ModelFile.load(from: path)) == nil
    }

    /// An error with a network file: on screen (and `error ...` with --verbose).
    func modelError(_ ui: PadApp, _ message: String) {
        ui.notices.postError(message)
        AppLog.error(message)
    }

    /// What Ctrl+O reads: --model; else the newer of the saved network and
    /// the last session's.
    var loadPath: String {
        guard !modelGiven else { return modelPath }
        let fm = FileManager.default
        func modified(_ p: String) -> Date? { (try? fm.attributesOfItem(atPath: p))?[.modificationDate] as? Date }
        guard let kept = modified(lastSessionPath) else { return modelPath }
        guard let saved = modified(modelPath) else { return lastSessionPath }
        return kept > saved ? lastSessionPath : modelPath
    }

    /// A network with other layer sizes rebuilds the trainer's network.
    func loadModel(ui: PadApp, trainer: Trainer?) {
        let s = ui.language.insight, path = loadPath
        guard FileManager.default.fileExists(atPath: path) else {
            modelError(ui, InsightStrings.fill(ui.language.session.modelMissing, path))
            return
        }
        do {
            let model = try ModelFile.load(from: path)
            guard model.network.inputSize == Dataset.pixelCount, model.network.outputSize == Dataset.classCount else {
                modelError(ui, InsightStrings.fill(ui.language.session.modelUnreadable, path, InsightHost.sizes(model.network)))
                return
            }
            let base = ui.digits.trainingConfig
            let cfg = InsightHost.config(base, for: model)
            ui.digits.adopt(cfg)
            ui.digits.networkLoaded(model.network)
            if let trainer {
                trainer.send(.load(model.network, cfg))
            } else {
                preloaded = TrainingSnapshot(loaded: model.network, config: cfg)
                startError = nil
            }
            ui.notices.post(InsightStrings.fill(s.modelLoaded, path, InsightHost.sizes(model.network)))
            log.line("model loaded \(path) \(InsightHost.sizes(model.network))")
        } catch {
            modelError(ui, InsightStrings.fill(ui.language.session.modelUnreadable, path, ui.language.text(error.problem)))
        }
    }

    /// Shows the current frame and saves its pixels as a PNG.
    func screenshot(ui: PadApp, screen: Screen) {
        let s = ui.language.insight
        let path = InsightHost.writableFolder() + "/neuropad-\(InsightHost.screenshotStamp(Date())).png"
        do throws(SDLError) {
            let shot = try screen.capture(ui.frame())
            try shot.savePNG(path)
            ui.notices.post(InsightStrings.fill(s.screenshotSaved, path))
            log.line("screenshot \(path)")
        } catch {
            ui.notices.postError(InsightStrings.fill(s.screenshotFailed, path, error.reason))
        }
    }

    func openPhoto(_ path: String, ui: PadApp) {
        let s = ui.language.insight
        let name = (path as NSString).lastPathComponent
        guard let picture = try? ImageFile.rgba(path) else {
            ui.notices.postError(InsightStrings.fill(s.photoUnreadable, name))
            log.line("photo unreadable \(path)")
            return
        }
        let grey = PhotoDigit.grey(rgba: picture.bytes, width: picture.width, height: picture.height)
        let digit = PhotoDigit.convert(grey: grey, width: picture.width, height: picture.height)
        guard !digit.isEmpty else {
            ui.notices.post(InsightStrings.fill(s.photoNoDigit, name))
            log.line("photo without digit \(path)")
            return
        }
        ui.digits.showPhoto(digit)
        let answer = ui.digits.prediction.map { "\($0.digit)" } ?? "?"
        ui.notices.post(InsightStrings.fill(s.photoShown, name, answer))
        log.line("photo \(path) prediction \(answer)")
    }

    /// Language, learning rate, hidden layers and window size for next time.
    /// A learning rate at which training diverged is not kept: the next
    /// lesson starts with the lesson's rate instead of diverging at once.
    func saveSettings(language: Language, config: TrainingConfig?, diverged: Bool, width: Int, height: Int) {
        var settings = SettingsFile.load(path: paths.settings).settings
        settings.language = language.rawValue
        if let config {
            settings.learningRate = diverged ? nil : config.learningRate
            settings.hidden = config.hidden
        }
        settings.windowWidth = width
        settings.windowHeight = height
        do { try SettingsFile.save(settings, to: paths.settings) } catch { AppLog.error("settings not saved: \(error)") }
    }
}

extension InsightHost {
    /// The local date and time a teacher can read in a file name:
    /// "2026-11-29-19-05-12".
    static func screenshotStamp(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyy-MM-dd-HH-mm-ss"
        return f.string(from: date)
    }
}
