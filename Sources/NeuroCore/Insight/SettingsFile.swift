import Foundation

/// What is worth keeping between lessons: the language, the last learning
/// rate and hidden layers, and the window size. Every field is optional, so
/// an older or hand-edited file still gives what it has.
public struct AppSettings: Codable, Sendable, Equatable {
    public var language: String?
    public var learningRate: Float?
    public var hidden: [Int]?
    public var windowWidth: Int?
    public var windowHeight: Int?

    public init(language: String? = nil, learningRate: Float? = nil, hidden: [Int]? = nil,
                windowWidth: Int? = nil, windowHeight: Int? = nil) {
        self.language = language
        self.learningRate = learningRate
        self.hidden = hidden
        self.windowWidth = windowWidth
        self.windowHeight = windowHeight
    }

    /// Drops values no window or network could use (a hand-edited file).
    public var sanitized: AppSettings {
        var s = self
        if let lr = learningRate, !(lr.isFinite && lr > 0 && lr <= 100) { s.learningRate = nil }
        if let h = hidden, h.isEmpty || h.count > 3 || h.contains(where: { $0 < 1 || $0 > 2000 }) { s.hidden = nil }
        if let w = windowWidth, !(320 ... 16384).contains(w) { s.windowWidth = nil }
        if let h = windowHeight, !(200 ... 16384).contains(h) { s.windowHeight = nil }
        return s
    }
}

/// The settings file (JSON in the XDG config folder). Reading never fails:
/// a missing file gives defaults, a broken one defaults and a message.
public enum SettingsFile {
    public struct Loaded: Sendable, Equatable {
        public var settings: AppSettings
        /// Why the file was ignored, for the terminal; nil when all went well.
        public var warning: String?
    }

    public static func load(path: String) -> Loaded {
        guard let data = FileManager.default.contents(atPath: path) else {
            return Loaded(settings: AppSettings(), warning: nil)
        }
        do {
            let s = try JSONDecoder().decode(AppSettings.self, from: data)
            return Loaded(settings: s.sanitized, warning: nil)
        } catch {
            return Loaded(settings: AppSettings(),
                          warning: "\(path): not a readable settings file, ignored (defaults used)")
        }
    }

    public static func save(_ settings: AppSettings, to path: String) throws(ModelError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(settings) else {
            throw ModelError(file: path, problem: .notEncodable)
        }
        try AtomicFile.write([UInt8](data), to: path)
    }
}
