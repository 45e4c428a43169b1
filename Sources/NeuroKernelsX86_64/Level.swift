import NeuroKernels

/// Any x86-64 (SSE2): no FMA, so a multiply and an add per lane.
typealias ModuleLanes = SeparateLanes
let levelName: StaticString = "x86-64 (SSE2)"
