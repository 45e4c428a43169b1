import NeuroCore

/// The learning rule written out with the numbers of the last step, so the
/// class sees the rule and not only its effect:
///
///     delta rule:  w₁ ← 0.40 + 0.1·(1 − 0)·0.8 = 0.48,   Θ ← 0.30 − 0.1·(1 − 0) = 0.20
///     tanh:        w₁ ← 0.40 + 0.1·(1 − 0.37)·(1 − 0.37²)·0.8 = 0.44
///
/// exactly the slides' `w1 += lr*(t-a)*(1.0-a**2)*x1`; the bias has the
/// input 1, so its line has no last factor, and the perceptron's threshold
/// Θ = −b moves the other way. Negative numbers are put in parentheses
/// where they follow an operator.
struct RuleText {
    let numbers: NumberFormat

    /// The general rule, before any step.
    static func formula(_ kind: LearnerKind) -> String? {
        switch kind {
        case .perceptron:
            "w\u{1D62} \u{2190} w\u{1D62} + \u{03B7}\u{00B7}(t \u{2212} y)\u{00B7}x\u{1D62}     "
                + "\u{0398} \u{2190} \u{0398} \u{2212} \u{03B7}\u{00B7}(t \u{2212} y)"
        case .neuron: "w\u{1D62} \u{2190} w\u{1D62} + \u{03B7}\u{00B7}(t \u{2212} a)\u{00B7}(1 \u{2212} a\u{00B2})\u{00B7}x\u{1D62}"
        case .network: nil
        }
    }

    /// "x = (0.8, 0.2), t = 1, y = 0" (a = … for tanh).
    func inputs(_ s: LearningStep, _ kind: LearnerKind) -> String {
        let sep = numbers.language == .de ? "; " : ", "
        let out = kind == .perceptron ? "y = \(short(s.output))" : "a = tanh(z) = \(weight(s.output))"
        let t = target(s.target, of: kind == .perceptron ? Perceptron.targets : TanhNeuron.targets)
        return "x = (\(short(s.x1))\(sep)\(short(s.x2))), t = \(t), \(out)"
    }

    /// The three updates: w₁, w₂, b.
    func lines(_ s: LearningStep, _ kind: LearnerKind) -> [String] {
        let factor: String
        if kind == .perceptron {
            factor = "(\(short(s.target)) \u{2212} \(paren(short(s.output))))"
        } else {
            let a = paren(weight(s.output))
            factor = "(\(short(s.target)) \u{2212} \(a))\u{00B7}(1 \u{2212} \(a)\u{00B2})"
        }
        let eta = numbers.compact(Float(s.learningRate)).minusSign
        func line(_ name: String, _ old: Double, _ x: Double?, _ new: Double) -> String {
            let input = x.map { "\u{00B7}" + paren(short($0)) } ?? ""
            return "\(name) \u{2190} \(weight(old)) + \(eta)\u{00B7}\(factor)\(input) = \(weight(new))"
        }
        let bias = kind == .perceptron
            ? "\u{0398} \u{2190} \(weight(-s.before.b)) \u{2212} \(eta)\u{00B7}\(factor) = \(weight(-s.after.b))"
            : line("b", s.before.b, nil, s.after.b)
        return [
            line("w\u{2081}", s.before.w1, s.x1, s.after.w1),
            line("w\u{2082}", s.before.w2, s.x2, s.after.w2),
            bias,
        ]
    }

    /// A target as the slides write it: 1 and 0 for the perceptron, +1 and
    /// −1 where the other target is negative.
    func target(_ t: Double, of targets: (positive: Double, negative: Double)) -> String {
        (t > 0 && targets.negative < 0 ? "+" : "") + short(t)
    }

    /// A weight: two decimals, a real minus sign.
    func weight(_ x: Double) -> String { numbers.fixed(Float(x), 2).minusSign }

    /// An input or target: up to two decimals, no trailing zeros (0.8, 1, −1).
    func short(_ x: Double) -> String {
        var s = numbers.fixed(Float(x), 2)
        let mark: Character = numbers.language == .de ? "," : "."
        if s.contains(mark) {
            while s.last == "0" { s.removeLast() }
            if s.last == mark { s.removeLast() }
        }
        return s == "-0" ? "0" : s.minusSign
    }

    func paren(_ s: String) -> String { s.hasPrefix("\u{2212}") || s.hasPrefix("+") ? "(\(s))" : s }
}

extension String {
    /// ASCII hyphen-minus to the typographic minus sign, which reads better
    /// from the back of a classroom.
    var minusSign: String { replacing("-", with: "\u{2212}") }
}
