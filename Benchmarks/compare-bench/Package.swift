// swift-tools-version:6.0
// Speed of LetterheadCompare, outside `swift test`: `./run.sh` builds this in release and runs it.
// Sources/LetterheadCompare and Sources/CPangoCairo are symlinks to the main package's targets.
import PackageDescription

let package = Package(
    name: "compare-bench",
    targets: [
        .systemLibrary(name: "CPangoCairo", path: "Sources/CPangoCairo", pkgConfig: "pangocairo"),
        .target(name: "LetterheadCompare", dependencies: ["CPangoCairo"]),
        .executableTarget(name: "compare-bench", dependencies: ["LetterheadCompare", "CPangoCairo"]),
    ],
    swiftLanguageModes: [.v6]
)
