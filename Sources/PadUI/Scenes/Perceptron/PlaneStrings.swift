import NeuroCore

/// The plane screen's text in both languages, beside the shared `Strings`
/// tables; German uses the lesson's words (Separationsgerade, Delta-Lernregel,
/// gefährlich / ungefährlich, zufällig vorbelegt).
public struct PlaneStrings: Sendable {
    public var perceptron: String
    public var neuron: String
    /// "%H" is replaced by the hidden layer's size.
    public var network: String
    /// The learner's short names for the header; %H the hidden neurons.
    public var perceptronTitle: String
    public var neuronTitle: String
    public var networkTitle: String
    /// Class names; "%T" is replaced by the class's target t for the
    /// learner on screen (1 / 0 for the perceptron, +1 / −1 for tanh).
    public var dangerous: String
    public var harmless: String
    public var gateTrue: String
    public var gateFalse: String
    public var classA: String
    public var classB: String
    public var wrong: String
    public var epoch: String
    /// "%E of %N wrong".
    public var errors: String
    public var running: String
    public var paused: String
    public var converged: String
    public var line: String
    public var rule: String
    public var lastStep: String
    public var stepHint: String
    public var backprop: String
    /// Under a backpropagation step that shows fewer hidden neurons than H; "%N" is how many are shown, "%H" is H.
    public var backpropMore: String
    /// Above the table of a backpropagation step's weights.
    public var backpropUpdates: String
    public var byHand: String
    public var byHandNext: String
    public var learningRate: String
    public var speed: String
    public var perSecond: String
    public var hidden: String
    /// The settings' short forms, for a row that has no room for the long ones.
    public var learningRateShort: String
    public var perSecondShort: String
    public var hiddenShort: String
    public var errorsPlot: String
    public var costPlot: String
    public var epochsAxis: String
    public var truthTable: String
    public var inseparable: String
    /// A tanh learner stuck with saturated neurons: the network, and the
    /// single neuron. The formula in brackets never breaks (no-break spaces).
    public var stalled: String
    public var stalledNeuron: String
    public var clickLeft: String
    public var clickRight: String
    public var orExamples: String
    public var examples: String
    public var presetNames: [PlanePreset: String]
    public var toothSize: String
    public var eyeSize: String
    public var start: String
    public var before: String
    public var points: String
    public var legend: [KeyHint]
    public var help: [KeyHint]

    /// The learner's name in the header: "Perceptron", "tanh neuron", "Network 2-4-1".
    public func learnerTitle(_ kind: LearnerKind, hidden: Int) -> String {
        switch kind {
        case .perceptron: perceptronTitle
        case .neuron: neuronTitle
        case .network: networkTitle.replacing("%H", with: "\(hidden)")
        }
    }

    public func learnerName(_ kind: LearnerKind, hidden: Int) -> String {
        switch kind {
        case .perceptron: perceptron
        case .neuron: neuron
        case .network: network.replacing("%H", with: "\(hidden)")
        }
    }

    /// The note under a backpropagation step that shows `shown` of `hidden` neurons.
    public func backpropShown(_ shown: Int, of hidden: Int) -> String {
        backpropMore.replacing("%N", with: "\(shown)").replacing("%H", with: "\(hidden)")
    }

    public func errorCount(_ e: Int, of n: Int) -> String {
        errors.replacing("%E", with: "\(e)").replacing("%N", with: "\(n)")
    }

    public func name(_ p: PlanePreset) -> String { presetNames[p] ?? p.rawValue }

    /// The names of class +1 and −1 with their targets, e.g. "dangerous (+1)", "1 (true)".
    public func classNames(_ classes: PlaneClasses, targets: (positive: String, negative: String)) -> (plus: String, minus: String) {
        let (plus, minus) = switch classes {
        case .gate: (gateTrue, gateFalse)
        case .danger: (dangerous, harmless)
        case .neutral: (classA, classB)
        }
        return (plus.replacing("%T", with: targets.positive), minus.replacing("%T", with: targets.negative))
    }
}

extension SceneContext {
    /// The plane screen's strings in the context's language.
    public var plane: PlaneStrings { numbers.language == .de ? .german : .english }
}
