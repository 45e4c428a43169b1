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
            guard let t = texture(for: img) else { return }
            renderer.copy(t, to: r)
        case .rgbImage(let img, let r):
            guard let t = texture(for: img) else { return }
            renderer.copy(t, to: r)
        case .clip(let r):
            renderer.clip(r)
        }
    }

    private func drawText(_ item: TextItem) {
        guard let t = text.texture(item.string, item.style) else { return }
        var x = item.x, y = item.y
        switch item.hAlign {
        case .left: break
        case .center: x -= t.width / 2
        case .right: x -= t.width
        }
        switch item.vAlign {
        case .top: break
        case .middle: y -= t.height / 2
        case .bottom: y -= t.height
        }
        renderer.copy(t, to: Rect(x: x, y: y, width: t.width, height: t.height))
    }

    /// The texture of picture slot `img.slot`: made on first use, re-made
    /// when the size changes, re-uploaded only when the bytes change.
    private func texture<F: PictureFormat>(for img: Picture<F>) -> Texture? {
        if let e = pictures[img.slot], e.texture.width == img.width, e.texture.height == img.height {
            if e.bytes != img.bytes {
                e.texture.upload(img)
                pictures[img.slot] = (e.texture, img.bytes)
            }
            return e.texture
        }
        guard let t = try? Texture(renderer: renderer, streamingWidth: img.width, height: img.height) else { return nil }
        if F.smooth { t.scaleSmoothly() }
        t.upload(img)
        pictures[img.slot] = (t, img.bytes)
        return t
    }

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
        renderer.triangles(v)
    }
}
