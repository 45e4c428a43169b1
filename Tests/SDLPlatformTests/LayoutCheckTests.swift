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
}
