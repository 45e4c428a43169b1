import NeuroCore
import Testing
@testable import PadUI
import PadUITestSupport

/// Labels that must keep their room: the diagram's column titles lie inside
/// the view's panel and apart, and the percentages over the answer bars
/// never touch ("13%15%"), on a 4:3 projector, 720p and full HD, in both
/// languages.
@Suite("Label room")
struct LabelRoomTests {
    static let sizes = [(1024, 768), (1280, 720), (1920, 1080)]

    static func apart(_ a: Rect, _ b: Rect, gap: Int) -> Bool {
        a.maxY <= b.y || b.maxY <= a.y || a.maxX + gap <= b.x || b.maxX + gap <= a.x
    }

    @Test("diagram: the input, hidden and output titles lie inside the panel and do not touch")
    func diagramTitles() {
        for (width, height) in Self.sizes {
            for language in Language.allCases {
                for hidden in [[50], [100, 50]] {
                    let app = PadApp(width: width, height: height, language: language)
                    app.update(trainedStatus(hidden: hidden))
                    let g = app.digits.layout.grid
                    for e in drag([(g.x + g.width / 2, g.y + g.height / 4), (g.x + g.width / 2, g.maxY - g.height / 4)]) {
                        _ = app.handle(e)
                    }
                    _ = app.handle(.key(.f3))
                    let at = "\(language) \(width)x\(height) \(hidden)"
                    let t = app.digits.layout.contentTheme, s = language.insight
                    let inner = app.digits.layout.insightArea.inset(t.px(10))
                    let titles = [s.input] + hidden.indices.map { InsightStrings.fill(s.hiddenLayer, "\($0 + 1)") + " (\(hidden[$0]))" }
                        + [s.outputLayer]
                    let texts = app.frame().texts
                    let boxes = titles.compactMap { title in texts.first { $0.string == title }.map { FrameBoxes.box($0, app.measure) } }
                    #expect(boxes.count == titles.count, "\(at): every column has its title")
                    for (title, box) in zip(titles, boxes) {
                        #expect(FrameBoxes.intersection(box, inner) == box, "\(at): \(title) \(box) leaves the panel \(inner)")
                    }
                    for i in boxes.indices {
                        for j in boxes.indices where j > i {
                            #expect(Self.apart(boxes[i], boxes[j], gap: t.px(8)), "\(at): \(titles[i]) touches \(titles[j])")
                        }
                    }
                }
            }
        }
    }

    @Test("answer bars: neighbouring percentages keep a gap and stay over the chart, also 13% next to 15%")
    func barLabels() {
        let cases: [[Int]] = [
            [1, 2, 3, 4, 5, 6, 7, 8, 13, 51], [9, 9, 9, 9, 9, 9, 9, 9, 13, 15],
            [50, 50, 0, 0, 0, 0, 0, 0, 0, 0], [100, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 100],
            [10, 10, 10, 10, 10, 10, 10, 10, 10, 10], [0, 0, 0, 0, 0, 0, 0, 0, 49, 51],
        ]
        for (width, height) in Self.sizes {
            for language in Language.allCases {
                let app = preparedApp(.digits, width: width, height: height, language: language)
                let layout = app.digits.layout, t = layout.contentTheme
                let at = "\(language) \(width)x\(height)"
                // The frame's own chart: its title names the unit when the labels drop it.
                let frame = app.frame().texts
                let title = frame.first { $0.string.hasPrefix(language.strings.outputs) }
                #expect(title != nil, "\(at): the chart has its title")
                let top = layout.bars.y + DigitLayout.lineHeight(t.small)
                let rect = Rect(x: layout.bars.x, y: top, width: layout.bars.width, height: layout.bars.maxY - top)
                for percents in cases {
                    let chart = BarChart(labels: (0 ... 9).map(String.init), percents: percents,
                                         highlight: percents.indices.max { percents[$0] < percents[$1] })
                    var list = DrawList()
                    chart.draw(into: &list, rect, theme: t, measure: app.measure)
                    let values = list.texts.filter { $0.vAlign == .bottom }
                    #expect(values.count == 10, "\(at)")
                    let unit = values.allSatisfy { $0.string.hasSuffix("%") }
                    #expect(unit || values.allSatisfy { !$0.string.hasSuffix("%") }, "\(at): one form for all labels")
                    #expect(unit || title?.string.hasSuffix("(%)") == true, "\(at): the title carries the unit")
                    let boxes = values.map { FrameBoxes.box($0, app.measure) }
                    for (v, box) in zip(values, boxes) {
                        #expect(box.x >= rect.x && box.maxX <= rect.maxX, "\(at) \(percents): \(v.string) leaves the chart")
                    }
                    for i in 1 ..< boxes.count {
                        #expect(Self.apart(boxes[i - 1], boxes[i], gap: BarChart.gap(t)),
                                "\(at) \(percents): \(values[i - 1].string) touches \(values[i].string)")
                    }
                }
            }
        }
    }
}
