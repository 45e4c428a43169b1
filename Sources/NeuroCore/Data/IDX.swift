/// The MNIST IDX format (as published by LeCun et al.), raw or gzip-packed.
///
/// All numbers are 32-bit big-endian.
///
///     images (idx3): 0x00000803, count, rows, columns, then count·rows·columns bytes
///     labels (idx1): 0x00000801, count, then count bytes (0-9)
///
/// Images are read only when 28 x 28. The header is checked against the
/// real number of bytes before anything is copied, so a header that claims
/// 4 billion images fails at once instead of allocating gigabytes. A file
/// must end exactly where its header says: extra bytes mean a wrong file.
public enum IDX {
    public static let imagesMagic: UInt32 = 0x0000_0803
    public static let labelsMagic: UInt32 = 0x0000_0801
    static let imagesHeaderSize = 16
    static let labelsHeaderSize = 8

    // MARK: Reading

    /// The pixels of an idx3 images file, (count, 784) row-major. Takes the
    /// file's bytes over and drops the header in place: 60,000 digits are
    /// 47 MB, and a copy would double the peak while loading.
    public static func decodeImages(_ bytes: consuming [UInt8], file: String) throws(DataError) -> [UInt8] {
        try checkHeader(bytes, magic: imagesMagic, headerSize: imagesHeaderSize, file: file)
        let rows = Int(bigEndian(bytes, at: 8))
        let columns = Int(bigEndian(bytes, at: 12))
        guard rows == Dataset.side && columns == Dataset.side else {
            throw DataError(file: file, problem: .wrongImageSize(rows: rows, columns: columns))
        }
        let count = Int(bigEndian(bytes, at: 4))
        try checkLength(bytes, expected: imagesHeaderSize + count * Dataset.pixelCount, file: file)
        var pixels = bytes
        pixels.removeFirst(imagesHeaderSize)
        return pixels
    }

    /// The labels of an idx1 labels file, each checked to be 0-9.
    public static func decodeLabels(_ bytes: [UInt8], file: String) throws(DataError) -> [UInt8] {
        try checkHeader(bytes, magic: labelsMagic, headerSize: labelsHeaderSize, file: file)
        let count = Int(bigEndian(bytes, at: 4))
        try checkLength(bytes, expected: labelsHeaderSize + count, file: file)
        let labels = Array(bytes[labelsHeaderSize...])
        if let bad = labels.first(where: { $0 > 9 }) {
            throw DataError(file: file, problem: .labelOutOfRange(Int(bad)))
        }
        return labels
    }

    public static func readImages(path: String, limit: Int = Gzip.defaultLimit) throws(DataError) -> [UInt8] {
        try decodeImages(DataFile.readUnpacked(path, limit: limit), file: path)
    }

    public static func readLabels(path: String, limit: Int = Gzip.defaultLimit) throws(DataError) -> [UInt8] {
        try decodeLabels(DataFile.readUnpacked(path, limit: limit), file: path)
    }

    /// Reads an images file and its labels file into one data set, named
    /// after the images file unless `name` is given.
    public static func load(imagesPath: String, labelsPath: String, name: String? = nil,
                            limit: Int = Gzip.defaultLimit) throws(DataError) -> Dataset {
        try dataset(pixels: readImages(path: imagesPath, limit: limit),
                    labels: readLabels(path: labelsPath, limit: limit),
                    imagesFile: imagesPath, labelsFile: labelsPath, name: name)
    }

    /// Pairs decoded pixels and labels; both files must hold the same count.
    public static func dataset(pixels: [UInt8], labels: [UInt8], imagesFile: String,
                               labelsFile: String, name: String? = nil) throws(DataError) -> Dataset {
        let images = pixels.count / Dataset.pixelCount
        guard images == labels.count else {
            let both = "\(fileName(imagesFile)) and \(fileName(labelsFile))"
            throw DataError(file: both, problem: .countMismatch(images: images, labels: labels.count))
        }
        return try Dataset(images: pixels, labels: labels, name: name ?? fileName(imagesFile))
    }

    /// The big-endian 32-bit number at `offset` (the caller checks the length).
    static func bigEndian(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes[offset ..< offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func checkHeader(_ bytes: [UInt8], magic: UInt32, headerSize: Int,
                                    file: String) throws(DataError) {
        guard !bytes.isEmpty else { throw DataError(file: file, problem: .empty) }
        // A short file with the wrong start (an HTML page, say) is reported
        // as the wrong kind of file rather than as cut off.
        if bytes.count >= 4 && bigEndian(bytes, at: 0) != magic {
            throw DataError(file: file, problem: .wrongMagic(found: bigEndian(bytes, at: 0)))
        }
        guard bytes.count >= headerSize else {
            throw DataError(file: file, problem: .truncated(expected: headerSize, found: bytes.count))
        }
    }

    private static func checkLength(_ bytes: [UInt8], expected: Int, file: String) throws(DataError) {
        if bytes.count < expected {
            throw DataError(file: file, problem: .truncated(expected: expected, found: bytes.count))
        }
        if bytes.count > expected {
            throw DataError(file: file, problem: .extraBytes(bytes.count - expected))
        }
    }

    private static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    // MARK: Writing

    /// An idx3 images file for `pixels` ((count, 784) row-major).
    public static func encodeImages(_ pixels: [UInt8]) -> [UInt8] {
        let count = UInt32(truncatingIfNeeded: pixels.count / Dataset.pixelCount)
        let side = UInt32(Dataset.side)
        return header([imagesMagic, count, side, side]) + pixels.prefix(Int(count) * Dataset.pixelCount)
    }

    /// An idx1 labels file.
    public static func encodeLabels(_ labels: [UInt8]) -> [UInt8] {
        header([labelsMagic, UInt32(truncatingIfNeeded: labels.count)]) + labels
    }

    /// Writes `dataset` as an images and a labels file; a path ending in
    /// `.gz` is gzip-packed.
    public static func write(_ dataset: Dataset, imagesPath: String, labelsPath: String) throws(DataError) {
        try DataFile.write(encodeImages(dataset.images), to: imagesPath)
        try DataFile.write(encodeLabels(dataset.labels), to: labelsPath)
    }

    private static func header(_ words: [UInt32]) -> [UInt8] {
        words.flatMap { w in [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: w >> $0) } }
    }
}
