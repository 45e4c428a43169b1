import NeuroCore

/// Breaks a message into lines that fit a width, at spaces; a word longer
/// than the width gets a line of its own (and is clipped by the caller).
/// Used for messages whose length is not known in advance, such as a data
/// error that names a file.
public enum TextWrap {
    public static func lines(_ text: String, width: Int, style: TextStyle, measure: any TextMeasure) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if current.isEmpty || measure.width(candidate, style: style) <= width {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Draws the wrapped lines centred in `rect`, clipped to it.
    public static func drawCentered(_ text: String, in rect: Rect, style: TextStyle, measure: any TextMeasure,
                                    into list: inout DrawList) {
        let wrapped = lines(text, width: rect.width, style: style, measure: measure)
        let lh = DigitLayout.lineHeight(style.size)
        let top = rect.midY - wrapped.count * lh / 2
        list.clip(rect)
        for (i, line) in wrapped.enumerated() {
            list.text(line, x: rect.midX, y: top + i * lh, style, .center, .top)
        }
        list.clip(nil)
    }
}
