@testable import NeuroCore
import Testing
@testable import PadUI
import PadUITestSupport
@testable import SDLPlatform

/// The screen keeps the last frame's pixels and redraws only the tiles that
/// changed: after every step its pixels must equal the frame drawn whole.
@Suite("Drawing only what changed", .serialized)
struct ScreenTests {
    final class Pair {
        let width: Int, height: Int
        let app: PadApp
        /// Drawn through `Screen`: only the tiles that changed.
        let screen: Screen
        /// Drawn whole every time.
        let whole: CommandRenderer
        private let surfaces: [Surface]

        init(width: Int = 1280, height: Int = 720) throws {
            self.width = width
            self.height = height
            let fonts = try FontLibrary(folder: fontFolder)
            surfaces = [try Surface(width: width, height: height), try Surface(width: width, height: height)]
            screen = Screen(painter: CommandRenderer(renderer: try Renderer(surface: surfaces[0]), fonts: fonts))
            whole = CommandRenderer(renderer: try Renderer(surface: surfaces[1]), fonts: fonts)
            app = PadApp(width: width, height: height, measure: fonts)
        }

        /// Shows the app's frame both ways; returns the part of the screen
        /// the screen drew and the pixels that differ between the two.
        func step() throws -> (share: Double, differing: Int, first: String) {
            let list = app.frame()
            let shown = screen.show(list)
            whole.draw(list)
            let a = try screen.renderer.readPixels(), b = try whole.renderer.readPixels()
            var differing = 0, first = ""
            for y in 0 ..< height {
                for x in 0 ..< width where a.pixel(x: x, y: y) != b.pixel(x: x, y: y) {
                    if differing == 0 { first = "first at \(x),\(y)" }
                    differing += 1
                }
            }
            return (Double(shown?.pixels ?? 0) / Double(width * height), differing, first)
        }
    }

    @Test("strokes, training, help, insight views and the plane: the pixels equal the whole frame's")
    func partialEqualsWhole() throws {
        let p = try Pair()
        p.app.update(freshStatus())
        var r = try p.step()
        #expect(r.share == 1, "the first frame is drawn whole")
        #expect(r.differing == 0, "\(r.first)")
        #expect(try p.step().share == 0, "an unchanged frame draws nothing")

        let g = p.app.digits.layout.grid, cell = p.app.digits.layout.cellSize
        let stroke = [(g.x + 8 * cell, g.y + 6 * cell), (g.x + 12 * cell, g.y + 12 * cell),
                      (g.x + 16 * cell, g.y + 20 * cell), (g.x + 20 * cell, g.y + 22 * cell)]
        for (i, e) in drag(stroke).enumerated() {
            _ = p.app.handle(e)
            r = try p.step()
            #expect(r.differing == 0, "stroke event \(i): \(r.first)")
            #expect(r.share < 0.5, "a stroke redraws the pad and the answer, not the window (\(r.share))")
        }
        // Epochs come in one by one: the plot's lines grow, the counters change.
        var snap = TrainingSnapshot(loaded: MLP(sizes: TrainingConfig().sizes, seed: 7), config: TrainingConfig())
        snap.epochSize = 100
        for epoch in 1 ... 4 {
            snap.epochs.append(EpochResult(epoch: epoch, meanLoss: 0.5 / Double(epoch), trainAccuracy: 0.7 + 0.05 * Double(epoch),
                                           testAccuracy: 0.68 + 0.05 * Double(epoch), confusion: Evaluation()))
            snap.samplesSeen = 100 * epoch
            snap.loss += (0 ..< 25).map { LossPoint(samples: 100 * (epoch - 1) + 4 * $0, loss: 0.9 / Float(epoch) - 0.01 * Float($0 % 7)) }
            snap.version = epoch
            p.app.update(TrainingStatus(data: .ready(name: "test", train: 100, test: 30), snapshot: snap))
            r = try p.step()
            #expect(r.differing == 0, "epoch \(epoch): \(r.first)")
        }

        let keys: [Key] = [.f1, .f1, .f2, .f3, .f4, .f5, .f6, .f7, .f8, .f2, .tab]
        for key in keys {
            _ = p.app.handle(.key(key))
            r = try p.step()
            #expect(r.differing == 0, "after \(key): \(r.first)")
        }
        // The plane: points placed, the shaded regions (a smoothly scaled picture) redrawn.
        let plane = p.app.perceptron.layout.plane
        for (i, (x, y)) in [(0.3, 0.3), (0.7, 0.6), (0.5, 0.8)].enumerated() {
            let px = plane.x + Int(Double(plane.width) * x), py = plane.y + Int(Double(plane.height) * y)
            _ = p.app.handle(.mouseDown(x: px, y: py, button: i == 1 ? .right : .left))
            _ = p.app.handle(.mouseUp(x: px, y: py, button: i == 1 ? .right : .left))
            _ = p.app.tick(now: Double(i))
            r = try p.step()
            #expect(r.differing == 0, "plane click \(i): \(r.first)")
        }
        _ = p.app.handle(.key(.space))
        for i in 0 ..< 5 {
            _ = p.app.tick(now: 10 + Double(i) * 0.1)
            r = try p.step()
            #expect(r.differing == 0, "plane learning, frame \(i): \(r.first)")
        }
    }

    @Test("a GPU renderer is told from OpenGL drawn on the CPU")
    func cpuRasterisers() {
        #expect(Renderer.drawsOnCPU("llvmpipe (LLVM 15.0.6, 256 bits)"))
        #expect(Renderer.drawsOnCPU("softpipe"))
        #expect(Renderer.drawsOnCPU("Google SwiftShader"))
        #expect(!Renderer.drawsOnCPU("Mesa Intel(R) UHD Graphics 620 (KBL GT2)"))
        #expect(!Renderer.drawsOnCPU("AMD Radeon RX 6600 (radeonsi, navi23, LLVM 15.0.6, DRM 3.49, 6.1.0-13-amd64)"))
    }
}
