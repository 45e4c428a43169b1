import NeuroCore

extension DrawCommand {
    /// The pixels this command may change, before any clip: its rectangle;
    /// a line's points widened by its width; a text's box as `text` gives it
    /// (the backend knows the rendered size). Nil for `.clip`, which draws
    /// nothing itself.
    public func reach(text: (TextItem) -> Rect) -> Rect? {
        switch self {
        case .fill(let r, _), .frame(let r, _, _), .image(_, let r), .rgbImage(_, let r): r
        case .text(let item): text(item)
        case .polyline(let points, _, let width): DrawCommand.box(around: points, width: width)
        case .clip: nil
        }
    }

    /// Beyond this many pixels from the origin a point lies off every screen.
    static let farAway: Float = 1_000_000

    /// The box around `points`, grown by the line's width and two pixels for
    /// the rasteriser's rounding. A point that is not finite or lies far
    /// off (a plot of a diverged loss) gives a box over every screen.
    static func box(around points: [Point], width: Float) -> Rect {
        let everywhere = Rect(x: -Int(farAway), y: -Int(farAway), width: 2 * Int(farAway), height: 2 * Int(farAway))
        guard !points.isEmpty else { return .zero }
        guard width.isFinite, width < farAway else { return everywhere }
        var x0 = Float.infinity, y0 = Float.infinity, x1 = -Float.infinity, y1 = -Float.infinity
        for p in points {
            // Also false for NaN.
            guard abs(p.x) < farAway, abs(p.y) < farAway else { return everywhere }
            x0 = min(x0, p.x)
            y0 = min(y0, p.y)
            x1 = max(x1, p.x)
            y1 = max(y1, p.y)
        }
        let pad = Int(max(width, 1).rounded(.up)) + 2
        let left = Int(x0.rounded(.down)) - pad, top = Int(y0.rounded(.down)) - pad
        return Rect(x: left, y: top, width: Int(x1.rounded(.up)) + pad - left, height: Int(y1.rounded(.up)) + pad - top)
    }
}

/// What a frame must draw again: see `DamageTracker`.
public struct Damage: Sendable, Equatable {
    /// Rectangles of the screen to draw and present again, made of whole
    /// tiles (cut at the screen's edge), not overlapping; empty when the
    /// frame would show nothing new.
    public var rects: [Rect]
    /// Per command of the frame, the part of the screen it can change: its
    /// reach within its clip and the screen; nil for a clip and for a
    /// command that reaches nothing on screen.
    public var areas: [Rect?]

    public var isEmpty: Bool { rects.isEmpty }

    /// Pixels in `rects`.
    public var pixels: Int { rects.reduce(0) { $0 + $1.width * $1.height } }
}

/// Which parts of the screen a new frame draws differently from the frame
/// shown, found from the two draw lists alone, without drawing either.
///
/// The screen is cut into square tiles. Each tile gets a signature of every
/// command that reaches it, in drawing order, each together with the clip
/// it is drawn under. A command's pixels depend only on itself and its
/// clip, and a tile's pixels only on the background and the commands that
/// reach it, in order; so a tile whose signature did not change shows the
/// same pixels as before and need not be drawn or sent to the display
/// again. Signatures are 64-bit hashes: two different tile contents share
/// one with a chance of 2⁻⁶⁴.
///
/// This matters where pixels cost CPU time (a software renderer drawing
/// into the window, as on a PC without a GPU driver): while a digit is
/// drawn and the network trains, a frame changes the pad, the bars, the
/// plot and a few counters, a small part of the screen.
public struct DamageTracker {
    /// Side of a tile in pixels.
    public let tile: Int
    private var width = 0
    private var height = 0
    /// Per tile, row by row, of the frame on screen; empty when that frame
    /// is unknown.
    private var signatures: [UInt64] = []

    public init(tile: Int = 32) {
        self.tile = max(tile, 1)
    }

    /// Forgets the frame on screen (the window was uncovered or drawn by
    /// other means): the next frame is drawn whole.
    public mutating func forget() { signatures = [] }

    /// Where `commands`, drawn on a `width` x `height` screen, differ from
    /// the frame recorded last; records them as the frame on screen. The
    /// first frame, one after `forget` and one of another size differ
    /// everywhere. `text` gives a text's box on screen.
    public mutating func update(_ commands: [DrawCommand], width: Int, height: Int,
                                text: (TextItem) -> Rect) -> Damage {
        let screen = Rect(x: 0, y: 0, width: max(width, 0), height: max(height, 0))
        let columns = (screen.width + tile - 1) / tile, rows = (screen.height + tile - 1) / tile
        var next = [UInt64](repeating: 0, count: columns * rows)
        var areas: [Rect?] = []
        areas.reserveCapacity(commands.count)
        var clip: Rect? = nil
        for command in commands {
            if case .clip(let r) = command {
                clip = r
                areas.append(nil)
                continue
            }
            let bounds = clip.map { $0.intersection(screen) } ?? screen
            guard let area = command.reach(text: text)?.intersection(bounds), !area.isEmpty else {
                areas.append(nil)
                continue
            }
            areas.append(area)
            // Pictures are signed per tile, from the cells under it; the
            // rest once, for every tile they reach.
            let whole: UInt64 = switch command {
            case .image, .rgbImage: 0
            default: DamageTracker.signature(command, clip)
            }
            for ty in area.y / tile ... (area.maxY - 1) / tile {
                for tx in area.x / tile ... (area.maxX - 1) / tile {
                    let here = Rect(x: tx * tile, y: ty * tile, width: tile, height: tile)
                    let value = switch command {
                    case .image(let img, let r): DamageTracker.signature(img, in: r, clip, under: here)
                    case .rgbImage(let img, let r): DamageTracker.signature(img, in: r, clip, under: here)
                    default: whole
                    }
                    next[ty * columns + tx] = DamageTracker.mix(next[ty * columns + tx], value)
                }
            }
        }
        let known = !signatures.isEmpty && width == self.width && height == self.height
        let dirty = known ? zip(next, signatures).map { $0 != $1 } : [Bool](repeating: true, count: next.count)
        signatures = next
        self.width = width
        self.height = height
        return Damage(rects: DamageTracker.rectangles(dirty: dirty, columns: columns, tile: tile, screen: screen),
                      areas: areas)
    }

    static func signature(_ command: DrawCommand, _ clip: Rect?) -> UInt64 {
        var hasher = Hasher()
        hasher.combine(command)
        hasher.combine(clip)
        return UInt64(bitPattern: Int64(hasher.finalize()))
    }

    /// A picture scaled into `r` as seen from the tile `here`: everything
    /// but its bytes, and of those only the cells that land under the tile,
    /// with one more on each side (smooth scaling blends neighbours). So a
    /// stroke redraws the tiles around the cells it inked, not the whole
    /// pad. All its bytes when they are fewer than the size says.
    static func signature<F: PictureFormat>(_ img: Picture<F>, in r: Rect, _ clip: Rect?, under here: Rect) -> UInt64 {
        var hasher = Hasher()
        hasher.combine(img.slot)
        hasher.combine(img.width)
        hasher.combine(img.height)
        hasher.combine(F.channels)
        hasher.combine(r)
        hasher.combine(clip)
        let rowBytes = img.width * F.channels
        let seen = here.intersection(r)
        img.bytes.withUnsafeBytes { bytes in
            guard img.width > 0, img.height > 0, !seen.isEmpty, bytes.count >= rowBytes * img.height else {
                hasher.combine(bytes: bytes)
                return
            }
            let x0 = max((seen.x - r.x) * img.width / r.width - 1, 0)
            let x1 = min(((seen.maxX - r.x) * img.width + r.width - 1) / r.width + 1, img.width)
            let y0 = max((seen.y - r.y) * img.height / r.height - 1, 0)
            let y1 = min(((seen.maxY - r.y) * img.height + r.height - 1) / r.height + 1, img.height)
            hasher.combine(x0)
            hasher.combine(y0)
            for y in y0 ..< y1 {
                hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: bytes[y * rowBytes + x0 * F.channels ..< y * rowBytes + x1 * F.channels]))
            }
        }
        return UInt64(bitPattern: Int64(hasher.finalize()))
    }

    /// Folds `value` into a tile's signature; the order of the values
    /// matters (splitmix64's finaliser).
    static func mix(_ signature: UInt64, _ value: UInt64) -> UInt64 {
        var x = (signature &+ 0x9E37_79B9_7F4A_7C15) ^ value
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 31)
    }

    /// The dirty tiles (row by row, `columns` per row) as few rectangles:
    /// runs of dirty tiles in a row, a run continued downwards while the
    /// next row has the same run; cut to `screen`.
    static func rectangles(dirty: [Bool], columns: Int, tile: Int, screen: Rect) -> [Rect] {
        guard columns > 0 else { return [] }
        var rects: [Rect] = []
        var open: [Range<Int>: Int] = [:]
        for row in 0 ..< dirty.count / columns {
            var continued: [Range<Int>: Int] = [:]
            var column = 0
            while column < columns {
                guard dirty[row * columns + column] else {
                    column += 1
                    continue
                }
                let start = column
                while column < columns && dirty[row * columns + column] { column += 1 }
                let run = start ..< column
                if let k = open[run] {
                    rects[k].height += tile
                    continued[run] = k
                } else {
                    rects.append(Rect(x: start * tile, y: row * tile, width: run.count * tile, height: tile))
                    continued[run] = rects.count - 1
                }
            }
            open = continued
        }
        return rects.map { $0.intersection(screen) }
    }
}
