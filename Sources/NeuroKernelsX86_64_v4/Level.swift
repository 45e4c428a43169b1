import NeuroKernels

/// x86-64-v4: AVX-512 (F, BW, CD, DQ, VL).
typealias ModuleLanes = FusedLanes
let levelName: StaticString = "x86-64-v4 (AVX-512)"
