import NeuroCore

/// Weights set by hand, before any learning rule (the lesson's first task:
/// find w and Θ for AND by hand). Left / Right choose a number of the panel,
/// Up / Down change it by 0.1 (Shift: 0.01); a click on a number chooses it
/// and the wheel over it changes it. On the plane the line is dragged
/// parallel (Θ or b changes, w stays) and the tip of the w arrow turns and
/// scales w about the arrow's foot. Learning pauses; Space goes on from
/// the weights set.
extension PerceptronScene {
    /// What a press on the plane may drag.
    enum Grab: Equatable {
        /// Line i (a single neuron's, or hidden neuron i's): moved parallel.
        case line(Int, from: (x1: Double, x2: Double), b: Double)
        /// The w arrow of line i: turned and scaled about its foot; |w| per
        /// pixel of the arrow as it was shown (a short arrow near the edge,
        /// or a long w drawn at the longest, keeps |w| when only turned).
        case arrow(Int, foot: (x1: Double, x2: Double), perPixel: Double)

        static func == (a: Grab, b: Grab) -> Bool {
            switch (a, b) {
            case (.line(let i, _, _), .line(let j, _, _)), (.arrow(let i, _, _), .arrow(let j, _, _)): i == j
            default: false
            }
        }
    }

    /// A mouse press on the plane, until it is released.
    struct Press {
        var x, y: Int
        var button: MouseButton
        var grab: Grab?
        var dragging = false
    }

    /// The parameters the hand can choose, in `PlaneLearner.parameters`
    /// order: all of a single neuron; for the network those shown in the
    /// panel (the first four hidden neurons, their output weights, c).
    var choosable: [Int] {
        let n = session.learner.parameters.count
        guard let net = session.learner.model as? PlaneNetwork else { return Array(0 ..< n) }
        let h = net.hidden.count, shown = min(h, 4)
        return Array(0 ..< 3 * shown) + (0 ..< shown).map { 3 * h + $0 } + [4 * h]
    }

    var view: PlaneView { PlaneView(mapping: mapping, theme: layout.theme, numbers: NumberFormat(.en)) }

    // MARK: Keys

    func handKey(_ key: Key) -> [AppAction] {
        let list = choosable
        guard !list.isEmpty else { return [] }
        let at = list.firstIndex(of: chosen) ?? 0
        switch key {
        case .left, .right:
            // The first press shows the chosen number; the next ones move on.
            if handActive { chosen = list[(at + (key == .right ? 1 : list.count - 1)) % list.count] } else { chosen = list[at] }
            handActive = true
            return []
        case .up, .down:
            chosen = list[at]
            return adjust(chosen, steps: key == .up ? 1 : -1, fine: shiftHeld)
        default:
            return []
        }
    }

    /// Parameter `index` up or down by `steps` of 0.1 (0.01 when fine), to
    /// the next multiple of the step, so 1.5 is reached in a few presses.
    func adjust(_ index: Int, steps: Int, fine: Bool = false) -> [AppAction] {
        var p = session.learner.parameters
        guard p.indices.contains(index), steps != 0 else { return [] }
        let unit = fine ? 0.01 : 0.1
        let q = p[index] / unit
        let base = steps > 0 ? (q + 1e-6).rounded(.down) : (q - 1e-6).rounded(.up)
        p[index] = ((base + Double(steps)) * unit * 1e6).rounded() / 1e6
        chosen = index
        handActive = true
        session.setParameters(p)
        return handChanged(neuron: neuronOf(index))
    }

    /// The neuron a parameter belongs to: 0 for a single neuron; hidden j,
    /// or H for the network's output.
    func neuronOf(_ index: Int) -> Int {
        guard let net = session.learner.model as? PlaneNetwork else { return 0 }
        return index < 3 * net.hidden.count ? index / 3 : net.hidden.count
    }

    /// After every change by hand: learning pauses, the old place of a
    /// step is forgotten, and `--verbose` gets the neuron's weights.
    func handChanged(neuron: Int) -> [AppAction] {
        running = false
        jumpedFrom = nil
        return weightsEvents(only: neuron)
    }

    // MARK: Mouse

    /// The line or arrow under pixel (x, y): arrow tips first, then lines
    /// within 10 design pixels.
    func grab(atX x: Int, y: Int) -> Grab? {
        let v = view, lines = session.learner.lines
        let reach = Float(layout.theme.px(14)), p = Point(x: Float(x) + 0.5, y: Float(y) + 0.5)
        let draggable = session.learner.kind == .network && lines.count > 4 ? [] : Array(lines.indices)
        for i in draggable {
            if let (foot, tip) = v.arrow(lines[i]), distance(p, tip, tip) <= reach {
                let f = mapping.plane(x: Int(foot.x), y: Int(foot.y))
                let shown = Double(distance(foot, tip, tip)), w = lines[i]
                let size = (w.w1 * w.w1 + w.w2 * w.w2).squareRoot()
                return .arrow(i, foot: (f.x1, f.x2), perPixel: shown > 0 ? size / shown : 1 / v.arrowScale)
            }
        }
        let q = mapping.plane(x: x, y: y)
        for i in draggable {
            if let (a, b) = mapping.segment(lines[i]), distance(p, a, b) <= Float(layout.theme.px(10)) {
                return .line(i, from: (q.x1, q.x2), b: lines[i].b)
            }
        }
        return nil
    }

    /// Pixel distance from p to the segment a-b.
    private func distance(_ p: Point, _ a: Point, _ b: Point) -> Float {
        let dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy
        let t = len2 > 0 ? min(max(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0), 1) : 0
        let ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y
        return (ex * ex + ey * ey).squareRoot()
    }

    /// A drag of `grab` with the pointer now at pixel (x, y).
    func drag(_ grab: Grab, toX x: Int, y: Int) -> [AppAction] {
        let m = mapping.plane(x: x, y: y)
        switch grab {
        case .line(let i, let from, let b):
            guard var w = session.learner.lines[safe: i] else { return [] }
            // Parallel: the line moves with the pointer along w.
            w.b = b - (w.w1 * (m.x1 - from.x1) + w.w2 * (m.x2 - from.x2))
            session.setLine(i, w)
            return handChanged(neuron: i)
        case .arrow(let i, let foot, let perPixel):
            // The tip follows the pointer: its direction, and |w| in
            // proportion to the arrow's length as it was grabbed.
            let f = mapping.point(foot.x1, foot.x2), upp = mapping.unitsPerPixel
            let vx = Double(Float(x) + 0.5 - f.x), vy = Double(Float(y) + 0.5 - f.y)
            let size = (vx * vx + vy * vy).squareRoot() * perPixel
            var d1 = vx / upp.x, d2 = -vy / upp.y
            let n = (d1 * d1 + d2 * d2).squareRoot()
            guard n > 0 else { return [] }
            d1 = d1 / n * size
            d2 = d2 / n * size
            session.setLine(i, Weights2(d1, d2, -(d1 * foot.x1 + d2 * foot.x2)))
            return handChanged(neuron: i)
        }
    }

    func mouseDown(_ x: Int, _ y: Int, _ button: MouseButton) -> [AppAction] {
        if let index = numberHits.first(where: { $0.rect.contains(x: x, y: y) })?.index {
            chosen = index
            handActive = true
            return []
        }
        guard layout.plane.contains(x: x, y: y), button != .middle else { return [] }
        press = Press(x: x, y: y, button: button, grab: button == .left ? grab(atX: x, y: y) : nil)
        return []
    }

    func mouseMove(_ x: Int, _ y: Int) -> [AppAction] {
        guard var p = press else { return [] }
        let slop = layout.theme.px(5)
        if !p.dragging && abs(x - p.x) <= slop && abs(y - p.y) <= slop { return [] }
        p.dragging = true
        press = p
        guard let g = p.grab else { return [] }
        return drag(g, toX: x, y: y)
    }

    /// A release without a drag is a click (adds or removes a point); a
    /// drag never adds one.
    func mouseUp() -> [AppAction] {
        guard let p = press else { return [] }
        press = nil
        return p.dragging ? [] : click(p.x, p.y, p.button)
    }

    /// The wheel over a number of the panel changes it; over a setting
    /// (learning rate, speed, H) it does what its + and − do.
    public func wheelZones(_ context: SceneContext) -> [WheelZone] {
        numberHits.map { WheelZone(rect: $0.rect, up: .planeWeight(index: $0.index, steps: 1),
                                   down: .planeWeight(index: $0.index, steps: -1)) }
            + settingGroups(context).groups.map { $0.stepper.wheel(over: $0.rect) }
    }

    public func perform(_ action: ControlAction) -> [AppAction] {
        switch action {
        case .planeWeight(let index, let steps): return adjust(index, steps: steps, fine: shiftHeld)
        case .planeClass: tapClass = -tapClass
        default: break
        }
        return []
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
