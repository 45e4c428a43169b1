import Foundation
import NeuroCore
import Testing
@testable import PadUI

/// Every message the window shows comes from the string tables: counted
/// phrases in their singular and plural, and file errors in German in the
/// German window.
@Suite("Messages in both languages")
struct MessageTests {
    let de = Language.de.insight, en = Language.en.insight
    let deNumbers = NumberFormat(.de), enNumbers = NumberFormat(.en)

    @Test("forgetting own digits: 'Alle 3 eigenen Ziffern', 'Die eigene Ziffer', never 'Alle 1'")
    func forgetPlural() {
        #expect(de.ownForgetAsk(3, deNumbers).hasPrefix("Alle 3 eigenen Ziffern vergessen?"))
        #expect(de.ownForgetAsk(1, deNumbers).hasPrefix("Die eigene Ziffer vergessen?"))
        #expect(de.ownForgetAsk(1_200, deNumbers).hasPrefix("Alle 1.200 eigenen Ziffern vergessen?"))
        #expect(en.ownForgetAsk(1, enNumbers).hasPrefix("Forget your own digit?"))
        #expect(en.ownForgetAsk(2, enNumbers).hasPrefix("Forget all 2 own digits?"))
        for (s, numbers) in [(de, deNumbers), (en, enNumbers)] {
            #expect(!s.ownForgetAsk(1, numbers).contains("1"))
        }
    }

    @Test("counted phrases: one and many, in both languages")
    func counted() {
        #expect(de.ownDigits(1, deNumbers) == "1 eigene Ziffer")
        #expect(de.ownDigits(0, deNumbers) == "0 eigene Ziffern")
        #expect(en.ownDigits(1, enNumbers) == "1 own digit")
        #expect(en.ownDigits(12, enNumbers) == "12 own digits")
        #expect(de.testDigits(1, deNumbers) == "1 Testziffer" && de.testDigits(10_000, deNumbers) == "10.000 Testziffern")
        #expect(en.files(1, enNumbers) == "1 file" && de.files(2, deNumbers) == "2 Dateien")
        let one = DataNote.collection(folder: "7b", files: [.init(file: "pc01.csv", digits: 1)])
        #expect(de.text(one, deNumbers) == "7b: 1 Ziffer aus 1 Datei (pc01.csv 1)")
        let two = DataNote.collection(folder: "7b", files: [.init(file: "a.csv", digits: 1_000), .init(file: "b.csv", digits: 2)])
        #expect(en.text(two, enNumbers) == "7b: 1,002 digits from 2 files (a.csv 1000, b.csv 2)")
    }

    @Test("every data-file problem reads in German in the German window, and as before in English")
    func dataProblems() {
        let all: [DataProblem] = [
            .missing, .unreadable("x"), .empty, .notGzip, .truncatedGzip, .gzipTooLarge(limit: 200_000_000),
            .corruptGzip("x"), .wrongMagic(found: 0x1234), .wrongImageSize(rows: 32, columns: 32),
            .truncated(expected: 16, found: 3), .extraBytes(3), .countMismatch(images: 3, labels: 4),
            .labelOutOfRange(12), .pixelOutOfRange(line: 2, value: "300"), .wrongColumnCount(line: 2, found: 3),
            .notANumber(line: 2, value: "x"), .noLabelsBeside(expected: "t10k-labels-idx1-ubyte"), .unknownFormat,
            .noDigits, .unwritable("x"), .fileTooLarge(limit: 500_000_000), .labelOutOfRangeOnLine(line: 2, value: "12"),
            .emptyCell(line: 2, column: 3), .pixelOutOfUnitRange(line: 2, value: "37"),
            .emnistLetters(line: 3, label: "12"), .tooFewToHoldOut(count: 5), .tooFewToHoldOut(count: 1),
        ]
        #expect(Set(all.map(Self.index)) == Set(0 ..< Self.dataCases), "a data problem without an example here")
        for p in all {
            #expect(Language.en.text(p) == p.description)
            Self.expectGerman(Language.de.text(p), english: p.description)
        }
        let error = DataError(file: "ziffern.csv", problem: .notANumber(line: 7, value: "x"))
        #expect(Language.de.text(error) == "ziffern.csv: Zeile 7: 'x' ist keine Zahl")
        #expect(Language.en.text(error) == error.description)
    }

    @Test("every model-file problem reads in German in the German window, and as before in English")
    func modelProblems() {
        var all: [ModelProblem] = [
            .missing, .unreadable, .singleNPY, .pickle, .notANetworkFile, .unsupportedVersion(found: 9, reads: 1),
            .weightCount(expected: 10, room: 3), .invalidNumbers, .weightsDoNotFit, .unusableSizes("3-0-10"),
            .tooLarge(parameters: 1), .tooLargeOver(limit: 1), .noNetwork(found: []), .noNetwork(found: ["gewichte"]),
            .missingEntry("who", needed: "wih, who"), .weightAxes("wih", shape: "(50, 28, 28)"),
            .weightShape("who", shape: "(10, 25)", from: "wih", neurons: 50, expected: "(10, 50)"),
            .biasShape("bias_hidden", shape: "(10, 1)", neurons: 50, weights: "wih"), .activationWord("relu"),
            .activationWord(nil), .inEntry("wih", .objects), .notNPY, .npyHeaderCut, .npyVersion("4.0"),
            .npyHeaderUnreadable("{'x'"), .structuredArray, .noDataType, .noShape, .badShape,
            .arrayTooLarge(shape: "(9, 9)"), .dataSize(bytes: 3, shape: "(2,)", type: "<f8", needed: 16), .textCut,
            .objects, .numberType("<i8"), .zipEndMissing, .zipSplit, .encrypted, .memberTooLarge(bytes: 9),
            .packMethod(12), .cannotCreateFolder("/x"), .cannotWrite("x"), .writeFailed, .notEncodable,
        ]
        all += ModelProblem.Damage.allCases.map { .damaged($0) }
        #expect(Set(all.map(Self.index)) == Set(0 ..< Self.modelCases), "a model problem without an example here")
        for p in all {
            #expect(Language.en.text(p) == p.description)
            Self.expectGerman(Language.de.text(p), english: p.description)
        }
        let error = ModelError(file: "netz.npz", problem: .inEntry("wih", .numberType("<i8")))
        #expect(Language.de.text(error).hasPrefix("netz.npz: wih: enthält Zahlen vom Typ '<i8'"))
    }

    @Test("the German texts around errors and questions are German")
    func germanFrames() {
        let s = Language.de.session, i = Language.de.insight
        let english = Language.en.session, e = Language.en.insight
        let pairs = [(s.modelUnreadable, english.modelUnreadable), (s.modelMissing, english.modelMissing),
                     (s.notAModel, english.notAModel), (s.saveFailed, english.saveFailed),
                     (s.dataUnreadable, english.dataUnreadable), (i.failed, e.failed),
                     (i.photoUnreadable, e.photoUnreadable), (i.photoNoDigit, e.photoNoDigit),
                     (i.screenshotFailed, e.screenshotFailed), (i.ownForgetAsk.one, e.ownForgetAsk.one),
                     (i.ownForgetAsk.many, e.ownForgetAsk.many), (i.ownFileAdded, e.ownFileAdded)]
        for (german, englishText) in pairs { Self.expectGerman(german, english: englishText) }
    }

    /// English words that have no place in a German sentence. Technical
    /// tokens (np.savez, --test, emnist-digits, '<f8') are skipped.
    static let englishWords: Set<String> = [
        "the", "is", "are", "not", "found", "cannot", "file", "files", "damaged", "expected", "missing", "read",
        "write", "folder", "network", "weights", "has", "shape", "of", "and", "or", "too", "large", "only", "digits",
        "digit", "line", "no", "holds", "could", "failed", "saved", "loaded", "with", "from", "cut", "off", "than",
        "more", "lines", "picture", "photo", "screenshot",
    ]

    static func expectGerman(_ german: String, english: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(german != english, "not translated: \(german)", sourceLocation: sourceLocation)
        let words = german.split(whereSeparator: \.isWhitespace).map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: "()[];:,?!"))
        }
        let technical: (String) -> Bool = { w in w.contains { "-._'<>%/=0123456789".contains($0) } }
        let stray = words.filter { !technical($0) && englishWords.contains($0.lowercased()) }
        #expect(stray.isEmpty, "English in German text: \(stray) in \(german)", sourceLocation: sourceLocation)
    }

    static let dataCases = 26
    /// One number per case: a new case does not compile until it has one,
    /// and then fails the coverage check until an example is listed above.
    static func index(_ p: DataProblem) -> Int {
        switch p {
        case .missing: 0
        case .unreadable: 1
        case .empty: 2
        case .notGzip: 3
        case .truncatedGzip: 4
        case .gzipTooLarge: 5
        case .corruptGzip: 6
        case .wrongMagic: 7
        case .wrongImageSize: 8
        case .truncated: 9
        case .extraBytes: 10
        case .countMismatch: 11
        case .labelOutOfRange: 12
        case .pixelOutOfRange: 13
        case .wrongColumnCount: 14
        case .notANumber: 15
        case .noLabelsBeside: 16
        case .unknownFormat: 17
        case .noDigits: 18
        case .unwritable: 19
        case .fileTooLarge: 20
        case .labelOutOfRangeOnLine: 21
        case .emptyCell: 22
        case .pixelOutOfUnitRange: 23
        case .emnistLetters: 24
        case .tooFewToHoldOut: 25
        }
    }

    static let modelCases = 42
    static func index(_ p: ModelProblem) -> Int {
        switch p {
        case .missing: 0
        case .unreadable: 1
        case .singleNPY: 2
        case .pickle: 3
        case .notANetworkFile: 4
        case .unsupportedVersion: 5
        case .damaged: 6
        case .weightCount: 7
        case .invalidNumbers: 8
        case .weightsDoNotFit: 9
        case .unusableSizes: 10
        case .tooLarge: 11
        case .tooLargeOver: 12
        case .noNetwork: 13
        case .missingEntry: 14
        case .weightAxes: 15
        case .weightShape: 16
        case .biasShape: 17
        case .activationWord: 18
        case .inEntry: 19
        case .notNPY: 20
        case .npyHeaderCut: 21
        case .npyVersion: 22
        case .npyHeaderUnreadable: 23
        case .structuredArray: 24
        case .noDataType: 25
        case .noShape: 26
        case .badShape: 27
        case .arrayTooLarge: 28
        case .dataSize: 29
        case .textCut: 30
        case .objects: 31
        case .numberType: 32
        case .zipEndMissing: 33
        case .zipSplit: 34
        case .encrypted: 35
        case .memberTooLarge: 36
        case .packMethod: 37
        case .cannotCreateFolder: 38
        case .cannotWrite: 39
        case .writeFailed: 40
        case .notEncodable: 41
        }
    }
}
