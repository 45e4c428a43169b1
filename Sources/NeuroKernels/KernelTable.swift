/// One instruction set's build of the kernels, as C function pointers so a
/// call costs one indirect jump. Each module NeuroKernelsX86_64* makes one
/// with its `kernels()`; NeuroCore calls that of the best module the CPU can
/// run, once, at start.
public struct KernelTable: Sendable {
    public typealias Dot = @convention(c) (UnsafePointer<Float>, UnsafePointer<Float>, Int) -> Float
    public typealias Axpy = @convention(c) (Float, UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void
    public typealias Affine = @convention(c) (UnsafePointer<Float>, UnsafePointer<Float>, UnsafePointer<Float>,
                                              UnsafeMutablePointer<Float>, Int, Int) -> Void
    public typealias TransposedProduct = @convention(c) (UnsafePointer<Float>, UnsafePointer<Float>,
                                                         UnsafeMutablePointer<Float>, Int, Int) -> Void
    public typealias AxpyThenDot = @convention(c) (Float, UnsafePointer<Float>, UnsafeMutablePointer<Float>,
                                                   UnsafePointer<Float>, Int) -> Float

    /// The instruction set, e.g. "x86-64-v3 (AVX2, FMA)".
    public let name: StaticString
    public let dot: Dot
    public let axpy: Axpy
    /// (w, b, x, z, rows, cols)
    public let affine: Affine
    /// (w, δ, e, rows, cols)
    public let transposedProduct: TransposedProduct
    public let axpyThenDot: AxpyThenDot
    /// (w, b, x, z, rows, cols) for four inputs
    public let affine4: Affine
    /// (a, b, n): maxₖ |a[k] − b[k]|
    public let maxAbsDifference: Dot

    public init(name: StaticString, dot: Dot, axpy: Axpy, affine: Affine, transposedProduct: TransposedProduct,
                axpyThenDot: AxpyThenDot, affine4: Affine, maxAbsDifference: Dot) {
        self.name = name
        self.dot = dot
        self.axpy = axpy
        self.affine = affine
        self.transposedProduct = transposedProduct
        self.axpyThenDot = axpyThenDot
        self.affine4 = affine4
        self.maxAbsDifference = maxAbsDifference
    }
}
