/// Something a reader did to a file that a teacher should know about: the
/// file was read, but not as plain MNIST CSV. The command line prints each
/// note (`description`); the window shows it in the teacher's language
/// (PadUI's `InsightStrings.text(_:)`).
public enum DataNote: Sendable, Equatable, CustomStringConvertible {
    /// The cells were separated by semicolons or tabs, as German
    /// spreadsheets write, with decimal commas or without.
    case separator(file: String, separator: CSVSeparator, decimalComma: Bool)
    /// Pixel values 0 … 1 (fractions, or only 0 and 1) were scaled to 0 … 255.
    case unitScale(file: String)
    /// EMNIST stores images transposed; they were turned back.
    case transposed(file: String)
    /// Dark digits on light paper were inverted to MNIST's light on black.
    case inverted(file: String)
    /// A folder of CSV files read as one set: how many digits from each.
    case collection(folder: String, files: [FileCount])

    public struct FileCount: Sendable, Equatable {
        public var file: String
        public var digits: Int
        public init(file: String, digits: Int) {
            self.file = file
            self.digits = digits
        }
    }

    public var file: String {
        switch self {
        case .separator(let file, _, _), .unitScale(let file), .transposed(let file), .inverted(let file): file
        case .collection(let folder, _): folder
        }
    }

    public var description: String {
        switch self {
        case .separator(let file, let separator, let decimalComma):
            "\(file): cells separated by \(separator == .semicolon ? "semicolons (;)" : "tabs")"
                + (decimalComma ? ", decimal commas" : "")
        case .unitScale(let file): "\(file): pixel values 0 … 1, scaled to 0 … 255"
        case .transposed(let file): "\(file): EMNIST images, transposed to lie like MNIST's"
        case .inverted(let file): "\(file): dark digits on light paper, inverted to light on black like MNIST"
        case .collection(let folder, let files):
            "\(folder): \(files.reduce(0) { $0 + $1.digits }) digits from \(files.count) files ("
                + files.map { "\($0.file) \($0.digits)" }.joined(separator: ", ") + ")"
        }
    }
}

/// The cell separators of CSV files: `,` (MNIST, numpy, pandas), `;`
/// (German Excel and LibreOffice), tab.
public enum CSVSeparator: UInt8, Sendable {
    case comma = 0x2c
    case semicolon = 0x3b
    case tab = 0x09
}
