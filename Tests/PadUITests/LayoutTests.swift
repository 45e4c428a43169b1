import NeuroCore
@testable import PadUI
import Testing

@Suite("Layout")
struct LayoutTests {
    static let sizes: [(Int, Int)] = [
        (640, 360), (800, 600), (1024, 768), (1280, 720), (1280, 800), (1366, 768), (1600, 900),
        (1920, 1080), (1920, 1200), (2560, 1440), (3840, 2160), (720, 1280), (2560, 1080), (900, 900),
    ]

    @Test("every panel lies inside the window and no two overlap", arguments: sizes)
    func panelsInsideAndApart(size: (Int, Int)) {
        let l = DigitLayout(width: size.0, height: size.1)
        let window = Rect(x: 0, y: 0, width: size.0, height: size.1)
        for p in l.panels {
            #expect(window.contains(p), "\(p) leaves \(size)")
            #expect(!p.isEmpty, "empty panel at \(size)")
        }
        for (i, a) in l.panels.enumerated() {
            for b in l.panels[(i + 1)...] {
                #expect(!a.intersects(b), "\(a) overlaps \(b) at \(size)")
            }
        }
        #expect(l.previewPanel.contains(l.preview))
    }

    @Test("the grid has 28 equal cells and is about 60% of a 16:9 window's height")
    func gridSize() {
        for (w, h) in [(1280, 720), (1920, 1080), (3840, 2160)] {
            let l = DigitLayout(width: w, height: h)
            #expect(l.grid.width == l.grid.height)
            #expect(l.grid.width % 28 == 0)
            let share = Float(l.grid.height) / Float(h)
            #expect(share > 0.55 && share <= 0.6, "grid share \(share) at \(w)x\(h)")
        }
    }

    @Test("text is at least 18 px at 720p and grows with the window")
    func fontSizes() {
        let small = Theme(width: 1280, height: 720), large = Theme(width: 1920, height: 1080)
        #expect(small.small >= 18)
        #expect(DigitLayout(width: 1024, height: 768).contentTheme.small >= 18, "a 4:3 school projector")
        #expect(large.small > small.small)
        #expect(large.big > 100)
    }

    @Test("resizing the app announces a grid inside the new window")
    func resizeAnnouncesLayout() {
        let app = PadApp(width: 1280, height: 720)
        for (w, h) in LayoutTests.sizes {
            let actions = app.handle(.resize(width: w, height: h))
            let grids = actions.compactMap { if case .layoutChanged(let g) = $0 { g } else { nil } }
            #expect(grids.count == 1)
            #expect(grids.allSatisfy { Rect(x: 0, y: 0, width: w, height: h).contains($0) })
            // Every text of the frame starts inside the window.
            for t in app.frame().texts {
                #expect(t.x >= 0 && t.x <= w && t.y >= 0 && t.y <= h, "\(t.string) at \(t.x),\(t.y) in \(w)x\(h)")
            }
        }
    }
}
