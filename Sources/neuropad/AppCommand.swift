import ArgumentParser

/// Opens the NeuroPad window (the default when no subcommand is given).
struct AppCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "app", abstract: "Open the NeuroPad window (default).")

    func run() throws {
        print("The window is not built yet; see 'neuropad --help'.")
    }
}
