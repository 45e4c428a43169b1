import Foundation
import Testing
import NeuroCore

@Suite("DigitNormalizer")
struct DigitNormalizerTests {
    typealias N = DigitNormalizer

    // MARK: Empty and odd input

    @Test func emptyPadIsFlaggedAndBlank() {
        for ink in [[Float](repeating: 0, count: 784),
                    [Float](repeating: 0.03, count: 784),   // faint brush haze only
                    []] {
            let d = N.normalize(ink)
            #expect(d.isEmpty)
            #expect(d.pixels == [Float](repeating: 0, count: 784))
            #expect(d == .empty)
        }
    }

    @Test func oddInputNeverCrashes() {
        var ink = [Float](repeating: 0, count: 784)
        ink[100] = .nan; ink[101] = .infinity; ink[102] = -3; ink[400] = 7
        let d = N.normalize(ink)
        #expect(!d.isEmpty)
        #expect(d.pixels.count == 784)
        #expect(d.pixels.allSatisfy { $0 >= 0 && $0 <= 1 })
        #expect(N.normalize([Float](repeating: 1, count: 10)).pixels.count == 784)
        #expect(N.normalize([Float](repeating: 1, count: 2000)).pixels.count == 784)
    }

    // MARK: Centre of mass

    @Test func centredBlockHasCentreOfMassAt14() throws {
        let ink = Strokes.block(x: 10, y: 4, width: 8, height: 20)
        let d = N.normalize(ink)
        #expect(d.boundingBox == Rect(x: 10, y: 4, width: 8, height: 20))
        #expect(abs(d.inkCentreOfMass.x - 13.5) < 1e-4 && abs(d.inkCentreOfMass.y - 13.5) < 1e-4)
        let com = try #require(N.centreOfMass(d.pixels))
        #expect(abs(com.x - 14) < 0.5 && abs(com.y - 14) < 0.5)
        #expect(abs(com.x - 14) < 0.01 && abs(com.y - 14) < 0.01)
        #expect(d.centreOfMass == com)
        // s = 1: the block is copied and moved by (0.5, 0.5), keeping its ink.
        #expect(d.placement == FloatRect(x: 10.5, y: 4.5, width: 8, height: 20))
        #expect(abs(d.pixels.reduce(0, +) - 160) < 1e-3)
    }

    @Test(arguments: [(0, 0), (20, 0), (0, 18), (20, 18), (3, 11)])
    func offCentreBlockIsMovedToCentre(x: Int, y: Int) throws {
        let d = N.normalize(Strokes.block(x: x, y: y, width: 8, height: 10))
        let com = try #require(N.centreOfMass(d.pixels))
        #expect(abs(com.x - 14) < 0.01 && abs(com.y - 14) < 0.01)
    }

    @Test func strokeDigitsEndNearTheCentre() throws {
        for shape in [Strokes.seven, Strokes.four, Strokes.zero, Strokes.one] {
            let d = N.normalize(Strokes.draw(shape, in: (15, 1, 9, 12)))
            let com = try #require(N.centreOfMass(d.pixels))
            #expect(abs(com.x - 14) < 0.01 && abs(com.y - 14) < 0.01)
        }
    }

    // MARK: Position and size do not matter

    @Test func digitInCornerGivesSameImageAsCentred() {
        let centred = N.normalize(Strokes.draw(Strokes.seven, in: (8, 4, 12, 20)))
        for rect: (Float, Float, Float, Float) in [(0, 0, 12, 20), (16, 8, 12, 20), (1, 7, 12, 20)] {
            let moved = N.normalize(Strokes.draw(Strokes.seven, in: rect))
            #expect(maxAbsDifference(moved.pixels, centred.pixels) < 0.01)
            #expect(correlation(moved.pixels, centred.pixels) > 0.999)
        }
    }

    @Test func shrunkDigitInCornerLooksLikeTheBigOne() {
        for shape in [Strokes.seven, Strokes.four, Strokes.zero] {
            let big = N.normalize(Strokes.draw(shape, in: (6, 3, 15, 22), pen: 1.4))
            let small = N.normalize(Strokes.draw(shape, in: (1, 1, 7, 10), pen: 0.8))
            #expect(correlation(small.pixels, big.pixels) > 0.85)
            let moved = N.normalize(Strokes.draw(shape, in: (12, 5, 15, 22), pen: 1.4))
            #expect(correlation(moved.pixels, big.pixels) > 0.95)
        }
    }

    @Test func tinyDrawingIsScaledUpTo20() {
        let d = N.normalize(Strokes.block(x: 2, y: 3, width: 6, height: 8))
        #expect(d.scale == 2.5)
        #expect(d.placement.height == 20 && d.placement.width == 15)
        // A fractional move smears the edge over one more cell at most.
        let box = inkBox(d.pixels)
        #expect((15 ... 16).contains(box.width) && (20 ... 21).contains(box.height))
    }

    @Test func fullFrameDrawingIsScaledDownToFit20() {
        let d = N.normalize(Strokes.draw(Strokes.zero, in: (0, 0, 28, 28), pen: 1.5))
        #expect(d.boundingBox == Rect(x: 0, y: 0, width: 28, height: 28))
        #expect(abs(d.scale - 20.0 / 28) < 1e-6)
        #expect(d.placement.width == 20 && d.placement.height == 20)
        let box = inkBox(d.pixels)
        #expect((19 ... 21).contains(box.width) && (19 ... 21).contains(box.height))
        // The ink sits inside the box, a margin of 4 around it, as in MNIST.
        #expect(box.x >= 3 && box.y >= 3 && box.x + box.width <= 25 && box.y + box.height <= 25)
    }

    @Test func tallThinOneStaysThin() {
        let d = N.normalize(Strokes.block(x: 5, y: 2, width: 2, height: 14))
        // 2 x 14 becomes 2.86 x 20, rounded to 3 x 20.
        #expect(d.placement.width == 3 && d.placement.height == 20)
        let box = inkBox(d.pixels)
        #expect(box.width <= 4 && (20 ... 21).contains(box.height))
    }

    @Test func placementCoversTheInk() {
        let d = N.normalize(Strokes.draw(Strokes.four, in: (3, 9, 10, 12)))
        let box = inkBox(d.pixels)
        let p = d.placement
        #expect(Float(box.x) >= p.x.rounded(.down) && Float(box.x + box.width) <= (p.x + p.width).rounded(.up))
        #expect(Float(box.y) >= p.y.rounded(.down) && Float(box.y + box.height) <= (p.y + p.height).rounded(.up))
        #expect(max(p.width, p.height) == 20)
    }

    @Test func normalisingTwiceChangesLittle() {
        for shape in [Strokes.seven, Strokes.four, Strokes.zero, Strokes.one] {
            let once = N.normalize(Strokes.draw(shape, in: (2, 5, 11, 15))).pixels
            let twice = N.normalize(once).pixels
            // The first pass's half-covered edge cells stretch the box a
            // little, so the second pass shrinks it by about 20/21.
            #expect(correlation(once, twice) > 0.93)
        }
    }

    // MARK: Real MNIST digits (the embedded set)

    static let assets = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Assets").path

    /// The first `count` digits of the embedded test set as ink 0...1.
    static func realDigits(_ count: Int) throws -> [(ink: [Float], label: Int)] {
        let test = try EmbeddedDigits.load(from: assets).test
        return (0 ..< min(count, test.count)).map { (N.fromBytes(test.image($0)), test.label($0)) }
    }

    @Test func mnistDigitsChangeLittle() throws {
        let digits = try Self.realDigits(200)
        var total: Float = 0
        for (ink, _) in digits {
            // MNIST's own centring, which the normaliser repeats.
            let raw = try #require(N.centreOfMass(ink))
            #expect(abs(raw.x - 14) <= 0.51 && abs(raw.y - 14) <= 0.51)
            let d = N.normalize(ink)
            #expect(max(d.boundingBox.width, d.boundingBox.height) >= 19)
            let r = correlation(d.pixels, ink)
            #expect(r > 0.85)   // at worst a half-pixel move of sharp strokes
            total += r
        }
        #expect(total / Float(digits.count) > 0.95)
    }

    @Test func shrunkAndMovedMnistDigitsNormaliseAlike() throws {
        let digits = try Self.realDigits(200)
        var total: Float = 0
        for (ink, _) in digits {
            let reference = N.normalize(ink).pixels
            for (f, x, y): (Float, Int, Int) in [(0.5, 0, 0), (0.6, 11, 1), (0.75, 0, 7)] {
                let moved = N.normalize(Strokes.shrink(ink, by: f, to: (x, y))).pixels
                let r = correlation(moved, reference)
                #expect(r > 0.7)
                total += r
            }
        }
        #expect(total / Float(3 * digits.count) > 0.9)
    }

    /// What the user sees: a network trained on MNIST reads a small digit
    /// drawn in a corner as it reads the original once both are normalised,
    /// and misreads it when it is not.
    @Test func trainedNetworkGivesTheSamePrediction() throws {
        let (train, test) = try EmbeddedDigits.load(from: Self.assets)
        var net = MLP(sizes: [784, 50, 10], activation: .sigmoid, seed: 1)
        var rng = SplitMix64(seed: 2)
        // One epoch, as the lesson's first run: about 85 % correct.
        for i in (0 ..< train.count).shuffled(using: &rng) {
            var t = [Float](repeating: 0.01, count: 10)
            t[train.label(i)] = 0.99
            net.train(train.input(i), target: t, lr: 0.1)
        }
        func read(_ ink: [Float]) -> Int { MLP.argmax(net.predict(N.networkInput(ink))) }

        let count = 300
        var same = 0, correct = 0, correctRaw = 0, correctUnnormalised = 0
        for i in 0 ..< count {
            let ink = N.fromBytes(test.image(i))
            let small = Strokes.shrink(ink, by: 0.55, to: (1, 1))
            let original = read(ink), normalised = read(N.normalize(small).pixels)
            if normalised == original { same += 1 }
            if normalised == test.label(i) { correct += 1 }
            if original == test.label(i) { correctRaw += 1 }
            if read(small) == test.label(i) { correctUnnormalised += 1 }
        }
        #expect(correctRaw > count * 75 / 100)
        #expect(same > count * 85 / 100)
        #expect(correct > correctRaw - count * 8 / 100)
        #expect(correctUnnormalised < count * 40 / 100)
    }

    // MARK: Network input

    @Test func networkInputMatchesTheNotebookScaling() {
        #expect(N.networkInput([0, 1, 0.5]) == [0.01, 1.0, 0.505])
        let bytes = (0 ... 255).map { UInt8($0) }
        let viaPixels = N.networkInput(N.fromBytes(bytes))
        for (b, x) in zip(bytes, viaPixels) {
            #expect(abs(x - InputScaling.x(byte: b)) < 1e-6)
        }
        #expect(N.toBytes(N.fromBytes(bytes)) == bytes)
        #expect(N.networkInput([-1, 2, .nan]) == [0.01, 1.0, 0.01])
    }

    @Test func fastEnoughForEveryMouseMove() {
        let ink = Strokes.draw(Strokes.seven, in: (1, 2, 9, 13))
        let clock = ContinuousClock()
        let runs = 200
        let took = clock.measure {
            for _ in 0 ..< runs { _ = N.normalize(ink) }
        }
        // Release builds take a few microseconds; this bound also holds
        // for unoptimised test builds on a slow machine.
        #expect(took / runs < .milliseconds(5))
    }
}

// MARK: - Helpers

/// Pearson correlation of two images.
private func correlation(_ a: [Float], _ b: [Float]) -> Float {
    let n = Float(min(a.count, b.count))
    let ma = a.reduce(0, +) / n, mb = b.reduce(0, +) / n
    var ab: Float = 0, aa: Float = 0, bb: Float = 0
    for (x, y) in zip(a, b) {
        ab += (x - ma) * (y - mb); aa += (x - ma) * (x - ma); bb += (y - mb) * (y - mb)
    }
    return aa > 0 && bb > 0 ? ab / (aa * bb).squareRoot() : 0
}

private func maxAbsDifference(_ a: [Float], _ b: [Float]) -> Float {
    zip(a, b).reduce(0) { max($0, abs($1.0 - $1.1)) }
}

/// Cells holding ink above the normaliser's threshold.
private func inkBox(_ pixels: [Float]) -> Rect {
    var minX = 28, maxX = -1, minY = 28, maxY = -1
    for k in pixels.indices where pixels[k] > DigitNormalizer.inkThreshold {
        minX = min(minX, k % 28); maxX = max(maxX, k % 28)
        minY = min(minY, k / 28); maxY = max(maxY, k / 28)
    }
    return maxX < 0 ? .zero : Rect(x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1)
}

/// Digit-like drawings made of pen strokes, for tests that must not depend
/// on a data file.
private enum Strokes {
    typealias Shape = [[(Float, Float)]]   // polylines in the unit square

    static let one: Shape = [[(0.3, 0.2), (0.6, 0), (0.6, 1)]]
    static let seven: Shape = [[(0, 0), (1, 0), (0.35, 1)], [(0.3, 0.5), (0.8, 0.5)]]
    static let four: Shape = [[(0.65, 1), (0.65, 0), (0, 0.65), (1, 0.65)]]
    static let zero: Shape = [(0 ... 24).map { k in
        let t = Double(k) / 24 * 2 * .pi
        return (Float(0.5 + 0.5 * cos(t)), Float(0.5 + 0.5 * sin(t)))
    }]

    /// `ink` (28x28) made `f` times as large (f ≤ 1) by area averaging, its
    /// top-left corner put at cell `at`: a digit drawn small and off-centre.
    static func shrink(_ ink: [Float], by f: Float, to at: (Int, Int)) -> [Float] {
        let side = Int((28 * f).rounded(.down))
        var out = [Float](repeating: 0, count: 784)
        for r in 0 ..< side where r + at.1 < 28 {
            for c in 0 ..< side where c + at.0 < 28 {
                let y0 = Float(r) / f, y1 = Float(r + 1) / f
                let x0 = Float(c) / f, x1 = Float(c + 1) / f
                var acc: Float = 0
                for y in Int(y0) ..< min(28, Int(y1.rounded(.up))) {
                    for x in Int(x0) ..< min(28, Int(x1.rounded(.up))) {
                        let area = (min(y1, Float(y + 1)) - max(y0, Float(y))) * (min(x1, Float(x + 1)) - max(x0, Float(x)))
                        acc += area * ink[y * 28 + x]
                    }
                }
                out[(r + at.1) * 28 + c + at.0] = acc * f * f
            }
        }
        return out
    }

    /// A filled rectangle of full ink.
    static func block(x: Int, y: Int, width: Int, height: Int) -> [Float] {
        var ink = [Float](repeating: 0, count: 784)
        for r in y ..< y + height { for c in x ..< x + width { ink[r * 28 + c] = 1 } }
        return ink
    }

    /// `shape` drawn into `rect` (cell-edge coordinates) with a round pen of
    /// radius `pen` cells, anti-aliased: ink = clamp(pen + 0.5 - distance).
    /// The unit square maps so that strokes stay inside the rect.
    static func draw(_ shape: Shape, in rect: (Float, Float, Float, Float), pen: Float = 1.2) -> [Float] {
        let (rx, ry, rw, rh) = rect
        let inset = min(pen, min(rw, rh) / 2)
        let lines = shape.map { line in
            line.map { (rx + inset + $0.0 * (rw - 2 * inset), ry + inset + $0.1 * (rh - 2 * inset)) }
        }
        var ink = [Float](repeating: 0, count: 784)
        for k in 0 ..< 784 {
            let px = Float(k % 28) + 0.5, py = Float(k / 28) + 0.5
            var d = Float.infinity
            for line in lines {
                for (a, b) in zip(line, line.dropFirst()) {
                    d = min(d, distance(px, py, a, b))
                }
            }
            ink[k] = min(max(pen + 0.5 - d, 0), 1)
        }
        return ink
    }

    /// Distance from (px, py) to the segment a-b.
    static func distance(_ px: Float, _ py: Float, _ a: (Float, Float), _ b: (Float, Float)) -> Float {
        let dx = b.0 - a.0, dy = b.1 - a.1
        let len2 = dx * dx + dy * dy
        let t = len2 > 0 ? min(max(((px - a.0) * dx + (py - a.1) * dy) / len2, 0), 1) : 0
        let ex = px - (a.0 + t * dx), ey = py - (a.1 + t * dy)
        return (ex * ex + ey * ey).squareRoot()
    }
}
