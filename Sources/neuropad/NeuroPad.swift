import ArgumentParser
import Foundation

@main
struct NeuroPad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neuropad",
        abstract: "Neural networks live: draw a digit, watch a network learn to read it.",
        discussion: windowOptions,
        version: neuropadVersion,
        subcommands: [AppCommand.self, TrainCommand.self, EvalCommand.self, BenchCommand.self],
        defaultSubcommand: AppCommand.self
    )

    /// The window's options, as `neuropad app --help` lists them, so that
    /// `neuropad --help` shows them too (the window is the default command).
    static var windowOptions: String {
        let help = AppCommand.helpMessage()  // the width the top-level help wraps to
        let options = help.components(separatedBy: "OPTIONS:").dropFirst().joined()
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("--help") && !$0.contains("Show help information") }
        return "Without a subcommand, neuropad opens the window (neuropad app) with these options:\n"
            + options.joined(separator: "\n").trimmingCharacters(in: .newlines)
    }
}
