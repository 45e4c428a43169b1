import Foundation

/// The `--verbose` event lines scripts and tests wait for, each written
/// straight to stdout (no buffering) the moment it happens.
struct AppLog {
    let enabled: Bool

    func line(_ text: String) {
        guard enabled else { return }
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Always printed (statistics, errors), unbuffered as well.
    static func always(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("neuropad: " + text + "\n").utf8))
    }
}

/// "0.8712" with a dot whatever the locale, for machine-read lines.
func plain(_ x: Double, _ places: Int) -> String {
    String(format: "%.\(places)f", locale: Locale(identifier: "en_US_POSIX"), x)
}
