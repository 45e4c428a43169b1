import NeuroCore

/// Clicks, taps and the wheel on the buttons of every screen: the legend
/// at the bottom, the scene's own controls, the help overlay's close
/// button. A button acts when the pointer is released over it, like a
/// desktop button; while held it is drawn sunk.
extension PadApp {
    /// Every control on screen now, in window pixels, topmost first.
    public func controls() -> [Control] {
        let c = context
        if askingToQuit { return quitButtons(c) }
        if helpVisible { return [helpClose(c)] }
        return noticeControls(c) + current.controls(c) + legendBar(c)
    }

    /// The control at a pixel, if any.
    public func control(atX x: Int, y: Int) -> Control? {
        controls().first { $0.rect.contains(x: x, y: y) }
    }

    /// Does what a control does: its key's event, or its own action.
    public func perform(_ action: ControlAction) -> [AppAction] {
        switch action {
        case .input(let event): return handle(event)
        case .closeHelp:
            helpVisible = false
            return []
        case .closeNotice:
            notices.clear()
            return []
        case .answer(let yes) where askingToQuit:
            return handle(yes ? .key(.enter) : .key(.escape))
        case .answer:
            // The one question so far: forget the own digits (digit screen).
            return digits.perform(action)
        default: return current.perform(action)
        }
    }

    /// Mouse, pen and touch: buttons first, then the scene.
    func pointer(_ event: InputEvent) -> [AppAction] {
        switch event {
        case .mouseDown(let x, let y, let button):
            if let hit = control(atX: x, y: y), button == .left {
                pressed = hit
                return []
            }
            // Over the help, a click anywhere else closes it.
            if helpVisible {
                helpVisible = false
                return []
            }
        case .mouseMove where pressed != nil:
            return []
        case .mouseUp(let x, let y, .left) where pressed != nil:
            let name = pressed?.name
            pressed = nil
            guard let hit = control(atX: x, y: y), hit.name == name else { return [] }
            return perform(hit.action)
        case .wheel(let x, let y, let steps):
            guard !helpVisible, !askingToQuit, steps != 0,
                  let zone = current.wheelZones(context).first(where: { $0.rect.contains(x: x, y: y) }) else { return [] }
            return (0 ..< min(abs(steps), 10)).flatMap { _ in perform(steps > 0 ? zone.up : zone.down) }
        default:
            break
        }
        return helpVisible || askingToQuit ? [] : current.handle(event)
    }

    /// The legend's entries as buttons, flowed over two rows at the bottom;
    /// the font steps down only when two rows are not enough.
    func legendBar(_ c: SceneContext) -> [Control] {
        let layout = DigitLayout(width: width, height: height)
        let items = current.legend(c).compactMap { hint -> Control? in
            guard var control = current.legendControl(hint) else { return nil }
            if control.name == "help" { control.active = helpVisible }
            return control
        }
        var m = layout.buttons
        while true {
            if let laid = ButtonFlow.flow(items, in: layout.legend, metrics: m, maxRows: 2, measure: measure) {
                return laid
            }
            guard m.font > 10 else { break }
            m = m.withFont(m.font - 1)
        }
        return ButtonFlow.flow(items, in: layout.legend, metrics: m, maxRows: items.count, measure: measure) ?? []
    }

    /// The help overlay's close button, at the bottom of its box.
    func helpClose(_ c: SceneContext) -> Control {
        let overlay = HelpOverlay(width: width, height: height)
        let box = overlay.box(c, rows: current.help(c))
        let m = DigitLayout(width: width, height: height).buttons
        var control = Control(name: "help-close", key: "H", label: c.strings.helpClose, action: .closeHelp)
        let w = min(m.width(key: control.key, label: control.label, measure: measure), box.width)
        control.rect = Rect(x: box.midX - w / 2, y: box.maxY - overlay.pad(c) / 2 - m.height, width: w, height: m.height)
        return control
    }

    /// Yes and no for a question, a close button for any other message, at
    /// the right end of the message's band in the notice strip.
    func noticeControls(_ c: SceneContext) -> [Control] {
        guard notices.text != nil else { return [] }
        let layout = DigitLayout(width: width, height: height), m = layout.buttons, s = c.strings
        var items = [Control(name: "notice-close", key: "\u{2715}", action: .closeNotice)]
        if notices.isQuestion {
            items = [Control(name: "yes", key: s.yesKey, label: s.yes, action: .answer(true)),
                     Control(name: "no", key: "N", label: s.no, action: .answer(false))]
        }
        let widths = items.map { m.width(key: $0.key, label: $0.label, measure: measure) }
        let room = widths.reduce(0, +) + items.count * m.gap
        guard let band = notices.band(strip: noticeStrip, c, room: room) else { return [] }
        var x = band.maxX - room
        return zip(items, widths).map { item, w in
            var control = item
            control.rect = Rect(x: x, y: band.midY - m.height / 2, width: w, height: m.height)
            x += w + m.gap
            return control
        }
    }

    /// The notices' own place in the screen shown: under the training panel
    /// or view, under the plane; never over the title, header or legend.
    var noticeStrip: Rect {
        mode == .digits ? DigitLayout(width: width, height: height).notice : PlaneLayout(width: width, height: height).notice
    }

    /// The width the message's buttons take at the band's right end.
    func noticeRoom(_ shown: [Control]) -> Int {
        let names: Set = ["yes", "no", "notice-close"]
        let xs = shown.filter { names.contains($0.name) }.map(\.rect)
        guard let left = xs.map(\.x).min(), let right = xs.map(\.maxX).max() else { return 0 }
        return right - left + DigitLayout(width: width, height: height).buttons.gap
    }
}
