/// What is wrong with a model file (or the settings or own-digit files
/// written the same way): the `problem` of a `ModelError`. `description`
/// is the English text after the file name; the window shows each case in
/// its own language (PadUI's `ProblemStrings`).
public indirect enum ModelProblem: Equatable, Sendable, CustomStringConvertible {
    case missing
    /// A folder, or no permission to read.
    case unreadable
    case singleNPY
    case pickle
    case notANetworkFile
    case unsupportedVersion(found: UInt32, reads: UInt32)
    /// The file's own structure is broken (cut off, changed bytes).
    case damaged(Damage)
    case weightCount(expected: Int, room: Int)
    case invalidNumbers
    case weightsDoNotFit
    /// Layer sizes such as "3-0-10".
    case unusableSizes(String)
    case tooLarge(parameters: Int)
    case tooLargeOver(limit: Int)
    /// An .npz archive without the notebook's or NeuroPad's names; `found`
    /// lists (at most 8 of) the names it holds.
    case noNetwork(found: [String])
    case missingEntry(String, needed: String)
    case weightAxes(String, shape: String)
    case weightShape(String, shape: String, from: String, neurons: Int, expected: String)
    case biasShape(String, shape: String, neurons: Int, weights: String)
    /// The activation entry's word, or nil when it is not a word.
    case activationWord(String?)
    /// A problem of one entry (an array in an .npz archive, a zip member).
    case inEntry(String, ModelProblem)
    // One .npy array.
    case notNPY
    case npyHeaderCut
    case npyVersion(String)
    case npyHeaderUnreadable(String)
    case structuredArray
    case noDataType
    case noShape
    case badShape
    case arrayTooLarge(shape: String)
    case dataSize(bytes: Int, shape: String, type: String, needed: Int)
    case textCut
    case objects
    case numberType(String)
    // The zip container of .npz.
    case zipEndMissing
    case zipSplit
    case encrypted
    case memberTooLarge(bytes: Int)
    case packMethod(Int)
    // Writing.
    case cannotCreateFolder(String)
    /// The system's reason (strerror).
    case cannotWrite(String)
    case writeFailed
    case notEncodable

    /// Which part of a file's structure is broken.
    public enum Damage: Equatable, Sendable, CaseIterable {
        case checksum, headerLength, header, zipEndCut, zip64End, zipDirectoryOutside, zipDirectory, zip64Size,
             memberOutside, storedSizes, packedData, memberChecksum
    }

    public var description: String {
        switch self {
        case .missing: "file not found"
        case .unreadable: "cannot be read (a folder, or no permission?)"
        case .singleNPY: "a single numpy array (.npy); save the whole network with np.savez into an .npz file"
        case .pickle: "a Python pickle, which NeuroPad does not open; save the network with np.savez into an .npz file"
        case .notANetworkFile: "neither a NeuroPad model file nor a numpy .npz archive"
        case .unsupportedVersion(let found, let reads):
            "model format version \(found) is not supported (this NeuroPad reads version \(reads))"
        case .damaged(let part): part.english
        case .weightCount(let expected, let room): "expected \(expected) weights, the file has room for \(room)"
        case .invalidNumbers: "the weights contain invalid numbers"
        case .weightsDoNotFit: "weights do not fit the layer sizes"
        case .unusableSizes(let sizes): "layer sizes \(sizes) are not a network NeuroPad can use"
        case .tooLarge(let n): "network too large (\(n) parameters)"
        case .tooLargeOver(let limit): "network too large (more than \(limit) parameters)"
        case .noNetwork(let found):
            "holds no network (found: \(found.isEmpty ? "nothing" : found.joined(separator: ", "))); "
                + "expected wih, who, bias_hidden, bias_output (the notebook's names) or W0, b0, W1, b1, …"
        case .missingEntry(let key, let needed): "the entry '\(key)' is missing (a network needs \(needed))"
        case .weightAxes(let name, let shape): "\(name) has shape \(shape); a weight matrix has two axes (neurons, inputs)"
        case .weightShape(let name, let shape, let from, let n, let expected):
            "\(name) has shape \(shape), but \(from) gives \(n) neurons: expected \(expected)"
        case .biasShape(let name, let shape, let n, let weights):
            "\(name) has shape \(shape); for the \(n) neurons of \(weights) expected (\(n), 1), (1, \(n)) or (\(n),)"
        case .activationWord(let word):
            "activation is \(word.map { "'\($0)'" } ?? "not a word"); expected 'sigmoid' or 'tanh'"
        case .inEntry(let entry, let problem): "\(entry): \(problem.description)"
        case .notNPY: "not a numpy array (.npy)"
        case .npyHeaderCut: "the array header is cut off"
        case .npyVersion(let v): "numpy format version \(v) is not supported (NeuroPad reads 1.0 to 3.0)"
        case .npyHeaderUnreadable(let header): "the array header is not readable: \(header)"
        case .structuredArray: "a structured array (several fields); NeuroPad needs plain numbers"
        case .noDataType: "the array header names no data type"
        case .noShape: "the array header has no shape"
        case .badShape: "the array's shape is not a list of sizes"
        case .arrayTooLarge(let shape): "an array of shape \(shape) is too large for a network"
        case .dataSize(let bytes, let shape, let type, let needed):
            "\(bytes) bytes of data, but shape \(shape) of '\(type)' needs \(needed)"
        case .textCut: "the text array is cut off"
        case .objects: "holds Python objects (a pickle), which NeuroPad does not open; save plain numpy arrays"
        case .numberType(let type): "holds numbers of type '\(type)'; NeuroPad needs float64 ('<f8') or float32 ('<f4')"
        case .zipEndMissing: "not a complete zip archive (its end record is missing: the file is cut off?)"
        case .zipSplit: "a zip archive split over several files is not supported"
        case .encrypted: "encrypted, NeuroPad cannot open it"
        case .memberTooLarge(let bytes): "unpacks to \(bytes) bytes, too large for a network"
        case .packMethod(let m):
            "packed with method \(m); NeuroPad reads stored and deflated members (np.savez, np.savez_compressed)"
        case .cannotCreateFolder(let folder): "cannot create folder \(folder)"
        case .cannotWrite(let why): "cannot write (\(why))"
        case .writeFailed: "writing failed (disk full?); the previous file is unchanged"
        case .notEncodable: "settings could not be encoded"
        }
    }
}

extension ModelProblem.Damage {
    var english: String {
        switch self {
        case .checksum: "the file is damaged (checksum mismatch)"
        case .headerLength: "the file is damaged (header length)"
        case .header: "the file is damaged (header unreadable)"
        case .zipEndCut: "the zip archive's end record is cut off"
        case .zip64End: "the zip64 end record is damaged"
        case .zipDirectoryOutside: "the zip directory points outside the file (the file is cut off?)"
        case .zipDirectory: "the zip directory is damaged"
        case .zip64Size: "a zip64 size field is missing"
        case .memberOutside: "the member's data lie outside the file (the file is cut off?)"
        case .storedSizes: "stored sizes disagree"
        case .packedData: "the packed data are damaged"
        case .memberChecksum: "the data are damaged (checksum mismatch)"
        }
    }
}
