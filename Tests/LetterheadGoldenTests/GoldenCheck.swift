// Rendering a golden case, comparing it with its reference through LetterheadCompare, and recording references.
import Foundation
import Letterhead
import LetterheadCompare

struct GoldenOutcome {
    enum Status: Equatable {
        /// Equal to the reference within tolerance (its output folder is removed).
        case equal
        /// Differs from the reference: the actual PDF and the images are in `folder`.
        case differs
        /// No reference yet.
        case missing
        /// Recording: the reference was written (new, or it differed).
        case recorded
        /// Recording: the reference already matched, so it was left as it is.
        case unchanged
    }

    var goldenCase: GoldenCase
    var status: Status
    var result: LetterheadCompare.ComparisonResult?
    /// What a person needs to know: empty when equal.
    var message: String
    /// The case's output folder (actual PDF, expected/actual/diff PNGs, report.html).
    var folder: URL
}

enum GoldenCheck {
    /// The PDF of a case; throws with every diagnostic when the source has errors.
    static func render(_ goldenCase: GoldenCase, with renderer: Renderer) throws -> Data {
        let rendering = try renderer.layOut(contentsOf: goldenCase.source)
        guard rendering.succeeded else {
            let diagnostics = rendering.diagnostics.map { "  \($0)" }.joined(separator: "\n")
            throw LetterheadError("golden case \(goldenCase.name) does not render:\n\(diagnostics)")
        }
        return try renderer.pdf(rendering)
    }

    /// Compares `pdf` with the case's reference. The actual PDF is written to `output/<case>/`, and for a
    /// differing page the expected, actual and diff images and an HTML report beside it; the folder is removed
    /// again when the case is equal, so what is left under `output` is what failed.
    static func compare(_ pdf: Data, with goldenCase: GoldenCase, output: URL) throws -> GoldenOutcome {
        let folder = output.appendingPathComponent(goldenCase.name, isDirectory: true)
        guard FileManager.default.fileExists(atPath: goldenCase.reference.path) else {
            return GoldenOutcome(goldenCase: goldenCase, status: .missing, result: nil, message: """
                golden case \(goldenCase.name) has no reference
                  source:    \(goldenCase.source.path)
                  reference: \(goldenCase.reference.path) (missing)
                  Record it with \(Golden.recordCommand([goldenCase.name])),
                  look at it (pdftoppm -png -r 60 REFERENCE page) and commit it.
                """, folder: folder)
        }
        let (result, actual) = try comparison(pdf, with: goldenCase, folder: folder)
        if result.equal {
            try? FileManager.default.removeItem(at: folder)
            return GoldenOutcome(goldenCase: goldenCase, status: .equal, result: result, message: "", folder: folder)
        }
        let report = folder.appendingPathComponent("report.html")
        try? writeHTMLReport(result, to: report)
        var lines = ["golden case \(goldenCase.name) differs from its reference: \(summary(result))",
                     "  source:    \(goldenCase.source.path)",
                     "  reference: \(goldenCase.reference.path)",
                     "  actual:    \(actual.path)"]
        lines += pageLines(result).map { "  " + $0 }
        lines.append("  report:    \(report.path)")
        lines.append("  If the change is intended, re-record: \(Golden.recordCommand([goldenCase.name])),")
        lines.append("  look at the new reference and commit it.")
        return GoldenOutcome(goldenCase: goldenCase, status: .differs, result: result,
                             message: lines.joined(separator: "\n"), folder: folder)
    }

    /// Writes `pdf` as the case's reference unless the reference already matches it (then it is left alone, so
    /// re-recording does not churn files whose pages did not change). The message says what changed.
    static func record(_ pdf: Data, for goldenCase: GoldenCase, output: URL) throws -> GoldenOutcome {
        let folder = output.appendingPathComponent(goldenCase.name, isDirectory: true)
        var change = "new reference"
        var result: LetterheadCompare.ComparisonResult?
        if FileManager.default.fileExists(atPath: goldenCase.reference.path) {
            do {
                let compared = try comparison(pdf, with: goldenCase, folder: folder).0
                result = compared
                if compared.equal {
                    try? FileManager.default.removeItem(at: folder)
                    return GoldenOutcome(goldenCase: goldenCase, status: .unchanged, result: compared,
                                         message: "\(goldenCase.name): unchanged", folder: folder)
                }
                change = "was: " + summary(compared) + "; " + pageLines(compared).filter { $0.hasPrefix("page") }.joined(separator: "; ")
            } catch let error as CompareError {
                change = "replaces an unreadable reference (\(error))"
            }
        }
        try FileManager.default.createDirectory(at: goldenCase.reference.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try AtomicFile.write(pdf, to: goldenCase.reference)
        return GoldenOutcome(goldenCase: goldenCase, status: .recorded, result: result,
                             message: "\(goldenCase.name): recorded \(goldenCase.reference.path) (\(change))", folder: folder)
    }

    /// Writes the actual PDF into a fresh `folder` and compares it with the reference, images into `folder`.
    private static func comparison(_ pdf: Data, with goldenCase: GoldenCase, folder: URL) throws -> (LetterheadCompare.ComparisonResult, URL) {
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let actual = folder.appendingPathComponent(goldenCase.baseName + ".pdf")
        try pdf.write(to: actual)
        var options = Golden.options
        options.diffDirectory = folder
        return (try comparePDFs(expected: goldenCase.reference, actual: actual, options: options), actual)
    }

    /// "1 of 2 pages differs", with the page counts when they differ.
    private static func summary(_ result: LetterheadCompare.ComparisonResult) -> String {
        let total = max(result.expectedPageCount, result.actualPageCount)
        var text = "\(result.differences.count) of \(total) page\(total == 1 ? "" : "s") differ\(result.differences.count == 1 ? "s" : "")"
        if result.pageCountMismatch {
            text += " (the reference has \(result.expectedPageCount) pages, the render \(result.actualPageCount))"
        }
        return text
    }

    /// For each differing page: the page, the box of changed pixels in mm, the changed words (or "text unchanged")
    /// and every image written.
    private static func pageLines(_ result: LetterheadCompare.ComparisonResult) -> [String] {
        var lines: [String] = []
        for difference in result.differences {
            var page = describe(difference, result: result).filter { !$0.contains("image: ") }
            let indent = String(repeating: " ", count: "page \(difference.page): ".count)
            if difference.presence == .both, difference.textChange == nil {
                page.append(indent + "text unchanged")
            }
            let images = difference.images
            for (label, url) in [("expected", images.expected), ("actual", images.actual), ("diff", images.diff)] {
                if let url { page.append(indent + "\(label) image: \(url.path)") }
            }
            lines += page
        }
        return lines
    }
}
