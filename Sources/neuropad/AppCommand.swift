import ArgumentParser
import NeuroCore
import PadUI
import SDLPlatform

/// Opens the NeuroPad window (the default when no subcommand is given).
struct AppCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "app", abstract: "Open the NeuroPad window (default).")

    @Option(help: "Training data: an MNIST folder, IDX or CSV file (default: data/mnist if present, else the embedded digits).")
    var data: String?

    @Option(help: "Training pace in samples per second, or 'max'.")
    var pace: String = "1000"

    @Option(help: "Initial window size, e.g. 1280x720 (default: as last time, else 1280x720).")
    var window: String?

    @Flag(help: "Print one line per notable event (ready, layout, prediction, epoch, mode).")
    var verbose = false

    @Flag(help: "On exit, print frame times and the training speed reached.")
    var stats = false

    @OptionGroup var seedOption: SeedOption

    @Option(help: "Language of the window: en or de (default: as last time, else from LANG).")
    var lang: String?

    @Option(help: "A saved network: ready to classify at start, the file Ctrl+S and Ctrl+O use.")
    var model: String?

    @Flag(help: "Start with the lesson's values (learning rate 0.1, 50 hidden neurons, one hidden layer, pace 1000/s), not the saved ones.")
    var defaults = false

    @Option(help: "Renderer: 'auto' (the GPU's if a GPU draws, else software, redrawing only what changed), 'gpu' (the GPU's even when it draws on the CPU) or 'software'.")
    var renderer: String = "auto"

    @Option(help: ArgumentHelp("Quit by itself after this many seconds (scripts, measurements).", visibility: .hidden))
    var quitAfter: Double?

    @Option(help: ArgumentHelp("Quit by itself after this many frames (leak checks).", visibility: .hidden))
    var frames: Int?

    func validate() throws {
        guard Pace(pace) != nil else { throw ValidationError("--pace wants a number of samples per second or 'max', not '\(pace)'.") }
        if let window, windowSize == nil { throw ValidationError("--window wants WIDTHxHEIGHT, e.g. 1280x720, not '\(window)'.") }
        if let lang, Language(code: lang) == nil { throw ValidationError("--lang wants 'en' or 'de', not '\(lang)'.") }
        guard RendererChoice(rawValue: renderer) != nil else {
            throw ValidationError("--renderer wants 'auto', 'gpu' or 'software', not '\(renderer)'.")
        }
    }

    /// "1280x720" -> (1280, 720); at least 320x200.
    var windowSize: (width: Int, height: Int)? {
        guard let window else { return nil }
        let parts = window.lowercased().split(separator: "x")
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), w >= 320, h >= 200,
              w <= 16384, h <= 16384 else { return nil }
        return (w, h)
    }

    func run() throws {
        var config = TrainingConfig()
        config.seed = seedOption.seed
        config.pace = Pace(pace) ?? .watchable
        let start = AppStartup(lang: lang, window: windowSize, config: config, lessonValues: defaults)
        if let why = DisplayCheck().missing { throw CleanExit.failure(why) }
        let app = try AppRunner(
            options: AppRunner.Options(width: start.width, height: start.height, language: start.language,
                                       renderer: RendererChoice(rawValue: renderer) ?? .auto, verbose: verbose, stats: stats,
                                       quitAfter: quitAfter, dataPath: data, quitAfterFrames: frames, modelPath: model),
            config: start.config)
        try app.run()
    }
}
