import NeuroCore
import PadUI

/// Brings frames onto the window, doing only the work a frame needs: a
/// frame equal to the one on screen is not drawn at all; where the renderer
/// keeps its pixels (`Renderer.keepsPixels`), only the tiles that changed
/// are drawn and sent to the display (`DamageTracker`); a GPU renderer
/// draws a changed frame whole.
public final class Screen {
    public let painter: CommandRenderer
    public var renderer: Renderer { painter.renderer }
    private var tracker = DamageTracker()

    /// Seconds spent on a frame that was drawn, and how much of it.
    public struct Shown {
        public var draw: Double
        public var present: Double
        /// Pixels drawn and presented again.
        public var pixels: Int
    }

    public init(painter: CommandRenderer) {
        self.painter = painter
    }

    /// Forgets what is on screen (the window was uncovered, restored or
    /// shown again): the next frame is drawn whole.
    public func forget() { tracker.forget() }

    /// Draws and presents `list` where it differs from the frame on screen;
    /// nil, with nothing drawn, when it does not differ.
    @discardableResult
    public func show(_ list: DrawList) -> Shown? {
        let (width, height) = renderer.outputSize
        let damage = tracker.update(list.commands, width: width, height: height) { painter.box(of: $0) }
        guard !damage.isEmpty else { return nil }
        let t0 = Clock.seconds()
        if renderer.keepsPixels {
            painter.draw(list, damage: damage)
        } else {
            painter.draw(list)
        }
        // SDL queues drawing commands; the software renderer draws here.
        renderer.flush()
        let t1 = Clock.seconds()
        if renderer.keepsPixels {
            renderer.present(damage.rects)
        } else {
            renderer.present()
        }
        return Shown(draw: t1 - t0, present: Clock.seconds() - t1,
                     pixels: renderer.keepsPixels ? damage.pixels : width * height)
    }

    /// Shows `list` and returns its pixels (screenshots). A GPU renderer's
    /// frame is read back before presenting: its back buffer is undefined
    /// afterwards.
    public func capture(_ list: DrawList) throws(SDLError) -> Surface {
        if renderer.keepsPixels {
            show(list)
            return try renderer.readPixels()
        }
        let (width, height) = renderer.outputSize
        _ = tracker.update(list.commands, width: width, height: height) { painter.box(of: $0) }
        painter.draw(list)
        defer { renderer.present() }
        return try renderer.readPixels()
    }
}
