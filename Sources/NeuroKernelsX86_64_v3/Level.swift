import NeuroKernels

/// x86-64-v3: AVX2 and FMA (Intel since 2013, AMD since 2015).
typealias ModuleLanes = FusedLanes
let levelName: StaticString = "x86-64-v3 (AVX2, FMA)"
