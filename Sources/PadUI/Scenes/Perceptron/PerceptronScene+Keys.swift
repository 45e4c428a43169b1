import NeuroCore

/// The typed-character keys of the plane screen. Characters, not key
/// codes, as in the digit screen: "+" and "[" sit elsewhere on a German
/// keyboard. `L` stays free for the language switch.
extension PerceptronScene {
    /// Number keys 1 … 9, 0 in the lesson's order.
    public static let presetKeys: [(Character, PlanePreset)] = [
        ("1", .and), ("2", .or), ("3", .nand), ("4", .nor), ("5", .xor), ("6", .animals),
        ("7", .separableClouds), ("8", .overlappingClouds), ("9", .circleInRing), ("0", .xorByHand),
    ]

    static let defaultHidden = 4

    func command(for ch: Character) -> [AppAction] {
        if let preset = PerceptronScene.presetKeys.first(where: { $0.0 == ch })?.1 { return load(preset) }
        switch ch {
        case "k", "K":
            return restart { $0.setKind($0.learner.kind.next) } + [learnerEvent] + weightsEvents()
        case "r", "R":
            seed &+= 1
            let s = seed
            return restart { $0.reset(seed: s) } + weightsEvents()
        case "c", "C":
            return restart { $0.clearPoints() } + [.plane(.points(0))] + weightsEvents()
        case "n", "N":
            guard !session.points.isEmpty else { return [] }
            running = false
            jumpedFrom = nil
            showsStep = false
            handActive = false
            session.runEpoch()
            return epochDone()
        case "s", "S":
            guard !session.points.isEmpty else { return [] }
            running = false
            return singleStep()
        case "+", "=":
            session.setLearningRate(PerceptronScene.step(PerceptronScene.learningRates, session.learner.learningRate, up: true))
        case "-", "_":
            session.setLearningRate(PerceptronScene.step(PerceptronScene.learningRates, session.learner.learningRate, up: false))
        case "]", "[":
            let h = min(max(session.hidden + (ch == "]" ? 1 : -1), 1), 16)
            guard h != session.hidden else { return [] }
            hiddenChoice = h
            return restart { $0.setHidden(h) } + (session.learner.kind == .network ? [learnerEvent] + weightsEvents() : [])
        case ".":
            speedIndex = min(speedIndex + 1, PerceptronScene.speeds.count - 1)
        case ",":
            speedIndex = max(speedIndex - 1, 0)
        default:
            break
        }
        return []
    }

    /// S: one sample through the rule, its numbers kept for the panel.
    func singleStep() -> [AppAction] {
        handActive = false
        var out = learnSample()
        jumpedFrom = nil
        showsStep = true
        guard let step = session.lastStep else { return out }
        out.insert(.plane(.step(step.sample)), at: 0)
        // Only a step that moved the line has an old place to show.
        if let s = step.neuron, s.changed { jumpedFrom = s.before }
        return out
    }

    /// Loads a preset's points and fresh start weights, paused.
    func load(_ p: PlanePreset) -> [AppAction] {
        // Leaving XOR by hand (2 hidden neurons) restores the chosen size.
        if p != .xorByHand && session.hidden != hiddenChoice { session.setHidden(hiddenChoice) }
        let kind = session.learner.kind
        let out = restart { $0.load(p) }
        return [.plane(.preset(p)), .plane(.points(session.points.count))]
            + out + (session.learner.kind != kind ? [learnerEvent] : []) + weightsEvents()
    }

    /// `weights …` lines: of neuron `only` (0 … H−1 hidden, H the output; any
    /// for a single neuron), or of every neuron.
    func weightsEvents(only: Int? = nil) -> [AppAction] {
        let learner = session.learner, errors = session.errors
        if let w = learner.weights {
            return [.plane(.weights(neuron: nil, names: ["w1", "w2", "b"], values: [w.w1, w.w2, w.b], errors: errors))]
        }
        guard let net = learner.model as? PlaneNetwork else { return [] }
        let h = net.hidden.count
        return (0 ... h).filter { only == nil || only == $0 }.map { j in
            if j < h {
                let w = net.hidden[j]
                return .plane(.weights(neuron: "h\(j + 1)", names: ["w1", "w2", "b"], values: [w.w1, w.w2, w.b], errors: errors))
            }
            return .plane(.weights(neuron: "y", names: (1 ... h).map { "v\($0)" } + ["c"],
                                   values: net.outputWeights + [net.outputBias], errors: errors))
        }
    }

    var learnerEvent: AppAction { .plane(.learner(session.learner.kind, hidden: session.hidden)) }

    /// A change that starts learning afresh: training pauses, so the class
    /// first sees the new start line.
    private func restart(_ change: (inout PlaneSession) -> Void) -> [AppAction] {
        change(&session)
        running = false
        jumpedFrom = nil
        showsStep = false
        handActive = false
        chosen = 0
        return []
    }

    /// The next value of `steps` above (or below) `value`; the end when there is none.
    static func step(_ steps: [Double], _ value: Double, up: Bool) -> Double {
        if up { return steps.first { $0 > value * (1 + 1e-9) } ?? steps.last ?? value }
        return steps.last { $0 < value * (1 - 1e-9) } ?? steps.first ?? value
    }
}
