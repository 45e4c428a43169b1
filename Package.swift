// swift-tools-version: 6.0
import PackageDescription

// The kernels' instruction sets: each module NeuroKernelsX86_64* compiles
// the same generic kernels for one x86-64 level; NeuroCore picks one at
// start from the CPU's features. Off x86-64 all three build for the host.
#if arch(x86_64)
let isa = (v3: ["-Xcc", "-march=x86-64-v3"], v4: ["-Xcc", "-march=x86-64-v4"])
#else
let isa = (v3: [String](), v4: [String]())
#endif

let package = Package(
    name: "NeuroPad",
    products: [
        .executable(name: "neuropad", targets: ["neuropad"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // MARK: - System libraries (C, one shim each)
        .systemLibrary(name: "CZlib", pkgConfig: "zlib",
                       providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CSDL2", pkgConfig: "sdl2",
                       providers: [.apt(["libsdl2-dev", "libsdl2-ttf-dev", "libsdl2-image-dev"])]),

        // MARK: - Kernels per instruction set, CPU features
        .target(name: "CPUFeatures"),
        .target(name: "NeuroKernels"),
        .target(name: "NeuroKernelsX86_64", dependencies: ["NeuroKernels"]),
        .target(name: "NeuroKernelsX86_64_v3", dependencies: ["NeuroKernels"],
                swiftSettings: [.unsafeFlags(isa.v3)]),
        .target(name: "NeuroKernelsX86_64_v4", dependencies: ["NeuroKernels"],
                swiftSettings: [.unsafeFlags(isa.v4)]),

        // MARK: - Pure Swift core: math, models, data, training
        .target(name: "NeuroCore", dependencies: [
            "CZlib", "CPUFeatures", "NeuroKernels",
            "NeuroKernelsX86_64", "NeuroKernelsX86_64_v3", "NeuroKernelsX86_64_v4",
        ]),

        // MARK: - Pure Swift UI: layout, widgets, scenes -> draw commands
        .target(name: "PadUI", dependencies: ["NeuroCore"]),

        // MARK: - The only module that touches SDL
        .target(name: "SDLPlatform", dependencies: ["CSDL2", "PadUI"]),

        // MARK: - The executable
        .executableTarget(name: "neuropad", dependencies: [
            "NeuroCore", "PadUI", "SDLPlatform",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // MARK: - Tests
        .testTarget(name: "NeuroCoreTests", dependencies: ["NeuroCore"]),
        // The pure UI tests: no SDL. Their helpers are shared with the SDL tests.
        .target(name: "PadUITestSupport", dependencies: ["PadUI"], path: "Tests/PadUITestSupport"),
        .testTarget(name: "PadUITests", dependencies: ["PadUI", "PadUITestSupport"]),
        // Rendering, fonts, images and drop events through SDL, without a display.
        .testTarget(name: "SDLPlatformTests", dependencies: ["SDLPlatform", "PadUI", "PadUITestSupport"]),
    ]
)
