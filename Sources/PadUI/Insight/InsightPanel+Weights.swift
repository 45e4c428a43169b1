import NeuroCore

/// View 1: what the hidden neurons look for. The tiles fill the left part;
/// a clicked neuron is shown large on the right with its activation for the
/// drawing on the pad.
extension InsightPanel {
    /// The tile grid of the first hidden layer below the note, left two thirds.
    func weightGrid(in body: Rect, neurons: Int, theme t: Theme) -> TileGrid {
        let note = DigitLayout.lineHeight(t.small) + t.px(6)
        return TileGrid(count: neurons, in: Rect(x: body.x, y: body.y + note, width: body.width * 66 / 100,
                                                 height: max(body.height - note, 0)))
    }

    func drawWeights(into list: inout DrawList, _ body: Rect, _ c: SceneContext, snap: TrainingSnapshot, scene: DigitScene) {
        let t = c.theme, s = c.insight, net = snap.network
        let neurons = net.sizes.count > 2 ? net.sizes[1] : 0
        guard neurons > 0 else { return }
        list.text(s.weightsNote, x: body.x, y: body.y, t.style(t.small, Theme.text))
        let grid = weightGrid(in: body, neurons: neurons, theme: t)
        weightTiles = (grid, neurons)
        // Rebuilt only for a new network or layout; the tiles carry a
        // one-pixel gap so each neuron reads as its own picture.
        // Every 8th published network (the trainer publishes up to ~80 a
        // second): ~10 pictures a second is smooth to watch.
        let key = [snap.generation, snap.version / 8, neurons, grid.columns, grid.tile]
        if weightCache?.key != key {
            weightCache = (key, grid.columns, WeightImages.atlas(net.weights(layer: 0), neurons: neurons, columns: grid.columns,
                                                                 tile: grid.tile, gap: true, slot: "insight.weights"))
        }
        if let image = weightCache?.image {
            list.image(image, Rect(x: grid.origin.x, y: grid.origin.y, width: image.width, height: image.height))
        }
        let side = Rect(x: grid.bounds.maxX + t.px(16), y: grid.origin.y, width: max(body.maxX - grid.bounds.maxX - t.px(16), 0),
                        height: body.maxY - grid.origin.y)
        drawColourKey(into: &list, Rect(x: side.x, y: side.maxY - DigitLayout.lineHeight(t.small) * 2, width: side.width,
                                        height: DigitLayout.lineHeight(t.small) * 2), c)
        guard let j = selectedNeuron, j < neurons else {
            InsightPanel.paragraph(into: &list, s.clickNeuron, x: side.x, y: side.y, width: side.width, t.style(t.small, Theme.muted), c)
            return
        }
        list.frame(grid.rect(of: j).inset(-2), Theme.accent, thickness: 3)
        let big = min(side.width, side.height * 55 / 100)
        let r = Rect(x: side.x, y: side.y + DigitLayout.lineHeight(t.body), width: big, height: big)
        list.text(InsightStrings.fill(s.neuron, "\(j + 1)"), x: side.x, y: side.y, t.style(t.body, Theme.text, bold: true))
        list.image(WeightImages.single(net.weights(layer: 0), neuron: j, side: big, slot: "insight.neuron"), r)
        list.frame(r.inset(-1), Theme.border)
        if !scene.normalized.isEmpty {
            let a = net.forward(DigitNormalizer.networkInput(scene.normalized.pixels))[1][j]
            // A bar filled as far as the activation goes (σ: 0 … 1; tanh: −1 … 1)
            // in the neuron's disc colour, inside a frame for the whole range.
            let track = Rect(x: side.x, y: r.maxY + t.px(8), width: side.width, height: t.px(16))
            let share = min(max(net.activation == .tanh ? (a + 1) / 2 : a, 0), 1)
            list.fill(track, Theme.panel)
            list.fill(Rect(x: track.x, y: track.y, width: Int((Float(track.width) * share).rounded()), height: track.height),
                      NeuronDiscs.colour(a))
            list.frame(track, Theme.border)
            InsightPanel.paragraph(into: &list, InsightStrings.fill(s.activation, c.numbers.fixed(a, 2)), x: side.x,
                                   y: r.maxY + t.px(28), width: side.width, t.style(t.small, Theme.text, bold: true), c)
        }
    }

    /// blue = negative, white = 0, red = positive.
    func drawColourKey(into list: inout DrawList, _ r: Rect, _ c: SceneContext) {
        let t = c.theme, steps = 20
        let barH = max(r.height / 3, 4)
        for i in 0 ..< steps {
            let x0 = r.x + r.width * i / steps, x1 = r.x + r.width * (i + 1) / steps
            list.fill(Rect(x: x0, y: r.y, width: x1 - x0, height: barH), WeightImages.colour(Float(i) / Float(steps - 1) * 2 - 1))
        }
        list.text(c.insight.negative, x: r.x, y: r.y + barH + 2, t.style(t.small, WeightImages.colour(-1), bold: true))
        list.text(c.insight.positive, x: r.maxX, y: r.y + barH + 2, t.style(t.small, WeightImages.colour(1), bold: true), .right)
    }
}
