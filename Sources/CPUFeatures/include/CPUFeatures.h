#ifndef NEUROPAD_CPU_FEATURES_H
#define NEUROPAD_CPU_FEATURES_H

/// The x86-64 micro-architecture level this CPU and operating system run:
/// 4 (x86-64-v4: AVX-512 F/BW/CD/DQ/VL), 3 (x86-64-v3: AVX2, FMA, BMI1/2,
/// F16C, LZCNT, MOVBE), 1 (any x86-64), or 0 on other architectures. The
/// AVX and AVX-512 levels also need the OS to save those registers (XCR0).
int neuropad_x86_64_level(void);

#endif
