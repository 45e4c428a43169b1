import NeuroCore

/// The typed-character keys of the digit screen and the trainer requests
/// they make. Characters, not key codes: "+" and "[" sit on other keys on a
/// German keyboard.
extension DigitScene {
    func command(for ch: Character) -> [AppAction] {
        switch ch {
        case "c", "C":
            clear()
            return []
        case "r", "R":
            return change { $0.seed &+= 1 }.map { .trainer(.reset(seed: $0.seed)) }
        case "+", "=":
            return change { $0.learningRate = DigitScene.step(TrainingConfig.learningRates, from: $0.learningRate, up: true) }
                .map { .trainer(.learningRate($0.learningRate)) }
        case "-", "_":
            return change { $0.learningRate = DigitScene.step(TrainingConfig.learningRates, from: $0.learningRate, up: false) }
                .map { .trainer(.learningRate($0.learningRate)) }
        case "]":
            return change { $0.hidden = [DigitScene.step(TrainingConfig.hiddenSizes, from: $0.hidden.first ?? 50, up: true)] + $0.hidden.dropFirst() }
                .map { .trainer(.rebuild($0)) }
        case "[":
            return change { $0.hidden = [DigitScene.step(TrainingConfig.hiddenSizes, from: $0.hidden.first ?? 50, up: false)] + $0.hidden.dropFirst() }
                .map { .trainer(.rebuild($0)) }
        case ".":
            return change { $0.pace = $0.pace.faster() }.map { .trainer(.pace($0.pace)) }
        case ",":
            return change { $0.pace = $0.pace.slower() }.map { .trainer(.pace($0.pace)) }
        case "a", "A":
            return lessonValues()
        default:
            return []
        }
    }

    /// A: the lesson's learning rate, hidden layer and pace, all training
    /// digits; a new network when anything changed.
    private func lessonValues() -> [AppAction] {
        let lesson = TrainingConfig()
        let numbers = NumberFormat(insight.language)
        insight.board.post(InsightStrings.fill(insight.language.session.defaultsSet, numbers.compact(lesson.learningRate),
                                               lesson.hidden.map { numbers.count($0) }.joined(separator: "-"),
                                               "\(numbers.count(lesson.paceRate))/s"))
        return change {
            $0.learningRate = lesson.learningRate
            $0.hidden = lesson.hidden
            $0.pace = lesson.pace
            $0.trainLimit = lesson.trainLimit
        }.map { .trainer(.rebuild($0)) }
    }

    /// Applies `edit` to the asked-for settings; returns them when they
    /// changed (nothing happens before the trainer runs).
    private func change(_ edit: (inout TrainingConfig) -> Void) -> [TrainingConfig] {
        guard var cfg = config else { return [] }
        let before = cfg
        edit(&cfg)
        guard cfg != before else { return [] }
        config = cfg
        return [cfg]
    }

    /// The next value of `steps` above (or below) `value`; the end when
    /// there is none. Works for values between two steps too.
    static func step<T: Comparable>(_ steps: [T], from value: T, up: Bool) -> T {
        if up { return steps.first { $0 > value } ?? steps.last ?? value }
        return steps.last { $0 < value } ?? steps.first ?? value
    }
}
