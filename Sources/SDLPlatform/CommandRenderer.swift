internal import CSDL2
import NeuroCore
import PadUI

/// The backend of PadUI's draw commands (microui style): a handful of
/// primitives, each a few SDL calls.
public final class CommandRenderer {
    public let renderer: Renderer
    public let fonts: FontLibrary
    private let text: TextCache
    /// One streaming texture per picture slot, re-uploaded only on change.
    private var pictures: [String: (texture: Texture, bytes: [UInt8])] = [:]

    public init(renderer: Renderer, fonts: FontLibrary) {
        self.renderer = renderer
        self.fonts = fonts
        text = TextCache(renderer: renderer, fonts: fonts)
    }

    /// Number of text textures rendered so far (cache misses).
    public var textRenders: Int { text.renders }
    public var cachedTexts: Int { text.count }

    public func draw(_ list: DrawList, background: Color = Theme.background) {
        text.beginFrame()
        renderer.clear(background)
        for command in list.commands { draw(command) }
        renderer.clip(nil)
    }

    /// Draws only `damage.rects` of the frame, each on fresh background and
    /// with only the commands that reach it, clipped to it: inside them the
    /// pixels come out as from `draw(list)`, outside them nothing changes.
    public func draw(_ list: DrawList, damage: Damage, background: Color = Theme.background) {
        text.beginFrame()
        for rect in damage.rects {
            renderer.clip(rect)
            renderer.fill(rect, background)
            for (command, area) in zip(list.commands, damage.areas) {
                if case .clip(let r) = command {
                    renderer.clip(r?.intersection(rect) ?? rect)
                } else if let area, area.intersects(rect) {
                    draw(command)
                }
            }
        }
        renderer.clip(nil)
    }

    /// Where `item` lands on screen, rendered in its font.
    public func box(of item: TextItem) -> Rect {
        guard let t = text.texture(item.string, item.style) else { return .zero }
        return item.box(width: t.width, height: t.height)
    }

    private func draw(_ command: DrawCommand) {
        switch command {
        case .fill(let r, let c):
            renderer.fill(r, c)
        case .frame(let r, let c, let t):
            let t = max(min(t, r.width / 2, r.height / 2), 1)
            renderer.fill(Rect(x: r.x, y: r.y, width: r.width, height: t), c)
            renderer.fill(Rect(x: r.x, y: r.maxY - t, width: r.width, height: t), c)
            renderer.fill(Rect(x: r.x, y: r.y + t, width: t, height: r.height - 2 * t), c)
            renderer.fill(Rect(x: r.maxX - t, y: r.y + t, width: t, height: r.height - 2 * t), c)
        case .polyline(let points, let c, let width):
            polyline(points, c, width)
        case .text(let item):
            drawText(item)
        case .image(let img, let r):
            guard let t = texture(for: img, in: r) else { return }
            renderer.copy(t, to: r)
        case .rgbImage(let img, let r):
            guard let t = texture(for: img, in: r) else { return }
            renderer.copy(t, to: r)
        case .clip(let r):
            renderer.clip(r)
        }
    }

    private func drawText(_ item: TextItem) {
        guard let t = text.texture(item.string, item.style) else { return }
        renderer.copy(t, to: item.box(width: t.width, height: t.height))
    }

    /// The texture of picture slot `img.slot` for drawing into `r`: made on
    /// first use, re-made when the size changes, re-uploaded only when the
    /// bytes change. A renderer that keeps its pixels draws a frame in
    /// pieces, clipped to the changed tiles, and SDL's scaled copy picks its
    /// source cells anew for each clip: a picture cut by a tile's edge would
    /// shift there. So for it the picture is scaled once to its size on
    /// screen and copied pixel for pixel.
    private func texture<F: PictureFormat>(for img: Picture<F>, in r: Rect) -> Texture? {
        let prescale = renderer.keepsPixels && r.width > 0 && r.height > 0
            && r.width <= CommandRenderer.largestPicture && r.height <= CommandRenderer.largestPicture
        let (w, h) = prescale ? (r.width, r.height) : (img.width, img.height)
        if let e = pictures[img.slot], e.texture.width == w, e.texture.height == h {
            if e.bytes != img.bytes {
                e.texture.upload(img)
                pictures[img.slot] = (e.texture, img.bytes)
            }
            return e.texture
        }
        guard let t = try? Texture(renderer: renderer, streamingWidth: w, height: h) else { return nil }
        if F.smooth { t.scaleSmoothly() }
        t.upload(img)
        pictures[img.slot] = (t, img.bytes)
        return t
    }

    /// Pictures drawn wider or higher than this are scaled by SDL's copy.
    static let largestPicture = 8192

    /// Thin lines as SDL lines; thick ones as one quad (two triangles) per
    /// segment, since SDL2 has no line width.
    private func polyline(_ p: [Point], _ c: Color, _ width: Float) {
        guard p.count >= 2 else { return }
        if width <= 1.5 {
            renderer.lines(p.map { SDL_FPoint(x: $0.x, y: $0.y) }, c)
            return
        }
        let colour = SDL_Color(r: c.r, g: c.g, b: c.b, a: c.a)
        let half = width / 2
        var v: [SDL_Vertex] = []
        v.reserveCapacity((p.count - 1) * 6)
        func vertex(_ x: Float, _ y: Float) -> SDL_Vertex {
            SDL_Vertex(position: SDL_FPoint(x: x, y: y), color: colour, tex_coord: SDL_FPoint(x: 0, y: 0))
        }
        for i in 0 ..< p.count - 1 {
            let a = p[i], b = p[i + 1]
            let dx = b.x - a.x, dy = b.y - a.y
            let len = (dx * dx + dy * dy).squareRoot()
            guard len > 0 else { continue }
            // Normal scaled to half the width; segments overlap by half a
            // width at each end so joints show no notch.
            let nx = -dy / len * half, ny = dx / len * half
            let ex = dx / len * half * 0.5, ey = dy / len * half * 0.5
            let a0 = vertex(a.x + nx - ex, a.y + ny - ey), a1 = vertex(a.x - nx - ex, a.y - ny - ey)
            let b0 = vertex(b.x + nx + ex, b.y + ny + ey), b1 = vertex(b.x - nx + ex, b.y - ny + ey)
            v += [a0, a1, b0, b0, a1, b1]
        }
        renderer.triangles(v, c)
    }
}
