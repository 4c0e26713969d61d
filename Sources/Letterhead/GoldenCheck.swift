// Rendering a golden case, comparing it with its reference through LetterheadCompare, and recording the reference.
import Foundation
import LetterheadCompare
import LetterheadModel

extension GoldenCase {
    /// The PDF of the case. A source with errors throws: with every diagnostic in the message, or, when `report`
    /// is given, naming only the source, for `report` has been handed every diagnostic first (warnings too).
    public func render(with renderer: Renderer, reporting report: (([Diagnostic]) -> Void)? = nil) throws -> Data {
        let rendering = try renderer.layOut(contentsOf: source)
        report?(rendering.diagnostics)
        guard rendering.succeeded else {
            if report != nil { throw LetterheadError("\(source.path) does not render") }
            let diagnostics = rendering.diagnostics.map { "  \($0)" }.joined(separator: "\n")
            throw LetterheadError("golden case \(name) does not render:\n\(diagnostics)")
        }
        return try renderer.pdf(rendering)
    }

    /// Compares `pdf` with the reference. The actual PDF is written to `output/<case>/`, and for a differing page
    /// the expected, actual and diff images beside it (and, with `htmlReport`, a report.html); the folder is
    /// removed again when the case is equal, so what is left under `output` is what failed.
    public func compare(_ pdf: Data, output: URL, htmlReport: Bool = true) throws -> GoldenOutcome {
        let folder = output.appendingPathComponent(name, isDirectory: true)
        guard FileManager.default.fileExists(atPath: reference.path) else {
            return GoldenOutcome(goldenCase: self, status: .missing, message: GoldenMessage.missing(self), folder: folder)
        }
        let (result, actual) = try comparison(pdf, folder: folder)
        if result.equal {
            try? FileManager.default.removeItem(at: folder)
            return GoldenOutcome(goldenCase: self, status: .equal, result: result, message: "", folder: folder)
        }
        let report = htmlReport ? folder.appendingPathComponent("report.html") : nil
        if let report { try? writeHTMLReport(result, to: report) }
        return GoldenOutcome(goldenCase: self, status: .differs, result: result,
                             message: GoldenMessage.differs(self, result, actual: actual, report: report), folder: folder)
    }

    /// Writes `pdf` as the reference, atomically, unless the reference already matches it (then it is left alone,
    /// so re-recording does not churn files whose pages did not change). The message says what changed.
    public func record(_ pdf: Data, output: URL) throws -> GoldenOutcome {
        let folder = output.appendingPathComponent(name, isDirectory: true)
        var outcome = GoldenOutcome(goldenCase: self, status: .recorded, message: "", folder: folder)
        if FileManager.default.fileExists(atPath: reference.path) {
            do {
                let result = try comparison(pdf, folder: folder).result
                outcome.result = result
                if result.equal {
                    try? FileManager.default.removeItem(at: folder)
                    outcome.status = .unchanged
                    outcome.message = "\(name): unchanged"
                    return outcome
                }
            } catch let error as CompareError {
                // Without poppler nothing is known about the reference: stop rather than replace every one.
                if case .popplerUnavailable = error { throw error }
                outcome.unreadableReference = error
            }
        }
        try FileManager.default.createDirectory(at: reference.deletingLastPathComponent(), withIntermediateDirectories: true)
        try AtomicFile.write(pdf, to: reference)
        outcome.message = GoldenMessage.recorded(outcome)
        return outcome
    }

    /// Writes the actual PDF into a fresh `folder` and compares it with the reference, images into `folder`.
    private func comparison(_ pdf: Data, folder: URL) throws -> (result: LetterheadCompare.ComparisonResult, actual: URL) {
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let actual = folder.appendingPathComponent(baseName + ".pdf")
        try pdf.write(to: actual)
        var options = GoldenSuite.options
        options.diffDirectory = folder
        return (try comparePDFs(expected: reference, actual: actual, options: options), actual)
    }
}
