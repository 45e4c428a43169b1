import Foundation

/// The byte-level CSV reader behind `CSV.parse`.
///
/// It walks the text once, writing each number straight into a
/// (rows, 785) byte table; it never makes a string except for an error
/// message. Every data line must have exactly 785 values.
///
/// Two scales: whole numbers 0-255 (`unit == false`), or, when the file
/// holds fractions, pixel values 0 … 1 (`unit == true`), stored as
/// round(v · 255). The first pass reads whole numbers and stops at the
/// first fraction in a pixel column (`fractionLine`); `CSV.parse` then
/// reads again in the unit scale. In the unit scale with the label column
/// still unknown, both end columns are kept as read (`ends`), and
/// `CSVTable.finishUnitScale` fills them once the layout is decided.
struct CSVScanner {
    private let text: UnsafeBufferPointer<UInt8>
    private let file: String
    private let labelColumn: Int?
    /// The cell separator: `,`, `;` or a tab (see `detectSeparator`).
    let separator: UInt8
    /// Pixel values 0 … 1 instead of 0-255.
    let unit: Bool
    private var i = 0
    private var line = 1
    /// Unit scale, label column unknown: (first, last) cell of each row as read.
    private var ends: [Double] = []
    /// Whole-number scale: the line of the first fraction, which ends the pass.
    private(set) var fractionLine: Int?
    /// Whole-number scale, label column unknown: the first fraction in an
    /// end column. Without fractions elsewhere, that end holds the labels.
    private var endFraction: (line: Int, value: String)?
    /// A decimal comma was read (only possible when the separator is not a comma).
    private(set) var sawDecimalComma = false

    init(text: UnsafeBufferPointer<UInt8>, file: String, labelColumn: Int?, separator: UInt8, unit: Bool) {
        self.text = text
        self.file = file
        self.labelColumn = labelColumn
        self.separator = separator
        self.unit = unit
    }

    static let comma = UInt8(ascii: ","), semicolon = UInt8(ascii: ";"), tab = UInt8(ascii: "\t")
    private static let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
    private static let zero = UInt8(ascii: "0"), nine = UInt8(ascii: "9"), dot = UInt8(ascii: ".")

    private func isLineEnd(_ c: UInt8) -> Bool { c == Self.lf || c == Self.cr }
    /// Spaces and tabs around a number, unless the tab is the separator.
    private func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c == 0x09 && separator != Self.tab) }

    /// The separator of the first line that is not blank: the one of `;`,
    /// tab and `,` that splits it into exactly 785 cells (in that order, so
    /// `0,5;0,25;…` is semicolons with decimal commas), else the most
    /// frequent of them (`;` and tab first on a tie, as a comma may be a
    /// decimal comma), else a comma.
    static func detectSeparator(_ text: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var start = text.starts(with: [0xef, 0xbb, 0xbf]) ? 3 : 0
        while start < text.count {
            var end = start
            var counts: [UInt8: Int] = [semicolon: 0, tab: 0, comma: 0]
            while end < text.count && text[end] != lf && text[end] != cr {
                if let c = counts[text[end]] { counts[text[end]] = c + 1 }
                end += 1
            }
            let content = text[start ..< end].contains { $0 > 0x20 && $0 != comma && $0 != semicolon }
            if content {
                let order = [semicolon, tab, comma]
                if let exact = order.first(where: { counts[$0] == CSV.columnCount - 1 }) { return exact }
                var most = comma, mostCount = 0
                for s in order where counts[s, default: 0] > mostCount { (most, mostCount) = (s, counts[s, default: 0]) }
                return most
            }
            start = end + 1
        }
        return comma
    }

    mutating func scan() throws(DataError) -> CSVTable {
        let n = text.count
        if n >= 3 && text[0] == 0xef && text[1] == 0xbb && text[2] == 0xbf { i = 3 }
        // Every full line holds at least 785 digits and 784 separators: this
        // bounds the row count before the first row is read.
        let width = CSV.columnCount
        let capacity = n / (2 * width - 1) + 1
        var cells = [UInt8](repeating: 0, count: capacity * width)
        var lines: [Int] = []
        lines.reserveCapacity(capacity)
        var sawContent = false
        while i < n {
            if skipBlankLine() { continue }
            if !sawContent {
                sawContent = true
                if isHeader() { skipToNextLine(); continue }
            }
            // Unreachable by the bound above; kept so a bug cannot write past the table.
            guard lines.count < capacity else {
                throw DataError(file: file, problem: .wrongColumnCount(line: line, found: 0))
            }
            let base = lines.count * width
            try cells.withUnsafeMutableBufferPointer { (out) throws(DataError) in
                try readRow(into: out, at: base)
            }
            if fractionLine != nil { break }
            lines.append(line)
            skipToNextLine()
        }
        guard sawContent else { throw DataError(file: file, problem: .empty) }
        if fractionLine == nil, let label = endFraction {
            throw DataError(file: file, problem: .labelOutOfRangeOnLine(line: label.line, value: label.value))
        }
        guard !lines.isEmpty || fractionLine != nil else { throw DataError(file: file, problem: .noDigits) }
        cells.removeSubrange((lines.count * width)...)
        return CSVTable(cells: cells, lines: lines, ends: ends, unit: unit,
                        separator: CSVSeparator(rawValue: separator) ?? .comma, decimalComma: sawDecimalComma)
    }

    /// Reads one line of numbers into `out[base ..< base + 785]`.
    /// The hot loop: it works on local copies so they stay in registers.
    private mutating func readRow(into out: UnsafeMutableBufferPointer<UInt8>, at base: Int) throws(DataError) {
        let text = self.text, n = text.count, width = CSV.columnCount, labelColumn = self.labelColumn ?? -1
        let separator = self.separator, unit = self.unit
        var p = i
        defer { i = p }
        var column = 0
        if unit && self.labelColumn == nil { ends.append(contentsOf: [0, 0]) }
        while true {
            // Fast path for most cells of a whole-number file: 1 to 3 digits and a separator.
            if !unit, p + 3 < n, case let a = text[p] &- Self.zero, a < 10 {
                let b = text[p + 1] &- Self.zero, c = text[p + 2] &- Self.zero
                let length = b >= 10 ? 1 : c >= 10 ? 2 : 3
                if text[p + length] == separator {
                    let value = length == 1 ? Int(a) : length == 2 ? Int(a) &* 10 &+ Int(b)
                        : Int(a) &* 100 &+ Int(b) &* 10 &+ Int(c)
                    if column == labelColumn && value > 9 {
                        throw DataError(file: file, problem: .labelOutOfRangeOnLine(line: line, value: cellText(from: p)))
                    }
                    if value > 255 {
                        throw DataError(file: file, problem: .pixelOutOfRange(line: line, value: cellText(from: p)))
                    }
                    if column < width { out[base + column] = UInt8(truncatingIfNeeded: value) }
                    column += 1
                    p += length + 1
                    continue
                }
            }
            // Anything else: spaces, a sign, leading zeros, fractions, an
            // exponent, the last cell of a line, or an error to report.
            while p < n && isSpace(text[p]) { p += 1 }
            let start = p
            let value = number(at: &p)
            let end = p
            while p < n && isSpace(text[p]) { p += 1 }
            let atEnd = p == n || text[p] == separator || isLineEnd(text[p])
            guard atEnd, let value else {
                try reportBadCell(start: start, isEmpty: atEnd && start == end, column: column)
                return
            }
            if column < width {
                try store(value, column: column, start: start, into: out, at: base)
                if fractionLine != nil { return }
            }
            column += 1
            guard p < n && text[p] == separator else { break }
            p += 1
        }
        if column != width {
            throw DataError(file: file, problem: .wrongColumnCount(line: line, found: column))
        }
    }

    /// Checks one value against its column and scale and stores it.
    private mutating func store(_ v: Double, column: Int, start: Int,
                                into out: UnsafeMutableBufferPointer<UInt8>, at base: Int) throws(DataError) {
        let whole = v == v.rounded()
        if column == labelColumn {
            guard whole, (0 ... 9).contains(v) else {
                throw DataError(file: file, problem: .labelOutOfRangeOnLine(line: line, value: cellText(from: start)))
            }
            out[base + column] = UInt8(v)
            return
        }
        if unit {
            if labelColumn == nil && (column == 0 || column == CSV.columnCount - 1) {
                ends[ends.count - (column == 0 ? 2 : 1)] = v
                return
            }
            guard (0 ... 1).contains(v) else {
                throw DataError(file: file, problem: .pixelOutOfUnitRange(line: line, value: cellText(from: start)))
            }
            out[base + column] = UInt8((v * 255).rounded())
            return
        }
        guard (0 ... 255).contains(v) else {
            throw DataError(file: file, problem: .pixelOutOfRange(line: line, value: cellText(from: start)))
        }
        // A fraction: the whole file is read again, in the 0 … 1 scale;
        // in an end column it may be a label instead (decided at the end).
        if !whole && labelColumn == nil && (column == 0 || column == CSV.columnCount - 1) {
            if endFraction == nil { endFraction = (line, cellText(from: start)) }
            out[base + column] = 0
            return
        }
        guard whole else { fractionLine = line; return }
        out[base + column] = UInt8(v)
    }

    /// A decimal number: sign, digits, a decimal point (or, when the cells
    /// are not separated by commas, a decimal comma), more digits, an
    /// exponent (`1.5e-01`, as numpy's savetxt writes). Moves `p` past what
    /// it read; nil when no digit was found.
    private mutating func number(at p: inout Int) -> Double? {
        let text = self.text, n = text.count
        var negative = false
        if p < n && (text[p] == UInt8(ascii: "-") || text[p] == UInt8(ascii: "+")) {
            negative = text[p] == UInt8(ascii: "-")
            p += 1
        }
        // Up to 18 significant digits in an integer mantissa; the rest only shift the exponent.
        var mantissa: Int64 = 0, exponent = 0, digits = 0
        func digit(_ d: UInt8, fraction: Bool) {
            if mantissa < 100_000_000_000_000_000 {
                mantissa = mantissa * 10 + Int64(d)
                if fraction { exponent -= 1 }
            } else if !fraction {
                exponent += 1
            }
            digits += 1
        }
        while p < n, case let d = text[p] &- Self.zero, d < 10 { digit(d, fraction: false); p += 1 }
        let mark = p < n ? text[p] : 0
        if mark == Self.dot || (mark == Self.comma && separator != Self.comma) {
            let before = digits
            var q = p + 1
            while q < n, case let d = text[q] &- Self.zero, d < 10 { digit(d, fraction: true); q += 1 }
            // "12." is a whole number; a lone "." or "," is not a number.
            if digits > 0 {
                if mark == Self.comma && digits > before { sawDecimalComma = true }
                p = q
            }
        }
        guard digits > 0 else { return nil }
        if p < n && (text[p] | 0x20) == UInt8(ascii: "e") {
            var q = p + 1, sign = 1, e = 0, eDigits = 0
            if q < n && (text[q] == UInt8(ascii: "-") || text[q] == UInt8(ascii: "+")) {
                sign = text[q] == UInt8(ascii: "-") ? -1 : 1
                q += 1
            }
            while q < n, case let d = text[q] &- Self.zero, d < 10 {
                if e < 10_000 { e = e * 10 + Int(d) }
                eDigits += 1
                q += 1
            }
            if eDigits > 0 { exponent += sign * e; p = q }
        }
        // Dividing by an exact power of ten keeps 7.000000000000000000e+00 exactly 7.
        let e = Double(max(min(exponent, 400), -400))
        let magnitude = exponent < 0 ? Double(mantissa) / pow(10, -e) : Double(mantissa) * pow(10, e)
        return negative ? -magnitude : magnitude
    }

    /// A cell that is not a number: empty, or with other characters.
    private func reportBadCell(start: Int, isEmpty: Bool, column: Int) throws(DataError) {
        if isEmpty {
            throw DataError(file: file, problem: .emptyCell(line: line, column: column + 1))
        }
        throw DataError(file: file, problem: .notANumber(line: line, value: cellText(from: start)))
    }

    /// Skips a line of only spaces, tabs and separators (as spreadsheets
    /// write for empty rows). Returns false, moving nothing, for any other line.
    private mutating func skipBlankLine() -> Bool {
        var j = i
        while j < text.count && (text[j] == 0x20 || text[j] == 0x09 || text[j] == separator) { j += 1 }
        guard j == text.count || isLineEnd(text[j]) else { return false }
        i = j
        skipToNextLine()
        return true
    }

    /// Moves past the current line end (LF, CRLF or CR) and counts the line.
    private mutating func skipToNextLine() {
        while i < text.count && !isLineEnd(text[i]) { i += 1 }
        guard i < text.count else { return }
        if text[i] == Self.cr && i + 1 < text.count && text[i + 1] == Self.lf { i += 1 }
        i += 1
        line += 1
    }

    /// A header's first or last cell is not a number and holds a letter or
    /// a quote (`label`, `pixel0`, `1x1`, …), or its cells count 0, 1, 2, …
    /// (or 1, 2, …) as pandas writes for unnamed columns. A letter inside a
    /// data line is a typo to report, so only the end cells count.
    private mutating func isHeader() -> Bool {
        var end = i
        while end < text.count && !isLineEnd(text[end]) { end += 1 }
        let firstSeparator = text[i ..< end].firstIndex(of: separator) ?? end
        let lastSeparator = text[i ..< end].lastIndex(of: separator) ?? i - 1
        let wordy = { (c: UInt8) in
            let lower = c | 0x20
            return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || c == UInt8(ascii: "\"")
        }
        for (from, to) in [(i, firstSeparator), (lastSeparator + 1, end)] where text[from ..< to].contains(where: wordy) {
            // `1.5e-01` holds a letter, but is a number.
            var p = from
            while p < to && isSpace(text[p]) { p += 1 }
            let keep = sawDecimalComma
            let isNumber = number(at: &p) != nil && text[p ..< to].allSatisfy(isSpace)
            sawDecimalComma = keep
            if !isNumber { return true }
        }
        // Counting: each cell equals the one before plus one.
        var expected = [0, 1]
        var value = -1
        for c in text[i ..< end] {
            if c >= Self.zero && c <= Self.nine {
                value = max(value, 0) * 10 + Int(c - Self.zero)
                if value > 1_000 { return false }
            } else if c == separator {
                expected = expected.filter { $0 == value }.map { $0 + 1 }
                if expected.isEmpty { return false }
                value = -1
            }
        }
        return expected.contains(value) && value >= CSV.columnCount - 1
    }

    /// The cell starting at `start`, trimmed and shortened, for messages.
    private func cellText(from start: Int) -> String {
        var end = start
        while end < text.count && text[end] != separator && !isLineEnd(text[end]) { end += 1 }
        let cell = String(decoding: text[start ..< end], as: UTF8.self)
            .trimmingCharacters(in: .whitespaces)
        return cell.count > 20 ? String(cell.prefix(20)) + "…" : cell
    }
}
