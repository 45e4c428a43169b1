import Foundation
import NeuroCore
import PadUI
import SDLPlatform

/// Ctrl+S, Ctrl+O, F12 and dropped photos.
extension InsightHost {
    func saveModel(ui: PadApp, trainer: Trainer?) {
        let s = ui.language.insight
        guard let snap = trainer?.snapshot() ?? preloaded else { return }
        let header = ModelFile.Header(sizes: snap.network.sizes, activation: snap.network.activation,
                                      learningRate: snap.config.learningRate, epochs: snap.epoch,
                                      samplesSeen: snap.samplesSeen, seed: snap.config.seed, data: baseTrain?.name ?? "")
        do {
            try ModelFile.save(ModelFile.Model(network: snap.network, header: header), to: modelPath)
            ui.notices.post(InsightStrings.fill(s.modelSaved, modelPath))
            log.line("model saved \(modelPath)")
        } catch {
            ui.notices.post(InsightStrings.fill(s.failed, "\(error)"))
        }
    }

    /// A network with other layer sizes rebuilds the trainer's network.
    func loadModel(ui: PadApp, trainer: Trainer?) {
        let s = ui.language.insight
        guard FileManager.default.fileExists(atPath: modelPath) else {
            ui.notices.post(InsightStrings.fill(s.modelNone, modelPath))
            return
        }
        do {
            let model = try ModelFile.load(from: modelPath)
            guard model.network.inputSize == Dataset.pixelCount, model.network.outputSize == Dataset.classCount else {
                ui.notices.post(InsightStrings.fill(s.failed, "\(modelPath): \(InsightHost.sizes(model.network))"))
                return
            }
            let base = ui.digits.config ?? trainer?.snapshot().config ?? TrainingConfig()
            let cfg = InsightHost.config(base, for: model)
            ui.digits.adopt(cfg)
            if let trainer {
                trainer.send(.load(model.network, cfg))
            } else {
                preloaded = TrainingSnapshot(loaded: model.network, config: cfg)
            }
            ui.notices.post(InsightStrings.fill(s.modelLoaded, modelPath, InsightHost.sizes(model.network)))
            log.line("model loaded \(modelPath) \(InsightHost.sizes(model.network))")
        } catch {
            ui.notices.post(InsightStrings.fill(s.failed, "\(error)"))
        }
    }

    /// Draws the current frame once more, reads it back before presenting
    /// it (the back buffer is undefined after present) and saves a PNG.
    func screenshot(ui: PadApp, renderer: Renderer, painter: CommandRenderer) {
        let s = ui.language.insight
        let stamp = Int(Date().timeIntervalSince1970)
        let path = InsightHost.writableFolder() + "/neuropad-\(stamp).png"
        painter.draw(ui.frame())
        do {
            let shot = try renderer.readPixels()
            renderer.present()
            try shot.savePNG(path)
            ui.notices.post(InsightStrings.fill(s.screenshotSaved, path))
            log.line("screenshot \(path)")
        } catch {
            renderer.present()
            ui.notices.post(InsightStrings.fill(s.failed, "\(error)"))
        }
    }

    func openPhoto(_ path: String, ui: PadApp) {
        let s = ui.language.insight
        let name = (path as NSString).lastPathComponent
        guard let picture = try? ImageFile.rgba(path) else {
            ui.notices.post(InsightStrings.fill(s.photoUnreadable, name))
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
    func saveSettings(language: Language, config: TrainingConfig?, width: Int, height: Int) {
        var settings = SettingsFile.load(path: paths.settings).settings
        settings.language = language.rawValue
        if let config {
            settings.learningRate = config.learningRate
            settings.hidden = config.hidden
        }
        settings.windowWidth = width
        settings.windowHeight = height
        do { try SettingsFile.save(settings, to: paths.settings) } catch { AppLog.error("settings not saved: \(error)") }
    }
}
