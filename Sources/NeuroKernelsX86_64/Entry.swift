// The same file in each NeuroKernelsX86_64* module (the others link to it):
// the generic kernels, inlined here and so compiled for this module's
// instruction set (Package.swift). `Level.swift` names the set.
import NeuroKernels

/// This module's build of the kernels. Call it only on a CPU that runs the
/// module's instruction set: even this function is compiled for it.
public func kernels() -> KernelTable {
    KernelTable(
        name: levelName,
        dot: { a, b, n in NeuroKernels.dot(ModuleLanes.self, a, b, n) },
        axpy: { alpha, x, y, n in NeuroKernels.axpy(ModuleLanes.self, alpha, x, y, n) },
        affine: { w, b, x, z, rows, cols in
            NeuroKernels.affine(ModuleLanes.self, w, b, x, z, rows: rows, cols: cols)
        },
        transposedProduct: { w, delta, e, rows, cols in
            NeuroKernels.transposedProduct(ModuleLanes.self, w, delta, e, rows: rows, cols: cols)
        },
        axpyThenDot: { alpha, x, w, xNext, n in
            NeuroKernels.axpyThenDot(ModuleLanes.self, alpha, x, w, xNext, n)
        },
        affine4: { w, b, x, z, rows, cols in
            NeuroKernels.affine4(ModuleLanes.self, w, b, x, z, rows: rows, cols: cols)
        },
        maxAbsDifference: { a, b, n in NeuroKernels.maxAbsDifference(a, b, n) })
}
