import Foundation
import NeuroCore
import Testing
@testable import PadUI
import PadUITestSupport
@testable import SDLPlatform

/// The package's Assets/fonts, found from this file's place in the tree.
let fontFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Assets/fonts").path

/// Renders PadUI frames with SDL's software renderer into a surface: no
/// display, no window. Serialised: SDL_ttf shares one FreeType library.
@Suite("Rendering without a display", .serialized)
struct RenderTests {
    final class Offscreen {
        let surface: Surface
        let renderer: Renderer
        let painter: CommandRenderer
        let app: PadApp

        init(width: Int = 1280, height: Int = 720) throws {
            surface = try Surface(width: width, height: height)
            renderer = try Renderer(surface: surface)
            painter = CommandRenderer(renderer: renderer, fonts: try FontLibrary(folder: fontFolder))
            app = PadApp(width: width, height: height, measure: painter.fonts)
        }

        func render() { painter.draw(app.frame()) }

        func brightness(_ r: Rect) -> Double { surface.meanBrightness(x: r.x, y: r.y, width: r.width, height: r.height) }
    }

    @Test("drawing into the grid darkens the grid and the input preview on screen")
    func drawingShows() throws {
        let o = try Offscreen()
        o.app.update(freshStatus())
        o.render()
        let l = o.app.digits.layout
        let gridBefore = o.brightness(l.grid), previewBefore = o.brightness(l.preview)
        #expect(gridBefore > 230, "an empty grid is paper-white")
        for e in drag([(l.grid.x + 14 * l.cellSize, l.grid.y + 4 * l.cellSize),
                       (l.grid.x + 14 * l.cellSize, l.grid.y + 24 * l.cellSize)]) { _ = o.app.handle(e) }
        o.render()
        #expect(o.brightness(l.grid) < gridBefore - 10)
        #expect(o.brightness(l.preview) < previewBefore - 3)
        // The cell under the pointer is black: the grid shows the ink values as they are.
        let p = o.surface.pixel(x: l.grid.x + 14 * l.cellSize + l.cellSize / 2, y: l.grid.y + 24 * l.cellSize + l.cellSize / 2)
        #expect(p.r < 20 && p.g < 20 && p.b < 20)
    }

    @Test("the winning bar is drawn in the accent colour, the others are not")
    func winnerHighlighted() throws {
        let o = try Offscreen()
        o.app.update(freshStatus())
        let l = o.app.digits.layout
        for e in drag([(l.grid.x + 8 * l.cellSize, l.grid.y + 8 * l.cellSize),
                       (l.grid.x + 20 * l.cellSize, l.grid.y + 20 * l.cellSize)]) { _ = o.app.handle(e) }
        o.render()
        guard let p = o.app.digits.prediction else { Issue.record("no prediction"); return }
        let pitch = Float(l.bars.width) / 10
        let x = l.bars.x + Int(pitch * (Float(p.digit) + 0.5))
        // Just above the bar chart's base line, inside the winner's bar.
        let baseline = l.bars.maxY - DigitLayout.lineHeight(l.contentTheme.body)
        let px = o.surface.pixel(x: x, y: baseline - 3)
        #expect(px.r == Theme.accent.r && px.g == Theme.accent.g && px.b == Theme.accent.b)
    }

    @Test("every size renders, texts are measured by the real font, and the text cache stays bounded")
    func sizesAndCache() throws {
        for (w, h) in [(640, 360), (1280, 720), (1920, 1080)] {
            let o = try Offscreen(width: w, height: h)
            o.app.update(freshStatus())
            o.render()
            let legend = o.app.digits.layout.legend
            #expect(o.brightness(legend) < 250, "the legend has text at \(w)x\(h)")
            // Counters that change every frame must not grow the cache without end.
            for i in 0 ..< 700 {
                var list = DrawList()
                list.text("\(i) samples", x: 10, y: 10, TextStyle(size: 20, color: Theme.text))
                o.painter.draw(list)
            }
            #expect(o.painter.cachedTexts <= 512)
        }
        let fonts = try FontLibrary(folder: fontFolder)
        let style = TextStyle(size: 20, color: Theme.text)
        let real = fonts.width("Learning rate", style: style)
        #expect(real > 0 && real <= EstimatedTextMeasure().width("Learning rate", style: style))
    }

    @Test("a frame can be saved as PNG (SDL_image)")
    func savePNG() throws {
        let o = try Offscreen(width: 640, height: 360)
        o.render()
        let shot = try o.renderer.readPixels()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("neuropad-test-\(UInt32.random(in: 0 ... .max)).png").path
        try shot.savePNG(path)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        #expect(size > 1000)
    }
}
