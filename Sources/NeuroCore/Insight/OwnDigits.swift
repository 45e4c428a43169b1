import Foundation

/// "Teach it your handwriting": digits the class drew and labelled, kept
/// on disk in the notebooks' CSV format (label first, then 784 values
/// 0-255), so the same file opens in the lesson's Jupyter notebooks and
/// `--data` reads it back.
public struct OwnDigits: Sendable {
    public private(set) var data: Dataset
    public let path: String

    public var count: Int { data.count }

    /// (10) how many own digits there are of each label.
    public var perLabel: [Int] {
        var n = [Int](repeating: 0, count: Dataset.classCount)
        for i in 0 ..< data.count { n[data.label(i)] += 1 }
        return n
    }

    public init(path: String, data: Dataset? = nil) {
        self.path = path
        self.data = data ?? Dataset.empty(name: "own digits")
    }

    /// Reads the collection; a missing file is an empty collection.
    public static func load(path: String) throws(DataError) -> OwnDigits {
        guard FileManager.default.fileExists(atPath: path) else { return OwnDigits(path: path) }
        var d = try CSV.read(path: path, layout: .labelFirst)
        d.name = "own digits"
        return OwnDigits(path: path, data: d)
    }

    /// What `add(pixels:label:)` did.
    public enum Added: Equatable, Sendable {
        case added
        /// The same drawing (the same 784 bytes) is there already, with this
        /// label: nothing is stored twice.
        case alreadyThere(label: Int)
        /// Not a digit 0-9, or not 784 values.
        case refused
    }

    /// Adds a normalised drawing (784 values, 0 paper ... 1 ink) with its
    /// label, unless the very same drawing is there already.
    @discardableResult
    public mutating func add(pixels: [Float], label: Int) -> Added {
        guard (0 ..< Dataset.classCount).contains(label) else { return .refused }
        let bytes = DigitNormalizer.toBytes(pixels)
        guard bytes.count == Dataset.pixelCount,
              let one = try? Dataset(images: bytes, labels: [UInt8(label)], name: data.name) else { return .refused }
        if let same = (0 ..< data.count).last(where: { data.image($0).elementsEqual(bytes) }) {
            return .alreadyThere(label: data.label(same))
        }
        data = data.appending(one)
        return .added
    }

    /// Takes back the digit added last. Returns its label, or nil when
    /// there is none.
    public mutating func removeLast() -> Int? {
        guard data.count > 0 else { return nil }
        let label = data.label(data.count - 1)
        data = data.subset(Array(0 ..< data.count - 1), name: data.name)
        return label
    }

    /// Adds the digits of `set` that are not yet in the collection (same
    /// label and the same 784 bytes, also twice in `set`).
    /// - Returns: how many were added and how many skipped as already there.
    public mutating func add(_ set: Dataset) -> (added: Int, skipped: Int) {
        var seen = Set((0 ..< data.count).map { [UInt8(data.label($0))] + data.image($0) })
        var keep: [Int] = []
        for i in 0 ..< set.count where seen.insert([UInt8(set.label(i))] + set.image(i)).inserted { keep.append(i) }
        if !keep.isEmpty { data = data.appending(set.subset(keep)) }
        return (keep.count, set.count - keep.count)
    }

    /// Adds the digits of a CSV file (one dropped onto the window), as `add(_:)`.
    /// - Returns: also what the reader noted (another separator, a scale).
    /// - Throws: the reader's error, naming the file and the line.
    public mutating func add(fileAt path: String) throws(DataError) -> (added: Int, skipped: Int, notes: [DataNote]) {
        let set = try DataLoader.load(path: path)
        let (added, skipped) = add(set)
        return (added, skipped, set.notes)
    }

    /// Writes the whole collection atomically.
    public func save() throws(ModelError) {
        try AtomicFile.write(CSV.encode(data), to: path)
    }

    /// A copy for the notebooks, e.g. in the current folder.
    public func export(to target: String) throws(ModelError) {
        try AtomicFile.write(CSV.encode(data), to: target)
    }

    /// Empties the collection and deletes its file.
    public mutating func forget() {
        data = Dataset.empty(name: data.name)
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The training set with the own digits in front, so a smaller training
    /// set (the first N digits) still contains them.
    public func mixed(into train: Dataset) -> Dataset {
        guard !data.isEmpty else { return train }
        var d = data.appending(train)
        d.name = train.name
        return d
    }
}
