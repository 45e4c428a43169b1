/// "Bring a photo": a picture of a digit written on paper, turned into what
/// the network expects (light ink on black, 28x28, centred like MNIST).
///
/// 1. grey   g = 0.299 R + 0.587 G + 0.114 B, transparent parts as paper;
/// 2. invert when the paper (the median of the border pixels) is light,
///    so ink is bright: v = 255 − g;
/// 3. stretch from the paper level P to the ink level I (a high
///    percentile), t = (v − P) / (I − P), and threshold it: shadows and
///    paper grain below `cut` vanish, ink = clamp((t − cut) / (1 − cut));
/// 4. crop the ink's bounding box, and average it into 28x28 so that its
///    longer side covers about 20 pixels, strokes boosted to full ink;
/// 5. `DigitNormalizer`, exactly as for a drawing on the pad.
public enum PhotoDigit {
    /// Below this share of the stretched range a pixel counts as paper.
    public static let cut: Float = 0.35
    /// The paper and the ink must differ by this many grey steps at least.
    public static let minimumContrast: Float = 40

    /// (height, width) grey values 0-255 from (height, width, 4) RGBA bytes.
    public static func grey(rgba: [UInt8], width: Int, height: Int) -> [UInt8] {
        let n = max(width, 0) * max(height, 0)
        guard rgba.count >= n * 4 else { return [] }
        return (0 ..< n).map { i in
            let r = Float(rgba[4 * i]), g = Float(rgba[4 * i + 1]), b = Float(rgba[4 * i + 2])
            let alpha = Float(rgba[4 * i + 3]) / 255
            let y = 0.299 * r + 0.587 * g + 0.114 * b
            return UInt8(min(max(y * alpha + 255 * (1 - alpha), 0), 255).rounded())
        }
    }

    /// The 28x28 ink picture (0 paper ... 1 ink) before normalisation; nil
    /// when the picture has no recognisable ink (blank, or no contrast).
    public static func ink(grey: [UInt8], width: Int, height: Int) -> [Float]? {
        guard width > 0, height > 0, grey.count == width * height else { return nil }
        var border: [UInt8] = []
        for x in 0 ..< width { border.append(grey[x]); border.append(grey[(height - 1) * width + x]) }
        for y in 0 ..< height { border.append(grey[y * width]); border.append(grey[y * width + width - 1]) }
        border.sort()
        let lightPaper = border[border.count / 2] > 127
        let v = lightPaper ? grey.map { 255 - $0 } : grey
        let paper = Float(lightPaper ? 255 - border[border.count / 2] : border[border.count / 2])
        // Ink level: the 99.5th percentile, so one glint does not set it.
        var histogram = [Int](repeating: 0, count: 256)
        for p in v { histogram[Int(p)] += 1 }
        var above = 0, inkLevel: Float = 255
        for level in stride(from: 255, through: 0, by: -1) {
            above += histogram[level]
            if above * 200 >= v.count { inkLevel = Float(level); break }
        }
        guard inkLevel - paper >= minimumContrast else { return nil }
        let stretched = v.map { p -> Float in
            let t = (Float(p) - paper) / (inkLevel - paper)
            return min(max((t - cut) / (1 - cut), 0), 1)
        }
        return resample(stretched, width: width, height: height)
    }

    /// The photo as the network sees it, with the usual measurements.
    public static func convert(grey: [UInt8], width: Int, height: Int) -> NormalizedDigit {
        guard let ink = ink(grey: grey, width: width, height: height) else { return .empty }
        return DigitNormalizer.normalize(ink)
    }

    /// Crops the ink's bounding box and averages a square around it, of
    /// side S = 28/20 of the box's longer side, into 28x28 cells.
    static func resample(_ ink: [Float], width: Int, height: Int) -> [Float]? {
        var minX = width, maxX = -1, minY = height, maxY = -1
        for y in 0 ..< height {
            for x in 0 ..< width where ink[y * width + x] > 0 {
                minX = min(minX, x); maxX = max(maxX, x)
                minY = min(minY, y); maxY = max(maxY, y)
            }
        }
        guard maxX >= 0 else { return nil }
        let side = Float(max(maxX - minX + 1, maxY - minY + 1)) * 28 / 20
        let cx = Float(minX + maxX + 1) / 2, cy = Float(minY + maxY + 1) / 2
        let x0 = cx - side / 2, y0 = cy - side / 2, cell = side / 28
        // Cell (r, c) averages the source pixels whose centres fall in it;
        // a cell smaller than a pixel takes the pixel under its centre.
        // Parts outside the picture count as paper.
        var out = [Float](repeating: 0, count: 784)
        func span(_ origin: Float, _ i: Int, _ limit: Int) -> Range<Int> {
            let a = Int((origin + Float(i) * cell - 0.5).rounded(.up))
            let b = Int((origin + Float(i + 1) * cell - 0.5).rounded(.up))
            let lo = b > a ? a : Int((origin + (Float(i) + 0.5) * cell).rounded(.down))
            return lo ..< max(b, lo + 1)
        }
        for r in 0 ..< 28 {
            let ys = span(y0, r, height)
            for c in 0 ..< 28 {
                let xs = span(x0, c, width)
                var sum: Float = 0
                for y in ys where y >= 0 && y < height {
                    for x in xs where x >= 0 && x < width { sum += ink[y * width + x] }
                }
                out[r * 28 + c] = sum / Float(ys.count * xs.count)
            }
        }
        // Pen strokes are thin next to MNIST's (2-3 of 20 pixels): the
        // darkest cells become full ink, the rest rises with them.
        let top = out.max() ?? 0
        guard top > 0 else { return nil }
        out = out.map { min($0 * 1.6 / top, 1) }
        return out
    }
}
