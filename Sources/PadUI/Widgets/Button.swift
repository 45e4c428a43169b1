import NeuroCore

/// What a control does when clicked or tapped. Most controls send exactly
/// the input event of their key, so a click and the key can never drift
/// apart; the rest act on state that has no key of its own.
public enum ControlAction: Sendable, Equatable {
    /// The same as this key (or typed character).
    case input(InputEvent)
    /// Digit pad: draw (false) or erase (true) with the left button, pen or finger.
    case eraser(Bool)
    /// Digit pad: open or close the row of digit buttons that label a drawing.
    case teach
    /// Digit pad: show this view (`off` is the training panel).
    case view(InsightView)
    /// The open question: yes (true) or no.
    case answer(Bool)
    /// Close the help overlay.
    case closeHelp
    /// Close the message in the header.
    case closeNotice
    /// Plane: which class a tap adds, +1 (true) or the other class.
    case planeClass
    /// Plane: change the learner's parameter `index` by `steps` of 0.1 (the wheel over a number).
    case planeWeight(index: Int, steps: Int)
}

/// One button on screen: where it is, what it shows and what it does.
///
/// `name` says what it does, in English and lower case (`pause`, `lr-up`);
/// `--verbose` prints it in `layout button NAME X Y W H` lines so scripts
/// click controls by name. The face is `key` (accent, bold: the keyboard
/// key, or a symbol) followed by `label` (the action in words); either may
/// be empty.
public struct Control: Sendable, Equatable {
    public var name: String
    public var key: String
    public var label: String
    /// Window pixels.
    public var rect: Rect
    public var action: ControlAction
    /// Shows a state that is on: paused, the current view, the eraser.
    public var active: Bool
    /// A smaller face font than the metrics' one (a row of many tabs).
    public var fontSize: Int?
    /// The key's colour where it is a symbol with a meaning of its own (the
    /// class marker of the plane's class toggle); the accent otherwise.
    public var keyColor: Color?

    public init(name: String, key: String, label: String = "", rect: Rect = .zero, action: ControlAction,
                active: Bool = false, fontSize: Int? = nil) {
        self.name = name
        self.key = key
        self.label = label
        self.rect = rect
        self.action = action
        self.active = active
        self.fontSize = fontSize
    }

    /// The `--verbose` line for this control.
    public var layoutLine: String { "layout button \(name) \(rect)" }
}

/// A value that the mouse wheel changes while the pointer is over `rect`.
public struct WheelZone: Sendable, Equatable {
    public var rect: Rect
    public var up: ControlAction
    public var down: ControlAction

    public init(rect: Rect, up: ControlAction, down: ControlAction) {
        self.rect = rect
        self.up = up
        self.down = down
    }
}

/// A setting's pair of buttons, − and +, each sending its key: learning
/// rate (`-` `+`), hidden layer (`[` `]`) and pace (`,` `.`). The digit pad
/// and the plane show the same faces under the same names (`lr-up`,
/// `lr-down`, …), since their keys do the same in both.
struct Stepper: Sendable {
    var name: String
    var down: (face: String, key: String)
    var up: (face: String, key: String)

    static let learningRate = Stepper(name: "lr", down: ("\u{2212}", "-"), up: ("+", "+"))
    static let hidden = Stepper(name: "hidden", down: ("\u{2212} [", "["), up: ("+ ]", "]"))
    static let pace = Stepper(name: "pace", down: ("\u{2212} ,", ","), up: ("+ .", "."))

    /// The two buttons side by side, + at the right end `right`, − left of
    /// it, centred on `midY`; each at least 5/4 of its height wide.
    func controls(right: Int, midY: Int, metrics m: ControlMetrics, measure: any TextMeasure) -> [Control] {
        var x = right
        return [("up", up), ("down", down)].map { suffix, face in
            let (key, label) = Stepper.split(face.face)
            let w = Stepper.width(face.face, metrics: m, measure: measure)
            x -= w
            defer { x -= m.gap }
            return Control(name: "\(name)-\(suffix)", key: key, label: label,
                           rect: Rect(x: x, y: midY - m.height / 2, width: w, height: m.height),
                           action: .input(.text(face.key)))
        }
    }

    /// The width of both buttons and the gap between them.
    func width(metrics m: ControlMetrics, measure: any TextMeasure) -> Int {
        Stepper.width(up.face, metrics: m, measure: measure) + m.gap + Stepper.width(down.face, metrics: m, measure: measure)
    }

    /// The wheel over `rect` does what the buttons do.
    func wheel(over rect: Rect) -> WheelZone {
        WheelZone(rect: rect, up: .input(.text(up.key)), down: .input(.text(down.key)))
    }

    private static func width(_ face: String, metrics m: ControlMetrics, measure: any TextMeasure) -> Int {
        let (key, label) = split(face)
        return max(m.width(key: key, label: label, measure: measure), m.height * 5 / 4)
    }

    /// "− [" -> ("−", "["): the symbol in accent, the key after it.
    static func split(_ face: String) -> (String, String) {
        let parts = face.split(separator: " ", maxSplits: 1).map(String.init)
        return (parts.first ?? "", parts.count > 1 ? parts[1] : "")
    }
}

/// Sizes of controls for a window: at least 40 px high at 1080 lines (about
/// 9 mm on a 2 m wide projected board) and the same share of the height
/// elsewhere, with the digit screen's text size.
public struct ControlMetrics: Sendable, Equatable {
    /// Font size of a button's face.
    public internal(set) var font: Int
    /// Height of a button; also its least width.
    public let height: Int
    /// Space between two buttons.
    public let gap: Int
    /// Space left and right of a face's text.
    public let pad: Int

    /// The least side of a control at this window height (40 px at 1080).
    public static func minimumSide(height: Int) -> Int { (40 * max(height, 1) + 1079) / 1080 }

    public init(width: Int, height: Int) {
        let t = Theme(width: width, height: height, designWidth: DigitLayout.designWidth)
        font = t.small
        self.height = max(ControlMetrics.minimumSide(height: height), DigitLayout.lineHeight(font) + max(t.px(2), 1))
        gap = max(t.px(8), 3)
        pad = max(t.px(10), 4)
    }

    /// The same sizes with a smaller face font (a legend that needs more room).
    func withFont(_ size: Int) -> ControlMetrics {
        var m = self
        m.font = size
        return m
    }

    func keyStyle(_ active: Bool) -> TextStyle {
        TextStyle(size: font, color: active ? Theme.overlayText : Theme.accent, weight: .bold)
    }

    func labelStyle(_ active: Bool) -> TextStyle {
        TextStyle(size: font, color: active ? Theme.overlayText : Theme.text)
    }

    /// The width a face needs: its text and padding, at least a square.
    func width(key: String, label: String, measure: any TextMeasure) -> Int {
        let k = key.isEmpty ? 0 : measure.width(key, style: keyStyle(false))
        let l = label.isEmpty ? 0 : measure.width(label, style: labelStyle(false))
        let space = key.isEmpty || label.isEmpty ? 0 : measure.width(" ", style: labelStyle(false))
        return max(k + space + l + 2 * pad, height)
    }
}

/// Draws controls: raised faces with a darker lower edge that say "press
/// me", sunk while held, filled with the accent colour while their state
/// is on.
public enum Button {
    public static let face = Color(hex: 0xFFFFFF)
    public static let edge = Color(hex: 0x8E97A6)
    public static let shadow = Color(hex: 0x6B7482)
    public static let held = Color(hex: 0xD5DCE6)

    public static func draw(_ control: Control, pressed: Bool, metrics: ControlMetrics, measure: any TextMeasure,
                            into list: inout DrawList) {
        let r = control.rect, m = control.fontSize.map { metrics.withFont($0) } ?? metrics
        guard !r.isEmpty else { return }
        let depth = max(m.height / 12, 2)
        // Held down: the face sinks by the depth of its edge.
        let top = Rect(x: r.x, y: r.y + (pressed ? depth : 0), width: r.width, height: r.height - depth)
        if !pressed { list.fill(Rect(x: r.x, y: r.maxY - depth, width: r.width, height: depth), shadow) }
        list.fill(top, control.active ? Theme.accent : pressed ? held : face)
        list.frame(top, control.active ? Theme.accent : edge, thickness: max(m.height / 24, 1))
        var ks = m.keyStyle(control.active)
        let ls = m.labelStyle(control.active)
        if let color = control.keyColor, !control.active { ks.color = color }
        let kw = control.key.isEmpty ? 0 : measure.width(control.key, style: ks)
        let lw = control.label.isEmpty ? 0 : measure.width(control.label, style: ls)
        let space = control.key.isEmpty || control.label.isEmpty ? 0 : measure.width(" ", style: ls)
        var x = top.midX - (kw + space + lw) / 2
        list.clip(top)
        list.text(control.key, x: x, y: top.midY, ks, .left, .middle)
        x += kw + space
        list.text(control.label, x: x, y: top.midY, ls, .left, .middle)
        list.clip(nil)
    }
}

/// Lays out a row of buttons like words of a paragraph, from the bottom of
/// `rect` upwards, at most `maxRows` rows.
enum ButtonFlow {
    /// The controls with their rects, or nil when they need more rows.
    /// Rows that are needed are balanced: they break where the widest row
    /// is narrowest, so no button stands alone on the last row ("Esc Ende")
    /// while the row above is full.
    static func flow(_ items: [Control], in rect: Rect, metrics m: ControlMetrics, maxRows: Int,
                     measure: any TextMeasure) -> [Control]? {
        let widths = items.map { m.width(key: $0.key, label: $0.label, measure: measure) }
        let rowCount = rows(widths, within: rect.width, gap: m.gap).count
        guard rowCount <= maxRows else { return nil }
        // The narrowest width that still needs no more rows.
        var (narrow, wide) = (0, rect.width)
        while rowCount > 1 && narrow + 1 < wide {
            let mid = (narrow + wide) / 2
            if rows(widths, within: mid, gap: m.gap).count <= rowCount { wide = mid } else { narrow = mid }
        }
        return place(items, widths, rows(widths, within: wide, gap: m.gap), in: rect, metrics: m)
    }

    /// The indices of `widths` on each row, filled from the left.
    private static func rows(_ widths: [Int], within width: Int, gap: Int) -> [[Int]] {
        var rows: [[Int]] = [[]]
        var x = 0
        for (i, w) in widths.enumerated() {
            if x > 0 && x + w > width {
                rows.append([])
                x = 0
            }
            rows[rows.count - 1].append(i)
            x += w + gap
        }
        return rows
    }

    private static func place(_ items: [Control], _ widths: [Int], _ rows: [[Int]], in rect: Rect,
                              metrics m: ControlMetrics) -> [Control] {
        let top = rect.maxY - rows.count * m.height - (rows.count - 1) * m.gap
        return rows.enumerated().flatMap { r, row in
            var x = rect.x
            return row.map { i in
                var item = items[i]
                item.rect = Rect(x: x, y: top + r * (m.height + m.gap), width: min(widths[i], rect.width), height: m.height)
                x += widths[i] + m.gap
                return item
            }
        }
    }
}
