import Foundation

/// Where NeuroPad keeps files between runs, after the XDG base directory
/// rules: $XDG_DATA_HOME (default ~/.local/share) for the class's own
/// digits and saved networks, $XDG_CONFIG_HOME (default ~/.config) for the
/// settings. Relative values are ignored, as the rules say.
public struct XDGPaths: Sendable, Equatable {
    public let dataFolder: String
    public let configFolder: String

    public init(environment env: [String: String] = ProcessInfo.processInfo.environment) {
        let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        func base(_ key: String, _ fallback: String) -> String {
            if let v = env[key], v.hasPrefix("/") { return v }
            return home + "/" + fallback
        }
        dataFolder = base("XDG_DATA_HOME", ".local/share") + "/neuropad"
        configFolder = base("XDG_CONFIG_HOME", ".config") + "/neuropad"
    }

    /// The class's own handwriting, in the notebooks' CSV format.
    public var ownDigits: String { dataFolder + "/own-digits.csv" }
    /// What Ctrl+S writes and Ctrl+O reads when no --model was given.
    public var savedModel: String { dataFolder + "/network.neuropad" }
    public var settings: String { configFolder + "/settings.json" }
}
