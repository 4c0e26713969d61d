// swift-tools-version:6.0
// Letterhead: Rijkshuisstijl documents from a text source to print-ready PDF, through Pango and Cairo.
import PackageDescription

let package = Package(
    name: "Letterhead",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Letterhead", targets: ["Letterhead"]),
        .executable(name: "letterhead", targets: ["letterhead"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CPangoCairo", path: "Sources/CPangoCairo", pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev", "libfontconfig-dev"])]),
        .systemLibrary(
            name: "CCmark", path: "Sources/CCmark", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(
            name: "CHyphen", path: "Sources/CHyphen",
            providers: [.apt(["libhyphen-dev"])]),
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        .systemLibrary(
            name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),
        .target(name: "CPopplerLoader"),
        .target(name: "LetterheadModel"),
        .target(name: "LetterheadSource", dependencies: ["LetterheadModel", "Yams", "CCmark"]),
        .target(name: "LetterheadLayout", dependencies: ["LetterheadModel", "Yams"]),
        .target(name: "LetterheadText", dependencies: ["LetterheadLayout", "CPangoCairo", "CHyphen"]),
        .target(name: "LetterheadPaint", dependencies: ["LetterheadModel", "LetterheadLayout", "CPangoCairo", "CZlib"]),
        .target(name: "LetterheadCompare", dependencies: ["LetterheadModel", "CPangoCairo", "CPopplerLoader"]),
        .target(name: "Letterhead", dependencies: [
            "LetterheadModel", "LetterheadSource", "LetterheadLayout", "LetterheadText", "LetterheadPaint",
            "LetterheadCompare",
        ]),
        .executableTarget(
            name: "letterhead",
            dependencies: [
                "Letterhead", "LetterheadCompare", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["StaticLibstdcxx"],
            // A position-dependent executable: no run-time relocation of the Swift runtime's and Foundation's
            // data at every start (about 130,000 relocations; 3 ms of a cold render). The C++ runtime linked in
            // (StaticLibstdcxx/libstdc++.so is a linker script): 1.3 ms less at every start. Both are meant for
            // the release build with the Swift runtime linked in (`--static-swift-stdlib`).
            linkerSettings: [.unsafeFlags(["-Xclang-linker", "-no-pie", "-L", Context.packageDirectory + "/Sources/letterhead/StaticLibstdcxx"],
                                          .when(platforms: [.linux], configuration: .release))]),
        .testTarget(name: "LetterheadSourceTests", dependencies: ["LetterheadSource"]),
        .testTarget(name: "LetterheadLayoutTests", dependencies: ["LetterheadLayout"]),
        .testTarget(name: "LetterheadRenderTests", dependencies: ["Letterhead", "LetterheadPaint"],
                    exclude: ["References"]),
        .testTarget(name: "LetterheadPaintTests", dependencies: ["LetterheadPaint"]),
        .testTarget(name: "LetterheadCompareTests", dependencies: ["LetterheadCompare", "CPangoCairo"]),
        .testTarget(name: "LetterheadCLITests", dependencies: ["Letterhead"]),
        .testTarget(name: "LetterheadBatchTests", dependencies: ["Letterhead"]),
        .testTarget(name: "LetterheadGoldenTests", dependencies: ["Letterhead", "LetterheadCompare"], exclude: ["Cases", "References"]),
    ],
    swiftLanguageModes: [.v6]
)
