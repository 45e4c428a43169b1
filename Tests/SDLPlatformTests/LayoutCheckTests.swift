import Foundation
import NeuroCore
import PadUI
import PadUITestSupport
import SDLPlatform
import Testing

/// The layout check with the real font: every screen, view, overlay and
/// question, in both languages, at six window sizes from 800x600 to 4K.
/// `LAYOUT_DUMP=1` prints every fault, not only the first dozen per screen.
@Suite("Layout check")
struct LayoutCheckTests {
    @Test("no text overlaps another, leaves its panel, is cut off or is too small",
          arguments: LayoutScenes.sizes.map { "\($0.0)x\($0.1)" })
    func layout(size: String) throws {
        let parts = size.split(separator: "x").compactMap { Int($0) }
        let (width, height) = (parts[0], parts[1])
        let fonts = try FontLibrary(folder: fontFolder)
        let audit = LayoutAudit(width: width, height: height, measure: fonts)
        var all: [String] = []
        for language in Language.allCases {
            for scene in LayoutScenes.all(width: width, height: height, language: language, measure: fonts) {
                let faults = audit.faults(scene.app.frame(), regions: scene.regions)
                if ProcessInfo.processInfo.environment["LAYOUT_DUMP"] != nil {
                    for f in faults { print("FAULT \(size) \(language) \(scene.name): \(f)") }
                }
                if !faults.isEmpty {
                    all.append("\(size) \(language) \(scene.name): \(faults.count) faults, first:\n  "
                        + faults.prefix(12).joined(separator: "\n  "))
                }
            }
        }
        #expect(all.isEmpty, Comment(rawValue: all.joined(separator: "\n")))
    }

    @Test("a notice keeps its file name whole, and its words on the digit screen; a question keeps the question", arguments: [Language.de, .en])
    func noticeWords(language: Language) throws {
        let fonts = try FontLibrary(folder: fontFolder)
        let name = "neuropad-2026-11-29-19-05-12.png"
        let message = InsightStrings.fill(language.insight.screenshotSaved, "/home/lehrerin/Dokumente/Schule/Klasse 10b/" + name)
        let words = String(message[..<(message.firstIndex(of: "/") ?? message.endIndex)])
        for (width, height) in LayoutScenes.sizes where width >= 1024 {
            for mode in [Mode.digits, .perceptron] {
                let app = PadApp(width: width, height: height, language: language, measure: fonts)
                if mode == .perceptron { _ = app.handle(.key(.tab)) }
                // An own digit: the legend gains its undo key.
                app.digits.insight.ownPerLabel = [0, 0, 0, 1, 0, 0, 0, 0, 0, 0]
                app.notices.post(message)
                let texts = app.frame().texts.map(\.string)
                // The file name always; the words too where the strip spans
                // the training panel's width or more (the plane's strip under
                // the plane is narrower: there the words give way first).
                #expect(texts.contains { $0.hasSuffix(name) }, "\(width)x\(height) \(mode): \(texts)")
                if mode == .digits {
                    #expect(texts.contains { $0.hasPrefix(words) && $0.hasSuffix(name) }, "\(width)x\(height): \(texts)")
                }
                if mode == .digits {
                    _ = app.handle(.text("f"))
                    let question = language.insight.ownForgetAsk(1, NumberFormat(language))
                    let asked = String(question[...(question.firstIndex(of: "?") ?? question.startIndex)])
                    #expect(app.frame().texts.contains { $0.string.hasPrefix(asked) }, "\(width)x\(height): \(asked)")
                }
            }
        }
    }
}
