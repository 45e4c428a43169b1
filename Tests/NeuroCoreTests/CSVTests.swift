import Foundation
import Testing
@testable import NeuroCore

@Suite("CSV files")
struct CSVTests {
    /// One CSV line for digit `i` of `digits`.
    func line(_ digits: Dataset, _ i: Int, labelFirst: Bool = true) -> String {
        let pixels = digits.image(i).map(String.init)
        let label = String(digits.label(i))
        return (labelFirst ? [label] + pixels : pixels + [label]).joined(separator: ",")
    }

    func text(_ digits: Dataset, labelFirst: Bool = true, end: String = "\n") -> String {
        (0 ..< digits.count).map { line(digits, $0, labelFirst: labelFirst) + end }.joined()
    }

    func parse(_ text: String, _ layout: CSVLayout = .auto) throws(DataError) -> Dataset {
        try CSV.parse(Array(text.utf8), layout: layout, file: "t.csv")
    }

    func same(_ a: Dataset, _ b: Dataset) -> Bool { a.images == b.images && a.labels == b.labels }

    @Test(arguments: ["mine.csv", "mine.csv.gz"])
    func writerRoundTrip(name: String) throws {
        let s = try DataScratch()
        defer { s.remove() }
        let digits = try dataSampleDigits(40)
        try CSV.write(digits, to: s.path(name))
        let back = try CSV.read(path: s.path(name))
        #expect(same(back, digits))
        #expect(back.name == name)
        #expect(String(decoding: CSV.encode(digits).prefix(4), as: UTF8.self) == "0,0,")
    }

    @Test func bothLayoutsDetected() throws {
        let digits = try dataSampleDigits(30)
        #expect(same(try parse(text(digits, labelFirst: true)), digits))
        #expect(same(try parse(text(digits, labelFirst: false)), digits))
        #expect(same(try parse(text(digits, labelFirst: true), .labelFirst), digits))
        #expect(same(try parse(text(digits, labelFirst: false), .labelLast), digits))
    }

    @Test func sortedLabelLastLikeMlxtend() throws {
        // Long runs of label 0 first: both end columns start with zeros.
        let digits = try dataSampleDigits(40)
        let order = (0 ..< 40).sorted { (digits.label($0), $0) < (digits.label($1), $1) }
        let sorted = digits.subset(order)
        #expect(same(try parse(text(sorted, labelFirst: false)), sorted))
    }

    @Test func singleRowOfOneClass() throws {
        let digit = try dataSampleDigits(8).subset([7])
        #expect(same(try parse(text(digit, labelFirst: false)), digit))
        #expect(same(try parse(text(digit, labelFirst: true)), digit))
    }

    @Test func headerRowIsSkipped() throws {
        let digits = try dataSampleDigits(5)
        let names = "label," + (0 ..< 784).map { "pixel\($0)" }.joined(separator: ",") + "\n"
        #expect(same(try parse(names + text(digits)), digits))
        let counting = (0 ..< 785).map(String.init).joined(separator: ",") + "\n"
        #expect(same(try parse(counting + text(digits)), digits))
        let mlxtend = (1 ... 784).map { "p\($0)" }.joined(separator: ",") + ",label\n"
        #expect(same(try parse(mlxtend + text(digits, labelFirst: false)), digits))
    }

    @Test func crlfLineEnds() throws {
        let digits = try dataSampleDigits(6)
        #expect(same(try parse(text(digits, end: "\r\n")), digits))
        #expect(same(try parse(text(digits, end: "\r")), digits))
    }

    @Test func byteOrderMark() throws {
        let digits = try dataSampleDigits(3)
        #expect(same(try parse("\u{FEFF}" + text(digits)), digits))
    }

    @Test func blankLinesAndSpaces() throws {
        let digits = try dataSampleDigits(4)
        let lines = (0 ..< 4).map { line(digits, $0) }
        let spaced = "\n  \n" + lines[0] + "\n\n" + lines[1] + "\n,,,\n" + lines[2].replacingOccurrences(of: ",", with: " , ")
            + "\n\t\n" + lines[3].replacingOccurrences(of: ",255,", with: ",255.0,")
        #expect(same(try parse(spaced), digits))
    }

    @Test func unusualButValidNumbers() throws {
        let digits = try dataSampleDigits(2)
        var rows = text(digits).split(separator: "\n").map(String.init)
        rows[0] = rows[0].replacingOccurrences(of: ",255,", with: ",0255,")
        rows[1] = rows[1].replacingOccurrences(of: ",0,", with: ",+0,")
            .replacingOccurrences(of: ",255,", with: ",255.,")
        #expect(same(try parse(rows.joined(separator: "\n")), digits))
    }

    @Test(arguments: ["1000", "99999999999999999999999999", "18446744073709551616"])
    func hugeNumbersAreOutOfRange(cell: String) throws {
        let bad = text(try dataSampleDigits(1)).replacingOccurrences(of: ",255,", with: ",\(cell),")
        #expect(dataProblem { try parse(bad) } == .pixelOutOfRange(line: 1, value: String(cell.prefix(20)) + (cell.count > 20 ? "…" : "")))
    }

    @Test func emptyFile() {
        #expect(dataProblem { try parse("") } == .empty)
        #expect(dataProblem { try parse("\u{FEFF}\n \r\n\n") } == .empty)
        #expect(dataProblem { try parse("label,pixel0,pixel1\n") } == .noDigits)
    }

    @Test func pixelAbove255() throws {
        let digits = try dataSampleDigits(3)
        let bad = text(digits).replacingOccurrences(of: ",255,", with: ",256,")
        #expect(dataProblem { try parse(bad) } == .pixelOutOfRange(line: 1, value: "256"))
    }

    @Test func negativePixel() throws {
        var rows = text(try dataSampleDigits(3)).split(separator: "\n").map(String.init)
        rows[2] = rows[2].replacingOccurrences(of: ",255,", with: ",-1,")
        #expect(dataProblem { try parse(rows.joined(separator: "\n")) } == .pixelOutOfRange(line: 3, value: "-1"))
    }

    @Test func labelAboveNine() throws {
        let digits = try dataSampleDigits(12)
        var rows = text(digits).split(separator: "\n").map(String.init)
        rows[4] = "12" + rows[4].dropFirst()
        let bad = "label,rest\n" + rows.joined(separator: "\n")
        #expect(dataProblem { try parse(bad) } == .labelOutOfRangeOnLine(line: 6, value: "12"))
        #expect(dataProblem { try parse(bad, .labelFirst) } == .labelOutOfRangeOnLine(line: 6, value: "12"))
    }

    @Test func wrongColumnCount() throws {
        var rows = text(try dataSampleDigits(3)).split(separator: "\n").map(String.init)
        rows[1] += ",0"
        #expect(dataProblem { try parse(rows.joined(separator: "\n")) } == .wrongColumnCount(line: 2, found: 786))
        #expect(dataProblem { try parse("1,2,3\n") } == .wrongColumnCount(line: 1, found: 3))
    }

    @Test func nonNumericCell() throws {
        var rows = text(try dataSampleDigits(3)).split(separator: "\n").map(String.init)
        rows[1] = rows[1].replacingOccurrences(of: ",255,", with: ",25x5,")
        #expect(dataProblem { try parse(rows.joined(separator: "\n")) } == .notANumber(line: 2, value: "25x5"))
        rows[1] = rows[1].replacingOccurrences(of: ",25x5,", with: ",,")
        guard case .emptyCell(line: 2, _) = dataProblem({ try parse(rows.joined(separator: "\n")) }) else {
            Issue.record("an empty cell must be reported with its line")
            return
        }
    }

    @Test func messageNamesFileAndLine() throws {
        do {
            _ = try CSV.parse(Array("5,1,2\n".utf8), file: "class-4b.csv")
            Issue.record("must fail")
        } catch {
            #expect(error.description == "class-4b.csv: line 1: 3 columns, expected 785 (label and 784 pixels)")
        }
    }
}
