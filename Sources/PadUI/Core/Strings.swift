/// The languages of the on-screen text. English is the default; German
/// uses the terms of the inf-schule lesson (Lernrate, Epoche, ...).
public enum Language: String, Sendable, CaseIterable {
    case en, de

    /// "de", "DE", "de_DE.UTF-8" -> .de; nil for anything unknown.
    public init?(code: String) {
        let prefix = code.lowercased().prefix(2)
        guard let lang = Language(rawValue: String(prefix)) else { return nil }
        self = lang
    }

    public var strings: Strings { self == .de ? .german : .english }
}

/// One key of the legend and what it does.
public struct KeyHint: Sendable, Equatable {
    public var keys: String
    public var action: String
}

/// Every string the window shows. Scenes read them from here only, so a
/// second language is one more table, not a hunt through the code.
public struct Strings: Sendable {
    public var digitsMode: String
    public var drawHint: String
    public var networkInput: String
    public var networkInputNote: String
    public var answer: String
    public var noAnswer: String
    public var outputs: String
    public var lossTitle: String
    /// The same where the full title does not fit (a 4:3 window).
    public var lossTitleShort: String
    public var samplesAxis: String
    public var testAccuracy: String
    public var testAccuracyShort: String
    public var epoch: String
    public var samples: String
    public var learningRate: String
    public var hiddenLayer: String
    public var neurons: String
    public var pace: String
    public var training: String
    public var running: String
    public var paused: String
    public var diverged: String
    /// Over the loss plot once training stopped itself: why, and what to do.
    public var divergedHint: String
    /// The same, shorter, for a small plot.
    public var divergedShort: String
    /// The least of it, for a very small plot.
    public var divergedTiny: String
    public var loading: String
    public var loadFailed: String
    /// Short form for the training row when the data could not be read.
    public var noData: String
    public var network: String
    public var trainingData: String
    public var testData: String
    /// The legend's keys, each a button. The settings' keys (+ -, [ ], , .)
    /// and C (clear) are on the buttons under the grid instead.
    public var legend: [KeyHint]
    public var helpTitle: String
    /// Fuller explanations for the help overlay.
    public var help: [KeyHint]
    /// The help overlay's close button, beside its key H.
    public var helpClose: String
    /// The digit pad's tools beside the grid: draw or erase with the left
    /// button, pen or finger.
    public var pen: String
    public var eraser: String
    public var clear: String
    /// Above the ten digit buttons that add the drawing to the own digits.
    public var teachPrompt: String
    /// The buttons that answer a question, and the key of yes (Y, J).
    public var yes: String
    public var no: String
    public var yesKey: String
    /// The plane's class toggle: which class a tap adds.
    public var tapAdds: String
}

extension Strings {
    public static let english = Strings(
        digitsMode: "Digit recognition", drawHint: "Draw a digit", networkInput: "Network input",
        networkInputNote: "scaled and centred", answer: "Answer", noAnswer: "draw a digit",
        outputs: "Output of the network", lossTitle: "Loss (moving average)", lossTitleShort: "Loss",
        samplesAxis: "samples seen", testAccuracy: "Test accuracy", testAccuracyShort: "Test", epoch: "Epoch", samples: "samples", learningRate: "Learning rate",
        hiddenLayer: "Hidden layer", neurons: "neurons", pace: "Pace", training: "Training",
        running: "running", paused: "paused", diverged: "diverged",
        divergedHint: "The network diverged: the learning rate is too large, the weights ran away and "
            + "nothing is learned any more. Try a smaller learning rate (−), then press R for new weights.",
        divergedShort: "Diverged: the learning rate is too large. Choose a smaller learning rate (−), then R for new weights.",
        divergedTiny: "Diverged: learning rate too large. Press − then R.",
        loading: "loading data ...",
        loadFailed: "Could not load the data", noData: "no data", network: "Network", trainingData: "Training data",
        testData: "Test data",
        legend: [
            KeyHint(keys: "Space", action: "pause"), KeyHint(keys: "R", action: "reset"),
            KeyHint(keys: "Tab", action: "perceptron"), KeyHint(keys: "H", action: "help"),
            KeyHint(keys: "F11", action: "full screen"), KeyHint(keys: "Esc", action: "quit"),
        ],
        helpTitle: "Keys",
        help: [
            KeyHint(keys: "left / right mouse", action: "draw on the 28 x 28 grid / erase"),
            KeyHint(keys: "C, Backspace", action: "clear the grid"),
            KeyHint(keys: "Space", action: "pause or resume training"),
            KeyHint(keys: "R", action: "new random weights: training starts from scratch"),
            KeyHint(keys: "+  -", action: "larger or smaller learning rate"),
            KeyHint(keys: "[  ]", action: "fewer or more neurons in the hidden layer (new network)"),
            KeyHint(keys: ",  .", action: "train slower or faster"),
            KeyHint(keys: "Tab", action: "switch to the perceptron"),
            KeyHint(keys: "F11", action: "full screen on or off"),
            KeyHint(keys: "H, F1", action: "show or hide this help"),
            KeyHint(keys: "Esc", action: "quit"),
        ],
        helpClose: "close", pen: "pen", eraser: "eraser", clear: "clear", teachPrompt: "Add the drawing as digit:",
        yes: "yes", no: "no", yesKey: "Y", tapAdds: "tap adds")

    public static let german = Strings(
        digitsMode: "Ziffernerkennung", drawHint: "Zeichne eine Ziffer", networkInput: "Eingabe des Netzes",
        networkInputNote: "skaliert und zentriert", answer: "Antwort", noAnswer: "zeichne eine Ziffer",
        outputs: "Ausgabe des Netzes", lossTitle: "Kosten (gleitender Mittelwert)",
        lossTitleShort: "Kosten", samplesAxis: "gesehene Trainingsbeispiele", testAccuracy: "Genauigkeit (Testdaten)",
        testAccuracyShort: "Testdaten", epoch: "Epoche",
        samples: "Beispiele", learningRate: "Lernrate", hiddenLayer: "Verdeckte Schicht", neurons: "Neuronen",
        pace: "Tempo", training: "Training", running: "läuft", paused: "pausiert",
        diverged: "divergiert",
        divergedHint: "Das Netz ist divergiert: Die Lernrate ist zu groß, die Gewichte sind davongelaufen "
            + "und es lernt nichts mehr. Wähle eine kleinere Lernrate (−) und drücke R für neue Gewichte.",
        divergedShort: "Divergiert: Die Lernrate ist zu groß. Wähle eine kleinere Lernrate (−), dann R für neue Gewichte.",
        divergedTiny: "Divergiert: Lernrate zu groß. Drücke − und dann R.",
        loading: "lade Daten ...", loadFailed: "Daten nicht ladbar", noData: "keine Daten",
        network: "Netz", trainingData: "Trainingsdaten", testData: "Testdaten",
        legend: [
            KeyHint(keys: "Leertaste", action: "Pause"), KeyHint(keys: "R", action: "neu"),
            KeyHint(keys: "Tab", action: "Perzeptron"), KeyHint(keys: "H", action: "Hilfe"),
            KeyHint(keys: "F11", action: "Vollbild"), KeyHint(keys: "Esc", action: "Ende"),
        ],
        helpTitle: "Tasten",
        help: [
            KeyHint(keys: "linke / rechte Maustaste", action: "auf dem 28 x 28-Raster zeichnen / radieren"),
            KeyHint(keys: "C, Rücktaste", action: "Raster löschen"),
            KeyHint(keys: "Leertaste", action: "Training anhalten oder fortsetzen"),
            KeyHint(keys: "R", action: "neue Zufallsgewichte: Training beginnt von vorn"),
            KeyHint(keys: "+  -", action: "größere oder kleinere Lernrate"),
            KeyHint(keys: "[  ]", action: "weniger oder mehr Neuronen in der verdeckten Schicht (neues Netz)"),
            KeyHint(keys: ",  .", action: "langsamer oder schneller trainieren"),
            KeyHint(keys: "Tab", action: "zum Perzeptron wechseln"),
            KeyHint(keys: "F11", action: "Vollbild ein oder aus"),
            KeyHint(keys: "H, F1", action: "diese Hilfe zeigen oder verbergen"),
            KeyHint(keys: "Esc", action: "beenden"),
        ],
        helpClose: "schließen", pen: "Stift", eraser: "Radierer", clear: "löschen", teachPrompt: "Zeichnung aufnehmen als Ziffer:",
        yes: "ja", no: "nein", yesKey: "J", tapAdds: "Tippen setzt")
}
