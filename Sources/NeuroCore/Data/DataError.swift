/// What is wrong with a data file (the `problem` of a `DataError`); its
/// description is the text a user reads after the file name.
public enum DataProblem: Equatable, Sendable, CustomStringConvertible {
    case missing
    case unreadable(String)
    case empty
    case notGzip
    case truncatedGzip
    case gzipTooLarge(limit: Int)
    case corruptGzip(String)
    case wrongMagic(found: UInt32)
    case wrongImageSize(rows: Int, columns: Int)
    case truncated(expected: Int, found: Int)
    case extraBytes(Int)
    case countMismatch(images: Int, labels: Int)
    case labelOutOfRange(Int)
    case pixelOutOfRange(line: Int, value: String)
    case wrongColumnCount(line: Int, found: Int)
    case notANumber(line: Int, value: String)
    case noLabelsBeside(expected: String)
    case unknownFormat
    case noDigits
    case unwritable(String)
    case fileTooLarge(limit: Int)
    case labelOutOfRangeOnLine(line: Int, value: String)
    case emptyCell(line: Int, column: Int)
    case pixelOutOfUnitRange(line: Int, value: String)
    /// EMNIST letters (or its other non-digit sets): from the name alone
    /// (line and label nil) or from a label above 9.
    case emnistLetters(line: Int?, label: String?)
    /// A single file of `count` digits, too few to keep every sixth aside
    /// as test digits (at least 6 are needed).
    case tooFewToHoldOut(count: Int)

    public var description: String {
        switch self {
        case .missing: "file not found"
        case .unreadable(let why): "cannot be read (\(why))"
        case .empty: "the file is empty"
        case .notGzip: "not a gzip file, although its name ends in .gz"
        case .truncatedGzip: "the gzip data ends early (file cut off?)"
        case .gzipTooLarge(let limit): "unpacks to more than \(DataProblem.sizeText(limit)), refused"
        case .corruptGzip(let why): "the gzip data is corrupt (\(why))"
        case .wrongMagic(let m): "not an MNIST IDX file (magic number 0x\(String(m, radix: 16)))"
        case .wrongImageSize(let r, let c): "images are \(r)x\(c), NeuroPad needs 28x28"
        case .truncated(let e, let f): "file too short: \(e) bytes expected, \(f) found"
        case .extraBytes(let n): "\(n) unexpected bytes after the data"
        case .countMismatch(let i, let l): "\(i) images but \(l) labels"
        case .labelOutOfRange(let l): "label \(l) is not a digit 0-9"
        case .pixelOutOfRange(let line, let v): "line \(line): pixel value \(v) is not in 0-255"
        case .wrongColumnCount(let line, let n): "line \(line): \(n) columns, expected 785 (label and 784 pixels)"
        case .notANumber(let line, let v): "line \(line): '\(v)' is not a number"
        case .noLabelsBeside(let e): "no labels file beside it (looked for \(e))"
        case .unknownFormat: "unknown format (expected MNIST IDX files, .csv or a folder of them)"
        case .noDigits: "contains no digits"
        case .unwritable(let why): "cannot be written (\(why))"
        case .fileTooLarge(let limit): "is larger than \(DataProblem.sizeText(limit)), refused"
        case .labelOutOfRangeOnLine(let line, let v): "line \(line): label \(v) is not a digit 0-9"
        case .emptyCell(let line, let column): "line \(line): column \(column) is empty"
        case .emnistLetters(let line, let label):
            (line.map { "line \($0): " } ?? "") + (label.map { "label \($0): " } ?? "")
                + "EMNIST letters (labels 1-26 stand for a-z), not digits; NeuroPad learns the digits 0-9 "
                + "(emnist-digits or emnist-mnist files)"
        case .tooFewToHoldOut(let n):
            "only \(n) digit\(n == 1 ? "" : "s"), too few to keep test digits aside (every sixth); "
                + "use a larger file or name test digits with --test"
        case .pixelOutOfUnitRange(let line, let v):
            "line \(line): pixel value \(v) is not in 0-1 (the file holds fractions, so its pixels are read as 0 … 1)"
        }
    }

    /// "200 MB", "64 kB" or "512 bytes" (`bytesWord`: "Bytes" in German),
    /// for the size limits in messages.
    public static func sizeText(_ bytes: Int, bytesWord: String = "bytes") -> String {
        if bytes >= 1_000_000 { return "\(bytes / 1_000_000) MB" }
        if bytes >= 1_000 { return "\(bytes / 1_000) kB" }
        return "\(bytes) \(bytesWord)"
    }
}
