// The messages of a golden check for a person: what is missing or differs, where to look, how to re-record.
import Foundation
import LetterheadCompare

enum GoldenMessage {
    static func missing(_ goldenCase: GoldenCase) -> String {
        """
        golden case \(goldenCase.name) has no reference
          source:    \(goldenCase.source.path)
          reference: \(goldenCase.reference.path) (missing)
          Record it with \(GoldenSuite.recordCommand([goldenCase.name])),
          look at it (pdftoppm -png -r 60 REFERENCE page) and commit it.
        """
    }

    static func differs(_ goldenCase: GoldenCase, _ result: LetterheadCompare.ComparisonResult, actual: URL,
                        report: URL?) -> String {
        var lines = ["golden case \(goldenCase.name) differs from its reference: \(summary(result))",
                     "  source:    \(goldenCase.source.path)",
                     "  reference: \(goldenCase.reference.path)",
                     "  actual:    \(actual.path)"]
        lines += pageLines(result).map { "  " + $0 }
        if let report { lines.append("  report:    \(report.path)") }
        lines.append("  If the change is intended, re-record: \(GoldenSuite.recordCommand([goldenCase.name])),")
        lines.append("  look at the new reference and commit it.")
        return lines.joined(separator: "\n")
    }

    /// "Cases/x: recorded PATH (new reference)", or what the old reference was.
    static func recorded(_ outcome: GoldenOutcome) -> String {
        var change = "new reference"
        if let error = outcome.unreadableReference {
            change = "replaces an unreadable reference (\(error))"
        } else if let result = outcome.result {
            change = "was: " + summary(result) + "; " + pageLines(result).filter { $0.hasPrefix("page") }.joined(separator: "; ")
        }
        return "\(outcome.goldenCase.name): recorded \(outcome.goldenCase.reference.path) (\(change))"
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
