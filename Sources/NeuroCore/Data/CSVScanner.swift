import Foundation

/// The byte-level CSV reader behind `CSV.parse`.
///
/// It walks the text once, writing each number straight into a
/// (rows, 785) byte table; it never makes a string except for an error
/// message. Every value must be a whole number 0-255 (a label column, when
/// known, 0-9); every data line must have exactly 785 values.
struct CSVScanner {
    private let text: UnsafeBufferPointer<UInt8>
    private let file: String
    private let labelColumn: Int?
    private var i = 0
    private var line = 1

    init(text: UnsafeBufferPointer<UInt8>, file: String, labelColumn: Int?) {
        self.text = text
        self.file = file
        self.labelColumn = labelColumn
    }

    private static let comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
    private static let zero = UInt8(ascii: "0"), nine = UInt8(ascii: "9"), dot = UInt8(ascii: ".")

    private func isLineEnd(_ c: UInt8) -> Bool { c == Self.lf || c == Self.cr }
    private func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }

    mutating func scan() throws(DataError) -> CSVTable {
        let n = text.count
        if n >= 3 && text[0] == 0xef && text[1] == 0xbb && text[2] == 0xbf { i = 3 }
        // Every full line holds at least 785 digits and 784 commas: this
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
            lines.append(line)
            skipToNextLine()
        }
        guard sawContent else { throw DataError(file: file, problem: .empty) }
        guard !lines.isEmpty else { throw DataError(file: file, problem: .noDigits) }
        cells.removeSubrange((lines.count * width)...)
        return CSVTable(cells: cells, lines: lines)
    }

    /// Reads one line of numbers into `out[base ..< base + 785]`.
    /// The hot loop: it works on local copies so they stay in registers.
    private mutating func readRow(into out: UnsafeMutableBufferPointer<UInt8>, at base: Int) throws(DataError) {
        let text = self.text, n = text.count, width = CSV.columnCount, labelColumn = self.labelColumn ?? -1
        var p = i
        defer { i = p }
        var column = 0
        while true {
            var start = p, value = 0, negative = false
            // Fast path for most cells: 1 to 3 digits and a comma.
            var quick = false
            if p + 3 < n, case let a = text[p] &- Self.zero, a < 10 {
                let b = text[p + 1] &- Self.zero, c = text[p + 2] &- Self.zero
                let length = b >= 10 ? 1 : c >= 10 ? 2 : 3
                quick = text[p + length] == Self.comma
                value = length == 1 ? Int(a) : length == 2 ? Int(a) &* 10 &+ Int(b)
                    : Int(a) &* 100 &+ Int(b) &* 10 &+ Int(c)
                if quick { p += length }
            }
            if !quick {
                // Anything else: spaces, a sign, leading zeros, "12.0", the
                // last cell of a line, or an error to report.
                value = 0
                while p < n && (text[p] == 0x20 || text[p] == 0x09) { p += 1 }
                start = p
                if p < n && (text[p] == UInt8(ascii: "-") || text[p] == UInt8(ascii: "+")) {
                    negative = text[p] == UInt8(ascii: "-")
                    p += 1
                }
                var digits = 0
                while p < n, case let d = text[p] &- Self.zero, d < 10 {
                    if digits < 7 { value = value &* 10 &+ Int(d) } // 7 digits are > 255 already
                    digits += 1
                    p += 1
                }
                if p < n && text[p] == Self.dot && digits > 0 { // "12." or "12.00"
                    p += 1
                    while p < n && text[p] == Self.zero { p += 1 }
                }
                let end = p
                while p < n && (text[p] == 0x20 || text[p] == 0x09) { p += 1 }
                let atEnd = p == n || text[p] == Self.comma || text[p] == Self.lf || text[p] == Self.cr
                if !atEnd || digits == 0 {
                    try reportBadCell(start: start, isEmpty: atEnd && start == end, column: column)
                }
            }
            if column == labelColumn && (negative || value > 9) {
                let shown = cellText(from: start)
                throw DataError(file: file, problem: .labelOutOfRangeOnLine(line: line, value: shown))
            }
            if value > 255 || (negative && value != 0) {
                throw DataError(file: file, problem: .pixelOutOfRange(line: line, value: cellText(from: start)))
            }
            if column < width { out[base + column] = UInt8(truncatingIfNeeded: value) }
            column += 1
            guard p < n && text[p] == Self.comma else { break }
            p += 1
        }
        if column != width {
            throw DataError(file: file, problem: .wrongColumnCount(line: line, found: column))
        }
    }

    /// A cell that is not a whole number: empty, or with other characters.
    private func reportBadCell(start: Int, isEmpty: Bool, column: Int) throws(DataError) {
        if isEmpty {
            throw DataError(file: file, problem: .emptyCell(line: line, column: column + 1))
        }
        throw DataError(file: file, problem: .notANumber(line: line, value: cellText(from: start)))
    }

    /// Skips a line of only spaces, tabs and commas (as spreadsheets write
    /// for empty rows). Returns false, moving nothing, for any other line.
    private mutating func skipBlankLine() -> Bool {
        var j = i
        while j < text.count && (isSpace(text[j]) || text[j] == Self.comma) { j += 1 }
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

    /// A header's first or last cell holds a letter or a quote (`label`,
    /// `pixel0`, `1x1`, …), or its cells count 0, 1, 2, … (or 1, 2, …) as
    /// pandas writes for unnamed columns. A letter inside a data line is a
    /// typo to report, so only the end cells count.
    private func isHeader() -> Bool {
        var end = i
        while end < text.count && !isLineEnd(text[end]) { end += 1 }
        let firstComma = text[i ..< end].firstIndex(of: Self.comma) ?? end
        let lastComma = text[i ..< end].lastIndex(of: Self.comma) ?? i - 1
        let wordy = { (c: UInt8) in
            let lower = c | 0x20
            return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || c == UInt8(ascii: "\"")
        }
        if text[i ..< firstComma].contains(where: wordy) || text[(lastComma + 1) ..< end].contains(where: wordy) {
            return true
        }
        // Counting: each cell equals the one before plus one.
        var expected = [0, 1]
        var value = -1
        for c in text[i ..< end] {
            if c >= Self.zero && c <= Self.nine {
                value = max(value, 0) * 10 + Int(c - Self.zero)
                if value > 1_000 { return false }
            } else if c == Self.comma {
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
        while end < text.count && text[end] != Self.comma && !isLineEnd(text[end]) { end += 1 }
        let cell = String(decoding: text[start ..< end], as: UTF8.self)
            .trimmingCharacters(in: .whitespaces)
        return cell.count > 20 ? String(cell.prefix(20)) + "…" : cell
    }
}
