import NeuroCore

/// Breaks a message into lines that fit a width, at spaces; a word longer
/// than the width (a file path) is broken after a "/" where it can be, else
/// between two characters. Used for messages whose length is not known in
/// advance, such as a data error that names a file.
public enum TextWrap {
    public static func lines(_ text: String, width: Int, style: TextStyle, measure: any TextMeasure) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if measure.width(candidate, style: style) <= width {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current) }
            var pieces = pieces(String(word), width: width, style: style, measure: measure)
            current = pieces.removeLast()
            lines += pieces
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// `word` in pieces no wider than `width`, each ending after a "/" when
    /// one lies in its second half.
    static func pieces(_ word: String, width: Int, style: TextStyle, measure: any TextMeasure) -> [String] {
        var rest = Array(word)
        var out: [String] = []
        while measure.width(String(rest), style: style) > width && rest.count > 1 {
            var n = 1
            while n < rest.count && measure.width(String(rest[..<(n + 1)]), style: style) <= width { n += 1 }
            if let slash = rest[..<n].lastIndex(of: "/"), slash + 1 > n / 2, slash + 1 < n { n = slash + 1 }
            out.append(String(rest[..<n]))
            rest.removeFirst(n)
        }
        out.append(String(rest))
        return out
    }

    /// Draws the wrapped lines centred in `rect`, clipped to it; lines
    /// that do not all fit start at its top, so the first ones stay whole.
    public static func drawCentered(_ text: String, in rect: Rect, style: TextStyle, measure: any TextMeasure,
                                    into list: inout DrawList) {
        let wrapped = lines(text, width: rect.width, style: style, measure: measure)
        let lh = DigitLayout.lineHeight(style.size)
        let top = max(rect.midY - wrapped.count * lh / 2, rect.y)
        list.clip(rect)
        for (i, line) in wrapped.enumerated() {
            list.text(line, x: rect.midX, y: top + i * lh, style, .center, .top)
        }
        list.clip(nil)
    }
}

/// Fits text into a width: by a smaller font, or by leaving out characters.
public enum TextFit {
    /// The largest font size from `size` down to `floor` at which `fits`
    /// holds; `floor` when none does (the caller then wraps or shortens).
    /// Each screen keeps its own floor: the least readable size
    /// (`Theme.shrinkFloor`), its small size, or 12 px where it has another
    /// way out.
    public static func size(from size: Int, floor: Int, _ fits: (Int) -> Bool) -> Int {
        var size = size
        while size > floor && !fits(size) { size -= 1 }
        return size
    }

    /// `text` unchanged when it fits; else shortened in the middle with an
    /// ellipsis, keeping the end whole where possible, so a long path still
    /// shows its file name: "/home/…/lesson/network.neuropad".
    public static func middle(_ text: String, width: Int, style: TextStyle, measure: any TextMeasure) -> String {
        guard measure.width(text, style: style) > width else { return text }
        let chars = Array(text)
        // The file name (after the last slash) stays whole if it fits alone.
        let tail = chars.lastIndex(of: "/").map { chars.count - $0 } ?? chars.count / 2
        var keepEnd = min(tail, chars.count)
        var keepStart = 0
        func candidate() -> String { String(chars[..<keepStart]) + "\u{2026}" + String(chars[(chars.count - keepEnd)...]) }
        while keepEnd > 1 && measure.width(candidate(), style: style) > width { keepEnd -= 1 }
        while keepStart + keepEnd < chars.count - 1 {
            keepStart += 1
            if measure.width(candidate(), style: style) > width {
                keepStart -= 1
                break
            }
        }
        return candidate()
    }

    /// Centred titles over a row of columns (centres in window px, left to
    /// right), each moved inside `area`; on `rows` rows, neighbour i on row
    /// i % rows. `fits` is false when two titles on one row come closer than
    /// `gap` px or a title is wider than `area`.
    public static func columnTitles(_ titles: [String], centres: [Int], within area: Rect, rows: Int, gap: Int,
                                    style: TextStyle, measure: any TextMeasure) -> (placed: [(x: Int, row: Int)], fits: Bool) {
        let widths = titles.map { measure.width($0, style: style) }
        var fits = true
        var placed: [(x: Int, row: Int)] = []
        for (i, (w, centre)) in zip(widths, centres).enumerated() {
            fits = fits && w <= area.width
            let x = max(min(centre, area.maxX - (w + 1) / 2), area.x + (w + 1) / 2)
            let row = i % max(rows, 1)
            if let before = placed.indices.last(where: { placed[$0].row == row }) {
                fits = fits && placed[before].x + (widths[before] + 1) / 2 + gap <= x - (w + 1) / 2
            }
            placed.append((x, row))
        }
        return (placed, fits)
    }
}
