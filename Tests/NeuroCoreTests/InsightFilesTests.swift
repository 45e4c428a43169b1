import Foundation
import Testing
@testable import NeuroCore

/// The files of the insight features: own digits (CSV in the notebooks'
/// format), photos turned into network input, settings, XDG folders.
@Suite("Insight files")
struct InsightFilesTests {
    static func tempFolder() -> String {
        let p = FileManager.default.temporaryDirectory.appendingPathComponent("neuropad-\(UInt64.random(in: 0 ... .max))").path
        try? FileManager.default.createDirectory(atPath: p, withIntermediateDirectories: true)
        return p
    }

    @Test("XDG folders follow the variables, and fall back to HOME")
    func xdg() {
        let a = XDGPaths(environment: ["HOME": "/home/k", "XDG_DATA_HOME": "/d", "XDG_CONFIG_HOME": "/c"])
        #expect(a.ownDigits == "/d/neuropad/own-digits.csv" && a.settings == "/c/neuropad/settings.json")
        let b = XDGPaths(environment: ["HOME": "/home/k", "XDG_DATA_HOME": "relative"])
        #expect(b.dataFolder == "/home/k/.local/share/neuropad" && b.configFolder == "/home/k/.config/neuropad")
    }

    @Test("own digits: add, save, load back, export as notebook CSV that --data reads, forget")
    func ownDigits() throws {
        let dir = Self.tempFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var own = try OwnDigits.load(path: dir + "/sub/own.csv")
        #expect(own.count == 0)
        var pixels = [Float](repeating: 0, count: 784)
        pixels[14 * 28 + 14] = 1
        pixels[15 * 28 + 14] = 0.5
        #expect(own.add(pixels: pixels, label: 7) == .added)
        // The same drawing again, with any label: said, not stored twice.
        #expect(own.add(pixels: pixels, label: 7) == .alreadyThere(label: 7))
        #expect(own.add(pixels: pixels, label: 3) == .alreadyThere(label: 7))
        var other = pixels
        other[16 * 28 + 14] = 1
        #expect(own.add(pixels: other, label: 3) == .added)
        #expect(own.add(pixels: other, label: 12) == .refused)  // not a digit
        #expect(own.count == 2 && own.perLabel[7] == 1 && own.perLabel[3] == 1)
        try own.save()
        let back = try OwnDigits.load(path: dir + "/sub/own.csv")
        #expect(back.data.labels == [7, 3])
        #expect(back.data.image(0)[14 * 28 + 14] == 255 && back.data.image(0)[15 * 28 + 14] == 128)
        // The export: label first, 784 values, no header; DataLoader reads it.
        try own.export(to: dir + "/export.csv")
        let text = try String(contentsOfFile: dir + "/export.csv", encoding: .utf8)
        let first = text.split(separator: "\n").first.map { $0.split(separator: ",") } ?? []
        #expect(first.count == 785 && first.first == "7")
        let loaded = try DataLoader.load(path: dir + "/export.csv")
        #expect(loaded.labels == [7, 3] && loaded.image(1) == own.data.image(1))
        // Mixed in front of the training set.
        let mixed = own.mixed(into: TrainingTests.synthetic(count: 10, seed: 1))
        #expect(mixed.count == 12 && mixed.label(0) == 7)
        // U: the digit added last is taken back, then the one before.
        #expect(own.removeLast() == 3 && own.count == 1 && own.data.name == "own digits")
        #expect(own.add(pixels: other, label: 5) == .added, "taken back, the drawing can be added anew")
        #expect(own.removeLast() == 5 && own.removeLast() == 7 && own.removeLast() == nil)
        own.forget()
        #expect(own.count == 0 && !FileManager.default.fileExists(atPath: dir + "/sub/own.csv"))
    }

    /// A test digit blown up 10x as a photo would show it: dark ink on light,
    /// unevenly lit paper, a frame of paper around it.
    static func photo(of digit: ArraySlice<UInt8>, darkOnLight: Bool) -> (grey: [UInt8], w: Int, h: Int) {
        let w = 400, h = 360, s = 10, ox = 70, oy = 30
        var g = [UInt8](repeating: 0, count: w * h)
        for y in 0 ..< h {
            for x in 0 ..< w {
                let cx = (x - ox) / s, cy = (y - oy) / s
                let ink = x >= ox && y >= oy && cx < 28 && cy < 28 ? Float(digit[digit.startIndex + cy * 28 + cx]) : 0
                let light: Float = 200 + Float(x) * 40 / Float(w)  // lighting gradient across the sheet
                let value = darkOnLight ? light - ink * 0.7 : 20 + ink * 0.8
                g[y * w + x] = UInt8(min(max(value, 0), 255))
            }
        }
        return (g, w, h)
    }

    @Test("a photo of a digit becomes MNIST-like input close to the digit itself, dark-on-light or not")
    func photoConversion() throws {
        let sets = try EmbeddedDigits.load()
        let digit = sets.test.image(0)
        let reference = DigitNormalizer.normalize(DigitNormalizer.fromBytes(digit)).pixels
        for dark in [true, false] {
            let p = Self.photo(of: digit, darkOnLight: dark)
            let n = PhotoDigit.convert(grey: p.grey, width: p.w, height: p.h)
            #expect(!n.isEmpty)
            #expect(abs(n.centreOfMass.x - 14) < 0.6 && abs(n.centreOfMass.y - 14) < 0.6)
            #expect(Self.correlation(n.pixels, reference) > 0.8, "dark on light: \(dark)")
        }
    }

    @Test("a blank or flat photo gives no digit; RGBA is weighted and alpha is paper")
    func photoEdgeCases() {
        #expect(PhotoDigit.convert(grey: [UInt8](repeating: 230, count: 100 * 80), width: 100, height: 80).isEmpty)
        #expect(PhotoDigit.convert(grey: [], width: 0, height: 0).isEmpty)
        #expect(PhotoDigit.convert(grey: [1, 2, 3], width: 5, height: 5).isEmpty)
        let g = PhotoDigit.grey(rgba: [255, 0, 0, 255, 0, 0, 0, 0], width: 2, height: 1)
        #expect(g == [76, 255])
    }

    @Test("settings: round trip, missing file, corrupt file ignored with a message, silly values dropped")
    func settings() throws {
        let dir = Self.tempFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/cfg/settings.json"
        #expect(SettingsFile.load(path: path) == .init(settings: AppSettings(), warning: nil))
        let s = AppSettings(language: "de", learningRate: 0.3, hidden: [100, 50], windowWidth: 1920, windowHeight: 1080)
        try SettingsFile.save(s, to: path)
        #expect(SettingsFile.load(path: path).settings == s)
        try Data("{\"language\": \"de\", \"learningR".utf8).write(to: URL(fileURLWithPath: path))
        let broken = SettingsFile.load(path: path)
        #expect(broken.settings == AppSettings() && broken.warning != nil)
        try Data("{\"learningRate\": -4, \"hidden\": [0], \"windowWidth\": 5}".utf8).write(to: URL(fileURLWithPath: path))
        #expect(SettingsFile.load(path: path).settings == AppSettings())
    }

    static func correlation(_ a: [Float], _ b: [Float]) -> Float {
        let n = Float(a.count), ma = a.reduce(0, +) / n, mb = b.reduce(0, +) / n
        var ab: Float = 0, aa: Float = 0, bb: Float = 0
        for i in a.indices { ab += (a[i] - ma) * (b[i] - mb); aa += (a[i] - ma) * (a[i] - ma); bb += (b[i] - mb) * (b[i] - mb) }
        return ab / max((aa * bb).squareRoot(), 1e-9)
    }
}
