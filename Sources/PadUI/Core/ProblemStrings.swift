import NeuroCore

/// What is wrong with a data or model file, in the window's language. The
/// English texts are the problems' own descriptions (which the command line
/// prints too); the German ones are here, one for every case, so a German
/// window never shows an English reason.
extension Language {
    /// "FILE: PROBLEM" for a data file.
    public func text(_ error: DataError) -> String { "\(error.file): \(text(error.problem))" }

    /// "FILE: PROBLEM" for a model, settings or own-digits file.
    public func text(_ error: ModelError) -> String { "\(error.file): \(text(error.problem))" }

    public func text(_ problem: DataProblem) -> String {
        self == .de ? ProblemStrings.german(problem) : problem.description
    }

    public func text(_ problem: ModelProblem) -> String {
        self == .de ? ProblemStrings.german(problem) : problem.description
    }
}

/// The German texts of `DataProblem` and `ModelProblem`.
enum ProblemStrings {
    static func german(_ problem: DataProblem) -> String {
        switch problem {
        case .missing: "Datei nicht gefunden"
        case .unreadable(let why): "nicht lesbar (\(why))"
        case .empty: "die Datei ist leer"
        case .notGzip: "keine gzip-Datei, obwohl ihr Name auf .gz endet"
        case .truncatedGzip: "die gzip-Daten enden zu früh (Datei abgeschnitten?)"
        case .gzipTooLarge(let limit): "entpackt größer als \(DataProblem.sizeText(limit, bytesWord: "Bytes")), abgelehnt"
        case .corruptGzip(let why): "die gzip-Daten sind beschädigt (\(why))"
        case .wrongMagic(let m): "keine MNIST-IDX-Datei (magische Zahl 0x\(String(m, radix: 16)))"
        case .wrongImageSize(let r, let c): "die Bilder sind \(r)x\(c) groß, NeuroPad braucht 28x28"
        case .truncated(let e, let f): "Datei zu kurz: \(e) Bytes erwartet, \(f) gefunden"
        case .extraBytes(let n): "\(n) unerwartete Bytes nach den Daten"
        case .countMismatch(let i, let l): "\(i) Bilder, aber \(l) Labels"
        case .labelOutOfRange(let l): "Label \(l) ist keine Ziffer 0-9"
        case .pixelOutOfRange(let line, let v): "Zeile \(line): Pixelwert \(v) liegt nicht in 0-255"
        case .wrongColumnCount(let line, let n):
            "Zeile \(line): \(n) \(n == 1 ? "Spalte" : "Spalten"), erwartet 785 (Label und 784 Pixel)"
        case .notANumber(let line, let v): "Zeile \(line): '\(v)' ist keine Zahl"
        case .noLabelsBeside(let e): "keine Label-Datei daneben (gesucht: \(e))"
        case .unknownFormat: "unbekanntes Format (erwartet: MNIST-IDX-Dateien, .csv oder ein Ordner davon)"
        case .noDigits: "enthält keine Ziffern"
        case .unwritable(let why): "nicht schreibbar (\(why))"
        case .fileTooLarge(let limit): "ist größer als \(DataProblem.sizeText(limit, bytesWord: "Bytes")), abgelehnt"
        case .labelOutOfRangeOnLine(let line, let v): "Zeile \(line): Label \(v) ist keine Ziffer 0-9"
        case .emptyCell(let line, let column): "Zeile \(line): Spalte \(column) ist leer"
        case .emnistLetters(let line, let label):
            (line.map { "Zeile \($0): " } ?? "") + (label.map { "Label \($0): " } ?? "")
                + "EMNIST-Buchstaben (Labels 1-26 stehen für a-z), keine Ziffern; NeuroPad lernt die Ziffern 0-9 "
                + "(Dateien emnist-digits oder emnist-mnist)"
        case .tooFewToHoldOut(let n):
            (n == 1 ? "nur eine Ziffer" : "nur \(n) Ziffern") + ", zu wenige, um Testziffern beiseitezulegen "
                + "(jede sechste); nimm eine größere Datei oder gib Testziffern mit --test an"
        case .pixelOutOfUnitRange(let line, let v):
            "Zeile \(line): Pixelwert \(v) liegt nicht in 0-1 (die Datei enthält Brüche, ihre Pixel werden als 0 … 1 gelesen)"
        }
    }

    static func german(_ problem: ModelProblem) -> String {
        switch problem {
        case .missing: "Datei nicht gefunden"
        case .unreadable: "nicht lesbar (ein Ordner oder keine Leserechte?)"
        case .singleNPY:
            "ein einzelnes numpy-Array (.npy); speichere das ganze Netz mit np.savez in eine .npz-Datei"
        case .pickle:
            "ein Python-Pickle, das NeuroPad nicht öffnet; speichere das Netz mit np.savez in eine .npz-Datei"
        case .notANetworkFile: "weder eine NeuroPad-Netzdatei noch ein numpy-.npz-Archiv"
        case .unsupportedVersion(let found, let reads):
            "Dateiformat Version \(found) wird nicht unterstützt (dieses NeuroPad liest Version \(reads))"
        case .damaged(let part): german(part)
        case .weightCount(let expected, let room): "\(expected) Gewichte erwartet, die Datei hat Platz für \(room)"
        case .invalidNumbers: "die Gewichte enthalten ungültige Zahlen"
        case .weightsDoNotFit: "die Gewichte passen nicht zu den Schichtgrößen"
        case .unusableSizes(let sizes): "Schichtgrößen \(sizes) sind kein Netz, das NeuroPad nutzen kann"
        case .tooLarge(let n): "Netz zu groß (\(n) Parameter)"
        case .tooLargeOver(let limit): "Netz zu groß (mehr als \(limit) Parameter)"
        case .noNetwork(let found):
            "enthält kein Netz (gefunden: \(found.isEmpty ? "nichts" : found.joined(separator: ", "))); "
                + "erwartet: wih, who, bias_hidden, bias_output (die Namen im Notebook) oder W0, b0, W1, b1, …"
        case .missingEntry(let key, let needed): "der Eintrag '\(key)' fehlt (ein Netz braucht \(needed))"
        case .weightAxes(let name, let shape):
            "\(name) hat die Form \(shape); eine Gewichtsmatrix hat zwei Achsen (Neuronen, Eingaben)"
        case .weightShape(let name, let shape, let from, let n, let expected):
            "\(name) hat die Form \(shape), aber \(from) liefert \(n) Neuronen: erwartet \(expected)"
        case .biasShape(let name, let shape, let n, let weights):
            "\(name) hat die Form \(shape); für die \(n) Neuronen von \(weights) erwartet (\(n), 1), (1, \(n)) oder (\(n),)"
        case .activationWord(let word):
            "Aktivierung ist \(word.map { "'\($0)'" } ?? "kein Wort"); erwartet 'sigmoid' oder 'tanh'"
        case .inEntry(let entry, let inner): "\(entry): \(german(inner))"
        case .notNPY: "kein numpy-Array (.npy)"
        case .npyHeaderCut: "der Kopf des Arrays ist abgeschnitten"
        case .npyVersion(let v): "numpy-Format Version \(v) wird nicht unterstützt (NeuroPad liest 1.0 bis 3.0)"
        case .npyHeaderUnreadable(let header): "der Kopf des Arrays ist nicht lesbar: \(header)"
        case .structuredArray: "ein strukturiertes Array (mehrere Felder); NeuroPad braucht einfache Zahlen"
        case .noDataType: "der Kopf des Arrays nennt keinen Datentyp"
        case .noShape: "der Kopf des Arrays nennt keine Form"
        case .badShape: "die Form des Arrays ist keine Liste von Größen"
        case .arrayTooLarge(let shape): "ein Array der Form \(shape) ist zu groß für ein Netz"
        case .dataSize(let bytes, let shape, let type, let needed):
            "\(bytes) Bytes Daten, aber die Form \(shape) vom Typ '\(type)' braucht \(needed)"
        case .textCut: "das Text-Array ist abgeschnitten"
        case .objects: "enthält Python-Objekte (ein Pickle), die NeuroPad nicht öffnet; speichere einfache numpy-Arrays"
        case .numberType(let type): "enthält Zahlen vom Typ '\(type)'; NeuroPad braucht float64 ('<f8') oder float32 ('<f4')"
        case .zipEndMissing: "kein vollständiges zip-Archiv (der Endeintrag fehlt: Datei abgeschnitten?)"
        case .zipSplit: "ein auf mehrere Dateien verteiltes zip-Archiv wird nicht unterstützt"
        case .encrypted: "verschlüsselt, NeuroPad kann es nicht öffnen"
        case .memberTooLarge(let bytes): "entpackt \(bytes) Bytes groß, zu groß für ein Netz"
        case .packMethod(let m):
            "mit Verfahren \(m) gepackt; NeuroPad liest ungepackte und mit deflate gepackte Einträge (np.savez, np.savez_compressed)"
        case .cannotCreateFolder(let folder): "Ordner \(folder) lässt sich nicht anlegen"
        case .cannotWrite(let why): "nicht schreibbar (\(why))"
        case .writeFailed: "Schreiben fehlgeschlagen (Festplatte voll?); die bisherige Datei ist unverändert"
        case .notEncodable: "die Einstellungen ließen sich nicht kodieren"
        }
    }

    static func german(_ part: ModelProblem.Damage) -> String {
        switch part {
        case .checksum: "die Datei ist beschädigt (Prüfsumme stimmt nicht)"
        case .headerLength: "die Datei ist beschädigt (Länge des Kopfes)"
        case .header: "die Datei ist beschädigt (Kopf nicht lesbar)"
        case .zipEndCut: "der Endeintrag des zip-Archivs ist abgeschnitten"
        case .zip64End: "der zip64-Endeintrag ist beschädigt"
        case .zipDirectoryOutside: "das zip-Verzeichnis zeigt aus der Datei hinaus (Datei abgeschnitten?)"
        case .zipDirectory: "das zip-Verzeichnis ist beschädigt"
        case .zip64Size: "ein zip64-Größenfeld fehlt"
        case .memberOutside: "die Daten des Eintrags liegen außerhalb der Datei (Datei abgeschnitten?)"
        case .storedSizes: "die gespeicherten Größen widersprechen sich"
        case .packedData: "die gepackten Daten sind beschädigt"
        case .memberChecksum: "die Daten sind beschädigt (Prüfsumme stimmt nicht)"
        }
    }
}
