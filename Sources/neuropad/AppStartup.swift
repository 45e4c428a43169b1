import Foundation
import NeuroCore
import PadUI

/// What the window starts with: the command line first, then the saved
/// settings, then the locale (LANG) and the defaults.
struct AppStartup {
    var language: Language
    var width: Int
    var height: Int
    var config: TrainingConfig

    /// `lessonValues` (--defaults): the saved learning rate and hidden
    /// layers are not used.
    init(lang: String?, window: (width: Int, height: Int)?, config base: TrainingConfig, lessonValues: Bool = false,
         settingsPath: String = XDGPaths().settings,
         environment env: [String: String] = ProcessInfo.processInfo.environment) {
        let loaded = SettingsFile.load(path: settingsPath)
        if let warning = loaded.warning { AppLog.error(warning) }
        let saved = loaded.settings
        // LC_ALL overrides LANG, as for every other program.
        let locale = [env["LC_ALL"], env["LC_MESSAGES"], env["LANG"]].compactMap { $0 }.first { !$0.isEmpty }
        language = lang.flatMap(Language.init(code:)) ?? saved.language.flatMap(Language.init(code:))
            ?? locale.flatMap(Language.init(code:)) ?? .en
        width = window?.width ?? saved.windowWidth ?? 1280
        height = window?.height ?? saved.windowHeight ?? 720
        config = base
        guard !lessonValues else { return }
        if let lr = saved.learningRate { config.learningRate = lr }
        if let hidden = saved.hidden { config.hidden = hidden }
    }
}
