import Testing
@testable import NeuroCore
import NeuroKernels

/// Every instruction set's kernels this CPU can run against plain scalar
/// loops, at lengths that exercise the 64-, 32- and 16-wide loops and the
/// scalar tails (784 = the input layer, 50 = hidden, 10 = output).
@Suite("Kernels per instruction set")
struct KernelTests {
    static let levels = [1, 3, 4].filter { $0 <= max(Kernels.cpuLevel, 1) }
    static let lengths = [1, 10, 17, 50, 64, 100, 784]

    /// Deterministic values in [-1, 1).
    static func values(_ n: Int, seed: UInt64) -> [Float] {
        var rng = SplitMix64(seed: seed)
        return (0 ..< n).map { _ in Float(rng.next() >> 40) / Float(1 << 23) - 1 }
    }

    static func close(_ a: Float, _ b: Float, _ n: Int) -> Bool {
        abs(a - b) <= 1e-5 * Float(n) + 1e-6
    }

    @Test(arguments: levels)
    func dotAndAxpyMatchScalarLoops(level: Int) {
        let k = Kernels.table(level: level)
        for n in Self.lengths {
            let a = Self.values(n, seed: 1), b = Self.values(n, seed: 2)
            let expected = zip(a, b).reduce(Float(0)) { $0 + $1.0 * $1.1 }
            #expect(Self.close(k.dot(a, b, n), expected, n), "dot n=\(n) \(k.name)")

            var y = b
            k.axpy(0.5, a, &y, n)
            #expect(zip(y, zip(a, b)).allSatisfy { Self.close($0, $1.1 + 0.5 * $1.0, 1) }, "axpy n=\(n)")
        }
    }

    @Test(arguments: levels)
    func maxAbsDifferenceMatchesAScalarLoop(level: Int) {
        let k = Kernels.table(level: level)
        for n in Self.lengths + [0, 31] {
            let a = Self.values(n, seed: 11), b = Self.values(n, seed: 12)
            let expected = zip(a, b).map { abs($0 - $1) }.max() ?? 0
            #expect(k.maxAbsDifference(a, b, n) == expected, "n=\(n) \(k.name)")
        }
    }

    @Test(arguments: levels)
    func axpyThenDotIsTheUpdateThenTheProduct(level: Int) {
        let k = Kernels.table(level: level)
        for n in Self.lengths {
            let x = Self.values(n, seed: 3), next = Self.values(n, seed: 4)
            var w = Self.values(n, seed: 5)
            let updated = zip(w, x).map { $0 - 0.1 * $1 }
            let s = k.axpyThenDot(-0.1, x, &w, next, n)
            #expect(zip(w, updated).allSatisfy { Self.close($0, $1, 1) }, "update n=\(n)")
            #expect(Self.close(s, zip(updated, next).reduce(Float(0)) { $0 + $1.0 * $1.1 }, n), "dot n=\(n)")
        }
    }

    @Test(arguments: levels)
    func matrixProductsMatchScalarLoops(level: Int) {
        let k = Kernels.table(level: level)
        let rows = 10, cols = 50
        let w = Self.values(rows * cols, seed: 6), b = Self.values(rows, seed: 7)
        let x4 = Self.values(4 * cols, seed: 8), delta = Self.values(rows, seed: 9)
        func row(_ j: Int, _ x: ArraySlice<Float>) -> Float {
            b[j] + (0 ..< cols).reduce(Float(0)) { $0 + w[j * cols + $1] * x[x.startIndex + $1] }
        }
        var z = [Float](repeating: 0, count: rows)
        k.affine(w, b, x4, &z, rows, cols)
        #expect((0 ..< rows).allSatisfy { Self.close(z[$0], row($0, x4[0 ..< cols]), cols) })

        var z4 = [Float](repeating: 0, count: 4 * rows)
        k.affine4(w, b, x4, &z4, rows, cols)
        for i in 0 ..< 4 {
            #expect((0 ..< rows).allSatisfy {
                Self.close(z4[i * rows + $0], row($0, x4[i * cols ..< (i + 1) * cols]), cols)
            }, "affine4 input \(i)")
        }

        var e = [Float](repeating: 9, count: cols)
        k.transposedProduct(w, delta, &e, rows, cols)
        #expect((0 ..< cols).allSatisfy { c in
            Self.close(e[c], (0 ..< rows).reduce(Float(0)) { $0 + w[$1 * cols + c] * delta[$1] }, rows)
        })
    }

    @Test func theCPUsBestLevelUnlessALowerOneIsAsked() {
        #expect(Kernels.chosenLevel(cpu: 4, requested: nil) == 4)
        #expect(Kernels.chosenLevel(cpu: 4, requested: "x86-64-v3") == 3)
        #expect(Kernels.chosenLevel(cpu: 4, requested: "x86-64") == 1)
        #expect(Kernels.chosenLevel(cpu: 3, requested: "x86-64-v4") == 3, "never above the CPU")
        #expect(Kernels.chosenLevel(cpu: 1, requested: "avx") == 1)
        #expect(Kernels.table(level: 1).name.description == "x86-64 (SSE2)")
        if Kernels.cpuLevel >= 3 {
            #expect(Kernels.table(level: 3).name.description == "x86-64-v3 (AVX2, FMA)")
        }
    }
}
