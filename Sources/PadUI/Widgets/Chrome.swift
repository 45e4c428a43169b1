import NeuroCore

/// What every screen shows at the top: the header with title and facts.
/// (The key legend at the bottom is a row of buttons: `PadApp.legendBar`.)
struct Chrome {
    let layout: DigitLayout

    init(width: Int, height: Int, theme: Theme) {
        layout = DigitLayout(width: width, height: height)
    }

    func drawHeader(into list: inout DrawList, _ c: SceneContext, title: String, info: String) {
        let t = layout.theme, r = layout.header
        list.fill(r, Theme.panel)
        list.fill(Rect(x: r.x, y: r.maxY - 2, width: r.width, height: 2), Theme.border)
        let titleStyle = t.style(t.heading, Theme.text, bold: true), style = t.style(t.small, Theme.muted)
        // The facts get what is left, never drawn over the title: a line too
        // long loses its middle, so a data file's name and what is wrong
        // with it stay readable. Where it would, the title leaves out
        // "NeuroPad" first.
        func room(_ title: String) -> Int {
            max(r.maxX - layout.margin - (layout.margin * 3 + c.measure.width(title, style: titleStyle)), 0)
        }
        let full = "NeuroPad  \u{00B7}  \(title)"
        let titleText = c.measure.width(info, style: style) <= room(full) ? full : title
        list.text(titleText, x: layout.margin, y: r.midY, titleStyle, .left, .middle)
        let left = layout.margin * 3 + c.measure.width(titleText, style: titleStyle)
        let room = room(titleText)
        list.clip(Rect(x: left, y: r.y, width: room, height: r.height))
        list.text(TextFit.middle(info, width: room, style: style, measure: c.measure),
                  x: r.maxX - layout.margin, y: r.midY, style, .right, .middle)
        list.clip(nil)
    }
}

/// Lays out key hints like words of a paragraph.
enum LegendFlow {
    struct Piece {
        var text: String
        var x: Int
        var style: TextStyle
    }

    static func wrap(_ hints: [KeyHint], width: Int, size: Int, measure: any TextMeasure) -> [[Piece]] {
        let keyStyle = TextStyle(size: size, color: Theme.accent, weight: .bold)
        let actionStyle = TextStyle(size: size, color: Theme.muted)
        let space = measure.width(" ", style: actionStyle)
        let gap = 3 * space
        var lines: [[Piece]] = [[]]
        var x = 0
        for hint in hints {
            let kw = measure.width(hint.keys, style: keyStyle)
            let aw = measure.width(hint.action, style: actionStyle)
            let itemWidth = kw + space + aw
            if x > 0 && x + itemWidth > width {
                lines.append([])
                x = 0
            }
            lines[lines.count - 1].append(Piece(text: hint.keys, x: x, style: keyStyle))
            lines[lines.count - 1].append(Piece(text: hint.action, x: x + kw + space, style: actionStyle))
            x += itemWidth + gap
        }
        return lines
    }
}
