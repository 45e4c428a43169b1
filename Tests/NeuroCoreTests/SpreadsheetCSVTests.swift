import Foundation
import Testing
@testable import NeuroCore

/// CSV files as spreadsheets and notebooks write them: other separators,
/// decimal commas, pixel values 0 … 1. Each test writes its own small file.
@Suite("Spreadsheet CSV")
struct SpreadsheetCSVTests {
    /// Label and 784 cells per digit, joined by `separator`; `cell` writes each pixel.
    func text(_ digits: Dataset, separator: String, header: Bool = false,
              label: (Int) -> String = { String($0) }, cell: (UInt8) -> String = { String($0) }) -> String {
        var lines = header ? [(["label"] + (0 ..< 784).map { "pixel\($0)" }).joined(separator: separator)] : []
        for i in 0 ..< digits.count {
            lines.append(([label(digits.label(i))] + digits.image(i).map(cell)).joined(separator: separator))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Reads `text` from a file named `name` the test writes.
    func load(_ text: String, _ name: String) throws -> Dataset {
        let s = try DataScratch()
        defer { s.remove() }
        return try DataLoader.load(path: try s.write(text, name))
    }

    func problem(_ text: String, _ name: String = "klasse.csv") -> DataError? {
        do {
            _ = try load(text, name)
            return nil
        } catch {
            return error as? DataError
        }
    }

    /// A pixel as a fraction of 255 with a decimal comma, as German Excel shows it.
    static func germanFraction(_ b: UInt8) -> String {
        String(format: "%.6f", Double(b) / 255).replacingOccurrences(of: ".", with: ",")
    }

    @Test("German Excel: semicolons, whole numbers, a header; said in a note")
    func semicolons() throws {
        let digits = try dataSampleDigits(12)
        let set = try load(text(digits, separator: ";", header: true), "excel.csv")
        #expect(set.images == digits.images && set.labels == digits.labels)
        #expect(set.notes == [.separator(file: "excel.csv", separator: .semicolon, decimalComma: false)])
        #expect(set.notes[0].description == "excel.csv: cells separated by semicolons (;)")
    }

    @Test("LibreOffice: semicolons and pixel values 0 … 1 with decimal commas")
    func semicolonsDecimalCommas() throws {
        let digits = try dataSampleDigits(10)
        let set = try load(text(digits, separator: ";", cell: Self.germanFraction), "calc.csv")
        #expect(set.images == digits.images && set.labels == digits.labels)
        #expect(set.notes == [.separator(file: "calc.csv", separator: .semicolon, decimalComma: true),
                              .unitScale(file: "calc.csv")])
    }

    @Test("tab-separated, label last")
    func tabs() throws {
        let digits = try dataSampleDigits(10)
        let lines = (0 ..< digits.count).map { i in
            (digits.image(i).map(String.init) + [String(digits.label(i))]).joined(separator: "\t")
        }
        let set = try load(lines.joined(separator: "\n"), "tabs.tsv.csv")
        #expect(set.images == digits.images && set.labels == digits.labels)
        #expect(set.notes == [.separator(file: "tabs.tsv.csv", separator: .tab, decimalComma: false)])
    }

    @Test("pixel values 0 … 1 as pandas and numpy's savetxt write them are scaled to 0 … 255")
    func unitScale() throws {
        let digits = try dataSampleDigits(10)
        let pandas = text(digits, separator: ",", header: true, cell: { "\(Double($0) / 255)" })
        let set = try load(pandas, "scaled.csv")
        #expect(set.images == digits.images && set.labels == digits.labels)
        #expect(set.notes == [.unitScale(file: "scaled.csv")])
        let savetxt = text(digits, separator: ",", label: { String(format: "%.18e", Double($0)) },
                           cell: { String(format: "%.18e", Double($0) / 255) })
        let fromNumpy = try load(savetxt, "savetxt.csv")
        #expect(fromNumpy.images == digits.images && fromNumpy.labels == digits.labels)
    }

    @Test("black-and-white digits stored as 0 and 1 become 0 and 255")
    func binary() throws {
        let digits = try dataSampleDigits(10)
        let set = try load(text(digits, separator: ",", cell: { $0 >= 128 ? "1" : "0" }), "bw.csv")
        #expect(set.images == digits.images.map { $0 >= 128 ? 255 : 0 })
        #expect(set.notes == [.unitScale(file: "bw.csv")])
    }

    @Test("a plain MNIST CSV has no notes")
    func plain() throws {
        let digits = try dataSampleDigits(10)
        #expect(try load(text(digits, separator: ","), "plain.csv").notes.isEmpty)
    }

    @Test("values that fit neither scale are refused with the file, the line and the value")
    func neitherScale() throws {
        let digits = try dataSampleDigits(4)
        var rows = text(digits, separator: ",", cell: { "\(Double($0) / 255)" }).components(separatedBy: "\r\n")
        rows[2] = rows[2].replacingOccurrences(of: ",1.0,", with: ",37,")
        let mixed = problem(rows.joined(separator: "\n"))
        #expect(mixed?.problem == .pixelOutOfUnitRange(line: 3, value: "37"))
        #expect(mixed?.description.contains("/klasse.csv: line 3: pixel value 37 is not in 0-1") == true)
        rows = text(digits, separator: ";", cell: Self.germanFraction).components(separatedBy: "\r\n")
        rows[1] = rows[1].replacingOccurrences(of: ";1,000000;", with: ";1,5;")
        #expect(problem(rows.joined(separator: "\n"))?.problem == .pixelOutOfUnitRange(line: 2, value: "1,5"))
        let halfLabel = text(digits, separator: ",", label: { "\($0).5" })
        #expect(problem(halfLabel)?.problem == .labelOutOfRangeOnLine(line: 1, value: "0.5"))
    }

    @Test("a semicolon file with the wrong cell count names the line and the count")
    func semicolonColumns() throws {
        let digits = try dataSampleDigits(3)
        var rows = text(digits, separator: ";").components(separatedBy: "\r\n")
        rows[1] = "3;0;0;0"
        let error = problem(rows.joined(separator: "\n"))
        #expect(error?.problem == .wrongColumnCount(line: 2, found: 4))
        #expect(error?.description.contains("/klasse.csv: line 2: 4 columns") == true)
    }
}
