// swift-tools-version:6.0
// Speed of LetterheadCompare, outside `swift test`: `./run.sh` builds this in release and runs it.
// Sources/LetterheadCompare, LetterheadModel, CPangoCairo and CPopplerLoader are symlinks to the main package's targets.
import PackageDescription

let package = Package(
    name: "compare-bench",
    targets: [
        .systemLibrary(name: "CPangoCairo", path: "Sources/CPangoCairo", pkgConfig: "pangocairo"),
        .target(name: "CPopplerLoader"),
        .target(name: "LetterheadModel"),
        .target(name: "LetterheadCompare", dependencies: ["LetterheadModel", "CPangoCairo", "CPopplerLoader"]),
        .executableTarget(name: "compare-bench", dependencies: ["LetterheadCompare", "CPangoCairo", "CPopplerLoader"]),
    ],
    swiftLanguageModes: [.v6]
)
