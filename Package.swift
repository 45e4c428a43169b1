// swift-tools-version: 6.0
import PackageDescription

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

        // MARK: - Pure Swift core: math, models, data, training
        .target(name: "NeuroCore", dependencies: ["CZlib"]),

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
        .testTarget(name: "PadUITests", dependencies: ["PadUI", "SDLPlatform"]),
    ]
)
