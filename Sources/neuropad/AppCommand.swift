import ArgumentParser
import NeuroCore
import PadUI

/// Opens the NeuroPad window (the default when no subcommand is given).
struct AppCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "app", abstract: "Open the NeuroPad window (default).")

    @Option(help: "Training data: an MNIST folder, IDX or CSV file (default: data/mnist if present, else the embedded digits).")
    var data: String?

    @Option(help: "Training pace in samples per second, or 'max'.")
    var pace: String = "1000"

    @Option(help: "Initial window size, e.g. 1280x720.")
    var window: String = "1280x720"

    @Flag(help: "Print one line per notable event (ready, layout, prediction, epoch, mode).")
    var verbose = false

    @Flag(help: "On exit, print frame times and the training speed reached.")
    var stats = false

    @Option(help: "Seed of the random weights.")
    var seed: UInt64 = 1

    @Option(help: "Language of the window: en or de.")
    var lang: String = "en"

    @Option(help: "Renderer: 'auto' (GPU if there is one) or 'software'.")
    var renderer: String = "auto"

    @Option(help: ArgumentHelp("Quit by itself after this many seconds (scripts, measurements).", visibility: .hidden))
    var quitAfter: Double?

    @Option(help: ArgumentHelp("Quit by itself after this many frames (leak checks).", visibility: .hidden))
    var frames: Int?

    func validate() throws {
        guard Pace(pace) != nil else { throw ValidationError("--pace wants a number of samples per second or 'max', not '\(pace)'.") }
        guard windowSize != nil else { throw ValidationError("--window wants WIDTHxHEIGHT, e.g. 1280x720, not '\(window)'.") }
        guard Language(code: lang) != nil else { throw ValidationError("--lang wants 'en' or 'de', not '\(lang)'.") }
        guard ["auto", "software"].contains(renderer) else { throw ValidationError("--renderer wants 'auto' or 'software'.") }
    }

    /// "1280x720" -> (1280, 720); at least 320x200.
    var windowSize: (width: Int, height: Int)? {
        let parts = window.lowercased().split(separator: "x")
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), w >= 320, h >= 200,
              w <= 16384, h <= 16384 else { return nil }
        return (w, h)
    }

    func run() throws {
        var config = TrainingConfig()
        config.seed = seed
        config.pace = Pace(pace) ?? .watchable
        let size = windowSize ?? (1280, 720)
        let app = try AppRunner(
            options: AppRunner.Options(width: size.width, height: size.height, language: Language(code: lang) ?? .en,
                                       software: renderer == "software", verbose: verbose, stats: stats,
                                       quitAfter: quitAfter, dataPath: data, quitAfterFrames: frames),
            config: config)
        try app.run()
    }
}
