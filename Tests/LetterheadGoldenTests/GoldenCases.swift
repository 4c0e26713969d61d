// The golden cases (every Examples/*.md and every Cases/*.md), where their references live, and where a run's
// output goes. References are PDFs under References/, one per case, mirroring the case's path:
// Examples/x.md -> References/Examples/x.pdf, Cases/y.md -> References/Cases/y.pdf.
import Foundation
import Letterhead
import LetterheadCompare

struct GoldenCase: CustomStringConvertible {
    /// "Examples/ind-stand-van-de-uitvoering", "Cases/short-nota": the source's path without `.md`.
    var name: String
    var source: URL
    var reference: URL

    var description: String { name }
    /// The source's file name without `.md`: the name of the actual PDF and of the images written for it.
    var baseName: String { source.deletingPathExtension().lastPathComponent }
}

enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let checkout = folder.appendingPathComponent("../..").standardizedFileURL
    static let references = folder.appendingPathComponent("References")

    /// Pixels at 100 dpi (1 mm is about 4 pixels), a small per-channel tolerance for anti-aliasing, no share of
    /// pixels allowed to differ beyond it, and the words of every page.
    static let options = CompareOptions(dpi: 100, channelTolerance: 8, maxDifferingShare: 0, compareText: true)

    /// The folders whose `*.md` files are cases, relative to the checkout.
    static let caseFolders = [("Examples", checkout.appendingPathComponent("Examples")),
                              ("Cases", folder.appendingPathComponent("Cases"))]

    /// Every case, in name order.
    static func cases() throws -> [GoldenCase] {
        var cases: [GoldenCase] = []
        for (prefix, directory) in caseFolders {
            let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
            for file in names {
                let name = prefix + "/" + String(file.dropLast(3))
                cases.append(GoldenCase(name: name, source: directory.appendingPathComponent(file),
                                        reference: references.appendingPathComponent(name + ".pdf")))
            }
        }
        return cases
    }

    /// The case called `name` ("Cases/short-nota").
    static func `case`(_ name: String) throws -> GoldenCase {
        guard let found = try cases().first(where: { $0.name == name }) else {
            throw LetterheadError("no golden case \(name)")
        }
        return found
    }

    /// Every reference PDF under References/, as case names.
    static func referenceNames() -> [String] {
        guard let walk = FileManager.default.enumerator(atPath: references.path) else { return [] }
        return walk.compactMap { $0 as? String }.filter { $0.hasSuffix(".pdf") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// The environment over the checkout's Fonts/ and Layouts/, built once.
    static let environment: Environment = {
        try! Environment(resources: Resources(fonts: checkout.appendingPathComponent("Fonts"),
                                              layouts: checkout.appendingPathComponent("Layouts")))
    }()

    /// Where a run writes the actual PDFs and the images of the cases that differ: $LETTERHEAD_GOLDEN_OUTPUT, else
    /// `golden-output` in the build's products folder (under .build), else $TMPDIR/letterhead-golden.
    static let outputRoot: URL = {
        if let path = ProcessInfo.processInfo.environment["LETTERHEAD_GOLDEN_OUTPUT"], !path.isEmpty {
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        let bundle = Bundle(for: Marker.self).bundleURL
        let products = bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
        let candidate = products.appendingPathComponent("golden-output", isDirectory: true)
        if (try? FileManager.default.createDirectory(at: candidate, withIntermediateDirectories: true)) != nil,
           FileManager.default.isWritableFile(atPath: candidate.path) {
            return candidate
        }
        return FileManager.default.temporaryDirectory.appendingPathComponent("letterhead-golden", isDirectory: true)
    }()

    private final class Marker {}

    // MARK: Recording

    /// The command that re-records `names` (all cases when empty).
    static func recordCommand(_ names: [String] = []) -> String {
        let value = names.isEmpty ? "1" : names.joined(separator: ",")
        return "LETTERHEAD_RECORD_GOLDEN=\(value) swift test --filter LetterheadGoldenTests"
            + " (or: swift run letterhead golden --update\(names.map { " --case \($0)" }.joined()))"
    }

    /// Which cases a run records: none (the variable unset, empty or 0), all (1, true, yes, all), or the
    /// comma-separated case names given ("Cases/short-nota", or just "short-nota").
    static func recording(_ value: String? = ProcessInfo.processInfo.environment["LETTERHEAD_RECORD_GOLDEN"]) -> RecordSelection {
        let trimmed = (value ?? "").trimmingCharacters(in: .whitespaces)
        switch trimmed.lowercased() {
        case "", "0", "false", "no": return .none
        case "1", "true", "yes", "all": return .all
        default: return .some(Set(trimmed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }))
        }
    }

    enum RecordSelection: Equatable {
        case none, all
        case some(Set<String>)

        func includes(_ goldenCase: GoldenCase) -> Bool {
            switch self {
            case .none: return false
            case .all: return true
            case .some(let names): return names.contains(goldenCase.name) || names.contains(goldenCase.baseName)
            }
        }

        var isRecording: Bool { self != .none }
    }
}
