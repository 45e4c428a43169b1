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
            return restart { $0.setKind($0.learner.kind.next) } + [learnerEvent]
        case "r", "R":
            seed &+= 1
            let s = seed
            return restart { $0.reset(seed: s) }
        case "c", "C":
            return restart { $0.clearPoints() } + [.plane(.points(0))]
        case "n", "N":
            guard !session.points.isEmpty else { return [] }
            running = false
            jumpedFrom = nil
            session.runEpoch()
            return epochDone()
        case "s", "S":
            guard !session.points.isEmpty else { return [] }
            running = false
            let out = learnSample()
            // Only a step that moved the line has an old place to show.
            jumpedFrom = session.lastStep.flatMap { $0.changed ? $0.before : nil }
            return out
        case "+", "=":
            session.setLearningRate(PerceptronScene.step(PerceptronScene.learningRates, session.learner.learningRate, up: true))
        case "-", "_":
            session.setLearningRate(PerceptronScene.step(PerceptronScene.learningRates, session.learner.learningRate, up: false))
        case "]", "[":
            let h = min(max(session.hidden + (ch == "]" ? 1 : -1), 1), 16)
            guard h != session.hidden else { return [] }
            hiddenChoice = h
            return restart { $0.setHidden(h) } + (session.learner.kind == .network ? [learnerEvent] : [])
        case ".":
            speedIndex = min(speedIndex + 1, PerceptronScene.speeds.count - 1)
        case ",":
            speedIndex = max(speedIndex - 1, 0)
        default:
            break
        }
        return []
    }

    /// Loads a preset's points and fresh start weights, paused.
    func load(_ p: PlanePreset) -> [AppAction] {
        // Leaving XOR by hand (2 hidden neurons) restores the chosen size.
        if p != .xorByHand && session.hidden != hiddenChoice { session.setHidden(hiddenChoice) }
        let kind = session.learner.kind
        let out = restart { $0.load(p) }
        return [.plane(.preset(p)), .plane(.points(session.points.count))]
            + out + (session.learner.kind != kind ? [learnerEvent] : [])
    }

    var learnerEvent: AppAction { .plane(.learner(session.learner.kind, hidden: session.hidden)) }

    /// A change that starts learning afresh: training pauses, so the class
    /// first sees the new start line.
    private func restart(_ change: (inout PlaneSession) -> Void) -> [AppAction] {
        change(&session)
        running = false
        jumpedFrom = nil
        return []
    }

    /// The next value of `steps` above (or below) `value`; the end when there is none.
    static func step(_ steps: [Double], _ value: Double, up: Bool) -> Double {
        if up { return steps.first { $0 > value * (1 + 1e-9) } ?? steps.last ?? value }
        return steps.last { $0 < value * (1 - 1e-9) } ?? steps.first ?? value
    }
}
