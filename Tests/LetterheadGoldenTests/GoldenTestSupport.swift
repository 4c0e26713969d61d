// What only the golden tests need: the checkout around this file, its environment, where a test run writes, and
// which cases LETTERHEAD_RECORD_GOLDEN records.
import Foundation
import Letterhead

enum Golden {
    static let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardizedFileURL
    static let suite = GoldenSuite(checkout: checkout)

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
        return GoldenSuite.temporaryOutput
    }()

    private final class Marker {}

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
            case .some(let names): return names.contains { goldenCase.isNamed($0) }
            }
        }

        var isRecording: Bool { self != .none }
    }
}
