// The hot loops of training and evaluation, under the names the network
// code calls. Their bodies live in NeuroKernels, compiled once per x86-64
// level (NeuroKernelsX86_64, _v3, _v4); `Kernels.active` is the build for
// the best level this CPU runs, chosen once at start.
import CPUFeatures
import Foundation
import NeuroKernels
import NeuroKernelsX86_64
import NeuroKernelsX86_64_v3
import NeuroKernelsX86_64_v4

public enum Kernels {
    /// Names an instruction set lower than the CPU's best, for comparing
    /// them: `x86-64`, `x86-64-v3` or `x86-64-v4`. A level the CPU cannot
    /// run is never chosen.
    public static let environmentVariable = "NEUROPAD_KERNELS"

    /// The x86-64 level of this CPU (1, 3 or 4; 0 off x86-64).
    public static let cpuLevel = Int(neuropad_x86_64_level())

    /// The CPU's level by name: "x86-64-v4", "x86-64-v3", "x86-64" or
    /// "not x86-64".
    public static var cpuLevelName: String {
        switch cpuLevel {
        case 0: "not x86-64"
        case 1: "x86-64"
        default: "x86-64-v\(cpuLevel)"
        }
    }

    /// The kernels in use, e.g. `active.name` "x86-64-v4 (AVX-512)".
    public static let active: KernelTable = table(
        level: chosenLevel(cpu: cpuLevel, requested: ProcessInfo.processInfo.environment[environmentVariable]))

    /// The level to run: the CPU's best, or the requested one if it is lower.
    static func chosenLevel(cpu: Int, requested: String?) -> Int {
        let asked: Int? = switch requested {
        case "x86-64", "x86-64-v1": 1
        case "x86-64-v3": 3
        case "x86-64-v4": 4
        default: nil
        }
        return min(cpu, asked ?? cpu)
    }

    /// The build for `level`; the module for a higher level than the CPU's
    /// must not even be called (its code may use instructions the CPU lacks).
    static func table(level: Int) -> KernelTable {
        switch level {
        case 4...: NeuroKernelsX86_64_v4.kernels()
        case 3: NeuroKernelsX86_64_v3.kernels()
        default: NeuroKernelsX86_64.kernels()
        }
    }
}

/// Σₖ a[k]·b[k]
@inline(__always)
func dot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ n: Int) -> Float {
    Kernels.active.dot(a, b, n)
}

/// y[k] += α·x[k]
@inline(__always)
func axpy(_ alpha: Float, _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int) {
    Kernels.active.axpy(alpha, x, y, n)
}

/// z = W·x + b for W (rows, cols) row-major.
@inline(__always)
func affine(_ w: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ x: UnsafePointer<Float>,
            _ z: UnsafeMutablePointer<Float>, rows: Int, cols: Int) {
    Kernels.active.affine(w, b, x, z, rows, cols)
}

/// e = Wᵀ·δ for W (rows, cols) row-major: e[k] = Σⱼ W[j,k]·δ[j].
@inline(__always)
func transposedProduct(_ w: UnsafePointer<Float>, _ delta: UnsafePointer<Float>,
                       _ e: UnsafeMutablePointer<Float>, rows: Int, cols: Int) {
    Kernels.active.transposedProduct(w, delta, e, rows, cols)
}

/// The last update of one sample fused with the first product of the next:
///
///     w[k] += α·x[k]            (W⁽⁰⁾ row j −= η δⱼ x,  this sample)
///     return Σₖ w[k]·x'[k]      (row j of W⁽⁰⁾ x',      next sample)
///
/// One pass over the row instead of two: the largest weight matrix is read
/// once per sample, not twice, which is what bounds the training speed.
@inline(__always)
func axpyThenDot(_ alpha: Float, _ x: UnsafePointer<Float>, _ w: UnsafeMutablePointer<Float>,
                 _ xNext: UnsafePointer<Float>, _ n: Int) -> Float {
    Kernels.active.axpyThenDot(alpha, x, w, xNext, n)
}

/// z_b = W·x_b + b for four inputs x₀…x₃ at once (each `cols` long, back to
/// back in `x`; results (4, rows) in `z`). Each row of W is read once for
/// all four: evaluating a test set costs a quarter of the weight traffic.
@inline(__always)
func affine4(_ w: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ x: UnsafePointer<Float>,
             _ z: UnsafeMutablePointer<Float>, rows: Int, cols: Int) {
    Kernels.active.affine4(w, b, x, z, rows, cols)
}

/// maxₖ |a[k] − b[k]| for k < n.
@inline(__always)
func maxAbsDifference(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ n: Int) -> Float {
    Kernels.active.maxAbsDifference(a, b, n)
}

/// Bytes 0-255 to the notebook's inputs (`InputScaling`). A plain
/// loop: the compiler turns it into vector widen-and-convert instructions,
/// where SIMD16<UInt8> → SIMD16<Float> would call a generic conversion.
@inline(__always)
func scaleBytes(_ p: UnsafePointer<UInt8>, _ x: UnsafeMutablePointer<Float>, _ n: Int) {
    for k in 0 ..< n { x[k] = InputScaling.x(byte: p[k]) }
}
