internal import CSDL2
import PadUI

/// Rendered text, kept as textures keyed by (string, size, weight, colour).
/// Most labels are the same every frame, so a frame costs one texture copy
/// per label; counters that change render once per new value. The cache is
/// bounded: past `capacity` entries the least recently used go.
final class TextCache {
    private struct Key: Hashable {
        let string: String
        let style: TextStyle
    }

    private let renderer: Renderer
    private let fonts: FontLibrary
    private var entries: [Key: (texture: Texture, used: Int)] = [:]
    private var frame = 0
    let capacity: Int
    private(set) var renders = 0

    init(renderer: Renderer, fonts: FontLibrary, capacity: Int = 512) {
        self.renderer = renderer
        self.fonts = fonts
        self.capacity = max(capacity, 16)
    }

    var count: Int { entries.count }

    func beginFrame() { frame += 1 }

    /// The texture for `string` in `style`, rendered if not cached.
    func texture(_ string: String, _ style: TextStyle) -> Texture? {
        let key = Key(string: string, style: style)
        if let e = entries[key] {
            entries[key] = (e.texture, frame)
            return e.texture
        }
        guard let font = try? fonts.font(size: style.size, weight: style.weight),
              let surface = font.render(string, style.color) else { return nil }
        defer { SDL_FreeSurface(surface) }
        guard let t = try? Texture(renderer: renderer, surface: surface) else { return nil }
        renders += 1
        if entries.count >= capacity { evict() }
        entries[key] = (t, frame)
        return t
    }

    /// Drops the older half of the entries (one sort instead of one per miss).
    private func evict() {
        let byAge = entries.sorted { $0.value.used < $1.value.used }
        for (key, _) in byAge.prefix(entries.count / 2) { entries[key] = nil }
    }
}
