import ArgumentParser

@main
struct NeuroPad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neuropad",
        abstract: "Neural networks live: draw a digit, watch a network learn to read it.",
        version: neuropadVersion,
        subcommands: [AppCommand.self, TrainCommand.self, EvalCommand.self, BenchCommand.self],
        defaultSubcommand: AppCommand.self
    )
}
