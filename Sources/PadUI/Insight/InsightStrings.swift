import NeuroCore

/// The texts of the insight views, experiments and file actions, in
/// English and in the German of the inf-schule lesson. `%1`, `%2` ... are
/// filled in by `fill`, so word order can differ between the languages.
public struct InsightStrings: Sendable {
    public var viewNames: [InsightView: String]
    /// Short names on the row of view tabs.
    public var tabNames: [InsightView: String]
    public var settingsLine: String        // %1 sizes, %2 learning rate, %3 training digits
    public var allDigits: String
    public var answerLine: String          // %1 digit, %2 percent
    public var noDrawing: String
    public var notReady: String
    // Weights
    public var weightsNote: String
    public var neuron: String              // %1 number
    public var activation: String          // %1 value
    public var clickNeuron: String
    public var negative: String
    public var positive: String
    // Diagram
    public var input: String
    public var hiddenLayer: String         // %1 layer number
    public var outputLayer: String
    public var moreNeurons: String         // %1 count shown, %2 count in all
    // Gallery
    public var galleryPage: String         // %1 page, %2 pages
    public var testDigits: Plural          // %1 test digits
    public var galleryMistakes: String     // %1 mistakes, %2 digits
    /// The gallery's buttons (keys P, N, M): previous page, next page, only mistakes.
    public var galleryButtons: [String]
    public var noMistakes: String
    // Confusion
    public var confusionTitle: String      // %1 epoch, %2 `testDigits`
    public var trueDigit: String
    public var answered: String
    public var afterFirstEpoch: String
    // Accuracy
    public var trainAccuracy: String
    public var testAccuracy: String
    public var epochsAxis: String
    public var runLogTitle: String
    /// Column heads of the run log: network, learning rate, digits, epochs, train, test.
    public var runColumns: [String]
    public var runNow: String
    /// "Runs 5-8 of 12": the run log's page, when there is more than one.
    public var runRange: String            // %1 first, %2 last, %3 runs in all
    public var runSingle: String           // %1 the run, %3 runs in all (a page of one run)
    /// The run log's buttons (keys P, N): older runs, newer runs.
    public var runButtons: [String]
    public var noRuns: String
    // Misread
    public var asDrawn: String
    public var asCentred: String
    public var boxLegend: String
    public var massLegend: String
    public var scaleLine: String           // %1 factor, %2 shift in cells
    public var misreadHint: String
    // Imagine
    public var imagineNote: String
    // Own digits, experiments, files
    public var ownDigits: Plural           // %1 count
    public var digits: Plural              // %1 count
    public var files: Plural               // %1 count
    public var ownAdded: String            // %1 digit, %2 `ownDigits`
    public var ownCount: String            // %1 `ownDigits`, %2 per-label list
    public var ownNothingDrawn: String
    public var ownForgetAsk: Plural        // %1 count
    public var ownForgotten: String
    public var ownKept: String
    /// The legend's U: take back the own digit added last.
    public var undoDigit: KeyHint
    public var ownUndone: String           // %1 digit, %2 `ownDigits` left
    public var ownAlready: String          // %1 the label it has
    public var ownExported: String         // %1 path
    public var ownEmpty: String
    public var trainSizeSet: String        // %1 count or "all"
    public var secondLayerOn: String       // %1 sizes
    public var secondLayerOff: String      // %1 sizes
    public var modelSaved: String          // %1 path
    public var notebookSaved: String       // %1 path
    public var modelLoaded: String         // %1 path, %2 sizes
    public var modelNone: String           // %1 path
    public var screenshotSaved: String     // %1 path
    public var screenshotFailed: String    // %1 path, %2 the graphics library's reason
    public var photoShown: String          // %1 file, %2 digit
    public var photoUnreadable: String     // %1 file
    public var photoNoDigit: String        // %1 file
    public var failed: String              // %1 reason
    public var noteSeparator: String       // %1 file, %2 semicolons or tabs
    public var noteDecimalComma: String    // %1 file, %2 semicolons or tabs
    public var semicolons: String
    public var tabs: String
    public var noteUnitScale: String       // %1 file
    public var noteTransposed: String      // %1 file
    public var noteInverted: String        // %1 file
    public var noteCollection: String      // %1 folder, %2 `digits`, %3 `files`, %4 "file count, ..."
    public var ownFileAdded: String        // %1 file, %2 `digits` added, %3 skipped as already there, %4 `ownDigits` in all
    public var languageName: String
    public var legend: [KeyHint]
    public var help: [KeyHint]

    /// A data reader's note (another separator, a scale) in this language.
    public func text(_ note: DataNote, _ numbers: NumberFormat) -> String {
        switch note {
        case .separator(let file, let separator, let decimalComma):
            InsightStrings.fill(decimalComma ? noteDecimalComma : noteSeparator, file,
                                separator == .semicolon ? semicolons : tabs)
        case .unitScale(let file): InsightStrings.fill(noteUnitScale, file)
        case .transposed(let file): InsightStrings.fill(noteTransposed, file)
        case .inverted(let file): InsightStrings.fill(noteInverted, file)
        case .collection(let folder, let files):
            InsightStrings.fill(noteCollection, folder, digits(files.reduce(0) { $0 + $1.digits }, numbers),
                                self.files(files.count, numbers), files.map { "\($0.file) \($0.digits)" }.joined(separator: ", "))
        }
    }

    /// Replaces %1, %2 ... with `args` in order.
    public static func fill(_ template: String, _ args: String...) -> String {
        var s = template
        for (i, a) in args.enumerated().reversed() { s = s.replacing("%\(i + 1)", with: a) }
        return s
    }
}

extension SceneContext {
    /// The insight strings in the context's language.
    public var insight: InsightStrings { numbers.language.insight }
}

extension Language {
    public var insight: InsightStrings { self == .de ? .german : .english }
}
