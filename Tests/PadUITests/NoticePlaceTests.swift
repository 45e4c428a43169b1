import NeuroCore
import Testing
@testable import PadUI

/// Notices ("Screenshot saved: …") have a strip of their own above the
/// legend: even the longest one, a deep file path, covers neither the
/// title nor the header's facts nor any other text, and keeps the file name.
@Suite("Notice place")
struct NoticePlaceTests {
    static let sizes = [(1024, 768), (1280, 720), (1920, 1080)]
    static let fileName = "neuropad-2026-11-29-15-42-07.png"
    static let path = "/home/lehrerin.mustermann/Dokumente/Schule/Informatik/Klasse 10b/"
        + "Deep Learning Ziffernerkennung/Bildschirmfotos der Stunde vom Dienstag/" + fileName

    @Test("the longest notice covers no title, header or other text, in both screens and languages")
    func longPathNotice() {
        for (width, height) in NoticePlaceTests.sizes {
            for language in Language.allCases {
                for mode in [Mode.digits, .perceptron] {
                    let app = preparedApp(mode, width: width, height: height, language: language)
                    let message = InsightStrings.fill(language.insight.screenshotSaved, NoticePlaceTests.path)
                    app.notices.post(message)
                    let at = "\(mode) \(language) \(width)x\(height)"
                    let c = app.context, layout = DigitLayout(width: width, height: height), strip = app.noticeStrip
                    let room = app.noticeRoom(app.controls())
                    guard let band = app.notices.band(strip: strip, c, room: room),
                          let shown = app.notices.shownText(strip: strip, c, room: room) else {
                        Issue.record("no notice band: \(at)")
                        continue
                    }
                    #expect(shown.hasSuffix(NoticePlaceTests.fileName), "\(at)")
                    #expect(shown.count < message.count, "\(at): the path is shortened")
                    #expect(FrameBoxes.intersection(band, layout.header).isEmpty, "\(at)")
                    #expect(FrameBoxes.intersection(band, layout.legend).isEmpty, "\(at)")
                    #expect(band.x >= 0 && band.maxX <= width && band.maxY <= height, "\(at)")
                    let texts = app.frame().commands.compactMap { command -> TextItem? in
                        if case .text(let t) = command { t } else { nil }
                    }
                    // The title and the header's facts are drawn, and none of
                    // them (nor any other text) lies under the notice.
                    let title = app.current.title(app.context)
                    #expect(texts.contains { $0.string.hasSuffix(title) }, "\(at)")
                    #expect(texts.contains { $0.string == shown }, "\(at)")
                    let own = app.controls().filter { ["notice-close", "yes", "no"].contains($0.name) }
                    for t in texts where t.string != shown && !own.contains(where: { $0.rect.contains(x: t.x, y: t.y) }) {
                        let box = FrameBoxes.box(t, app.measure)
                        #expect(FrameBoxes.intersection(box, band).isEmpty, "\(at): \(t.string) under the notice")
                    }
                    // The notice's own buttons sit inside its band.
                    #expect(!own.isEmpty, "\(at): the notice can be closed")
                    for control in own {
                        #expect(FrameBoxes.intersection(control.rect, band) == control.rect, "\(at): \(control.name)")
                    }
                }
            }
        }
    }
}
