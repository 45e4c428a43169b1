/// A set of 28x28 grey digits with labels 0-9.
///
/// Pixels stay bytes (0-255) in memory: 60,000 digits take 47 MB instead of
/// 188 MB of floats. They are scaled to the network's input range on the fly
/// by `InputScaling`.
public struct Dataset: Sendable, Equatable {
    public static let side = 28
    public static let pixelCount = 784
    public static let classCount = 10

    /// (count, 784) row-major, 0-255, 0 = background.
    public private(set) var images: [UInt8]
    /// (count), each 0-9.
    public private(set) var labels: [UInt8]
    /// Where the data came from, for messages ("embedded", a file name).
    public var name: String
    /// What the reader did beyond plain MNIST (another separator, a scale),
    /// to be told to the teacher.
    public var notes: [DataNote] = []

    public var count: Int { labels.count }
    public var isEmpty: Bool { labels.isEmpty }

    public init(images: [UInt8], labels: [UInt8], name: String) throws(DataError) {
        guard images.count == labels.count * Dataset.pixelCount else {
            throw DataError(file: name, problem: .countMismatch(images: images.count / Dataset.pixelCount, labels: labels.count))
        }
        if let bad = labels.first(where: { $0 > 9 }) {
            throw DataError(file: name, problem: .labelOutOfRange(Int(bad)))
        }
        self.images = images
        self.labels = labels
        self.name = name
    }

    public static func empty(name: String = "empty") -> Dataset {
        // Zero images and zero labels always satisfy the invariants.
        (try? Dataset(images: [], labels: [], name: name)) ?? Dataset(unchecked: [], [], name)
    }

    init(unchecked images: [UInt8], _ labels: [UInt8], _ name: String) {
        self.images = images
        self.labels = labels
        self.name = name
    }

    /// The 784 bytes of digit `i`.
    public func image(_ i: Int) -> ArraySlice<UInt8> {
        images[i * Dataset.pixelCount ..< (i + 1) * Dataset.pixelCount]
    }

    public func label(_ i: Int) -> Int { Int(labels[i]) }

    /// Writes the scaled pixels of digit `i` into `x` (784 floats).
    public func input(_ i: Int, into x: UnsafeMutableBufferPointer<Float>) {
        images.withUnsafeBufferPointer { px in
            guard let p = px.baseAddress, let xp = x.baseAddress, x.count >= Dataset.pixelCount else { return }
            scaleBytes(p + i * Dataset.pixelCount, xp, Dataset.pixelCount)
        }
    }

    /// The scaled input of digit `i` as a new array.
    public func input(_ i: Int) -> [Float] {
        [Float](unsafeUninitializedCapacity: Dataset.pixelCount) { buf, n in
            input(i, into: buf)
            n = Dataset.pixelCount
        }
    }

    /// The digits at `indices`, in that order.
    public func subset(_ indices: [Int], name: String? = nil) -> Dataset {
        var imgs = [UInt8]()
        imgs.reserveCapacity(indices.count * Dataset.pixelCount)
        var labs = [UInt8]()
        labs.reserveCapacity(indices.count)
        for i in indices {
            imgs.append(contentsOf: image(i))
            labs.append(labels[i])
        }
        return Dataset(unchecked: imgs, labs, name ?? self.name)
    }

    /// The first `n` digits (all if fewer).
    public func prefix(_ n: Int) -> Dataset {
        subset(Array(0 ..< min(max(n, 0), count)))
    }

    /// Swaps rows and columns of every image (EMNIST stores them so).
    mutating func transpose() {
        let side = Dataset.side, n = count
        images.withUnsafeMutableBufferPointer { px in
            for i in 0 ..< n {
                let base = i * Dataset.pixelCount
                for y in 0 ..< side {
                    for x in y + 1 ..< side { px.swapAt(base + y * side + x, base + x * side + y) }
                }
            }
        }
    }

    /// True when more than half the images are mostly white (mean grey
    /// value above 127): digits stored dark on light. MNIST digits are light
    /// on black, with a mean near 33.
    var isMostlyLight: Bool {
        var light = 0
        for i in 0 ..< count where image(i).reduce(0, { $0 + Int($1) }) > 127 * Dataset.pixelCount {
            light += 1
        }
        return light * 2 > count
    }

    /// 255 − p for every pixel.
    mutating func invert() {
        images = images.map { 255 - $0 }
    }

    /// This set followed by `other`.
    public func appending(_ other: Dataset) -> Dataset {
        Dataset(unchecked: images + other.images, labels + other.labels, name)
    }
}
