/// The texts about the session as a whole, in English and German: the quit
/// question, errors with files, the lesson's starting values. `%1`, `%2`
/// are filled in by `InsightStrings.fill`.
public struct SessionStrings: Sendable {
    public var quitTitle: String
    /// Reasons to ask before quitting.
    public var quitNetwork: String
    public var quitPoints: String
    public var quitQuestionOpen: String
    /// Where the trained network is kept: %1 path (Ctrl+O reads it).
    public var quitKeptCtrlO: String
    /// %1 path, when `--model` names another file.
    public var quitKeptModel: String
    public var quitYes: KeyHint
    public var quitNo: KeyHint
    /// %1 path, %2 reason.
    public var modelUnreadable: String
    public var modelMissing: String             // %1 path
    public var trainingWaits: String
    public var notAModel: String                // %1 path
    public var saveFailed: String               // %1 path, %2 reason
    public var dataUnreadable: String           // %1 reason
    public var defaultsSet: String              // %1 learning rate, %2 neurons, %3 pace
    public var defaultsKey: KeyHint
}

extension SessionStrings {
    public static let english = SessionStrings(
        quitTitle: "Quit NeuroPad?",
        quitNetwork: "The network has trained since it was last saved.",
        quitPoints: "The points placed in the plane will be lost.",
        quitQuestionOpen: "A question is still waiting for an answer.",
        quitKeptCtrlO: "The trained network is kept as %1: Ctrl+O brings it back.",
        quitKeptModel: "The trained network is kept as %1: start with --model %1 to bring it back.",
        quitYes: KeyHint(keys: "Y, Enter", action: "quit"),
        quitNo: KeyHint(keys: "N, Esc", action: "stay"),
        modelUnreadable: "Network not loaded: %1 (%2)",
        modelMissing: "No network in %1 yet",
        trainingWaits: "training waits for Space",
        notAModel: "%1 is not a NeuroPad network: not overwritten. Start with --model and a new file name.",
        saveFailed: "Network not saved to %1 (%2)",
        dataUnreadable: "Could not load the data: %1",
        defaultsSet: "The lesson's values: learning rate %1, %2 hidden neurons, pace %3",
        defaultsKey: KeyHint(keys: "A", action: "lesson's values (learning rate 0.1, 50 neurons, 1,000/s)"))

    public static let german = SessionStrings(
        quitTitle: "NeuroPad beenden?",
        quitNetwork: "Das Netz hat seit dem letzten Speichern weiter gelernt.",
        quitPoints: "Die gesetzten Punkte in der Ebene gehen verloren.",
        quitQuestionOpen: "Eine Frage wartet noch auf Antwort.",
        quitKeptCtrlO: "Das trainierte Netz bleibt in %1: Strg+O holt es zurück.",
        quitKeptModel: "Das trainierte Netz bleibt in %1: Start mit --model %1 holt es zurück.",
        quitYes: KeyHint(keys: "J, Y, Eingabe", action: "beenden"),
        quitNo: KeyHint(keys: "N, Esc", action: "bleiben"),
        modelUnreadable: "Netz nicht geladen: %1 (%2)",
        modelMissing: "Noch kein Netz in %1",
        trainingWaits: "Training wartet auf die Leertaste",
        notAModel: "%1 ist kein NeuroPad-Netz: nicht überschrieben. Starte mit --model und einem neuen Dateinamen.",
        saveFailed: "Netz nicht gespeichert in %1 (%2)",
        dataUnreadable: "Daten nicht ladbar: %1",
        defaultsSet: "Werte der Lerneinheit: Lernrate %1, %2 verdeckte Neuronen, Tempo %3",
        defaultsKey: KeyHint(keys: "A", action: "Werte der Lerneinheit (Lernrate 0,1, 50 Neuronen, 1.000/s)"))
}

extension Language {
    public var session: SessionStrings { self == .de ? .german : .english }
}
