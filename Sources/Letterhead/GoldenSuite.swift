// The golden cases of a checkout (Examples/*.md, Tests/LetterheadGoldenTests/Cases/*.md) and their reference PDFs.
import Foundation
import LetterheadCompare

/// References mirror the case's path: Examples/x.md -> References/Examples/x.pdf, Cases/y.md -> References/Cases/y.pdf,
/// under Tests/LetterheadGoldenTests/.
public struct GoldenSuite: Sendable {
    /// The folder that holds Examples/, Fonts/, Layouts/ and Tests/.
    public let checkout: URL

    public init(checkout: URL) { self.checkout = checkout }

    /// Tests/LetterheadGoldenTests: the cases of its own (Cases/) and every reference (References/).
    public var folder: URL { checkout.appendingPathComponent("Tests/LetterheadGoldenTests") }
    public var references: URL { folder.appendingPathComponent("References") }

    /// Pixels at 100 dpi (1 mm is about 4 pixels), a small per-channel tolerance for anti-aliasing, no share of
    /// pixels allowed to differ beyond it, and the words of every page.
    public static let options = CompareOptions(dpi: 100, channelTolerance: 8, maxDifferingShare: 0, compareText: true)

    /// Where the actual PDFs and images go when nothing else is said: $TMPDIR/letterhead-golden.
    public static var temporaryOutput: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("letterhead-golden", isDirectory: true)
    }

    /// Every case, Examples/ first, each folder in name order. A folder that does not exist holds no cases.
    public func cases() throws -> [GoldenCase] {
        var cases: [GoldenCase] = []
        for (prefix, directory) in [("Examples", checkout.appendingPathComponent("Examples")),
                                    ("Cases", folder.appendingPathComponent("Cases"))] {
            guard FileManager.default.fileExists(atPath: directory.path) else { continue }
            let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
            for file in files {
                let name = prefix + "/" + String(file.dropLast(3))
                cases.append(GoldenCase(name: name, source: directory.appendingPathComponent(file),
                                        reference: references.appendingPathComponent(name + ".pdf")))
            }
        }
        return cases
    }

    /// The case called `name` ("Cases/short-nota").
    public func `case`(_ name: String) throws -> GoldenCase {
        guard let found = try cases().first(where: { $0.name == name }) else {
            throw LetterheadError("no golden case \(name)")
        }
        return found
    }

    /// Every reference PDF under References/, as case names.
    public func referenceNames() -> [String] {
        guard let walk = FileManager.default.enumerator(atPath: references.path) else { return [] }
        return walk.compactMap { $0 as? String }.filter { $0.hasSuffix(".pdf") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// The command that re-records `names` (all cases when empty).
    public static func recordCommand(_ names: [String] = []) -> String {
        let value = names.isEmpty ? "1" : names.joined(separator: ",")
        return "LETTERHEAD_RECORD_GOLDEN=\(value) swift test --filter LetterheadGoldenTests"
            + " (or: swift run letterhead golden --update\(names.map { " --case \($0)" }.joined()))"
    }
}
