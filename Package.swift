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

// A sanitizer build compiles only what its check runs (Makefile):
// NEUROPAD_PART=core is the core and its tests (`make tsan`: the trainer
// race); NEUROPAD_PART=app is the app with the SDL tests (`make leaks`: the
// app headless, then the dropped files), without the core's and UI's tests.
let part = Context.environment["NEUROPAD_PART"] ?? "all"

let core: [Target] = [
    // MARK: - System library (C shim)
    .systemLibrary(name: "CZlib", pkgConfig: "zlib",
                   providers: [.apt(["zlib1g-dev"])]),

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
]

let app: [Target] = [
    .systemLibrary(name: "CSDL2", pkgConfig: "sdl2",
                   providers: [.apt(["libsdl2-dev", "libsdl2-ttf-dev", "libsdl2-image-dev"])]),

    // MARK: - Pure Swift UI: layout, widgets, scenes -> draw commands
    .target(name: "PadUI", dependencies: ["NeuroCore"]),

    // MARK: - The only module that touches SDL
    .target(name: "SDLPlatform", dependencies: ["CSDL2", "PadUI"]),

    // MARK: - The executable
    .executableTarget(name: "neuropad", dependencies: [
        "NeuroCore", "PadUI", "SDLPlatform",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
    ]),
]

// MARK: - Tests
let coreTests: [Target] = [
    .testTarget(name: "NeuroCoreTests", dependencies: ["NeuroCore"]),
]
let uiTests: [Target] = [
    // The pure UI tests: no SDL. Their helpers are shared with the SDL tests.
    .testTarget(name: "PadUITests", dependencies: ["PadUI", "PadUITestSupport"]),
]
let sdlTests: [Target] = [
    .target(name: "PadUITestSupport", dependencies: ["PadUI"], path: "Tests/PadUITestSupport"),
    // Rendering, fonts, images and drop events through SDL, without a display.
    .testTarget(name: "SDLPlatformTests", dependencies: ["SDLPlatform", "PadUI", "PadUITestSupport"]),
]

let targets: [Target] = switch part {
case "core": core + coreTests
case "app": core + app + sdlTests
default: core + coreTests + app + uiTests + sdlTests
}

let package = Package(
    name: "NeuroPad",
    products: part == "core" ? [] : [
        .executable(name: "neuropad", targets: ["neuropad"]),
    ],
    dependencies: part == "core" ? [] : [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: targets
)
