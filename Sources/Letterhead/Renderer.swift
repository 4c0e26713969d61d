// The facade: source file or document in, laid-out pages and PDF/PNG bytes out. One renderer per thread.
import Foundation
import LetterheadLayout
import LetterheadModel
import LetterheadPaint
import LetterheadText

/// The result of rendering one document: what was made (nil when there were errors) and every diagnostic.
public struct Rendering: Sendable {
    public var document: Document?
    public var pages: [Page]
    public var outline: [OutlineEntry] = []
    public var diagnostics: [Diagnostic]
    public var succeeded: Bool { !pages.isEmpty && !diagnostics.hasErrors }
}

public final class Renderer {
    public let environment: Environment
    private let shaper: PangoShaper
    /// The letterhead's text, shaped once for all documents this renderer makes.
    private let letterheadShaper: RecurringTextShaper
    private let painter: Painter

    public init(environment: Environment) throws {
        self.environment = environment
        shaper = PangoShaper(fonts: environment.fonts)
        letterheadShaper = RecurringTextShaper(shaper)
        painter = try Painter()
    }

    /// Reads and lays out a source file (`.md` or `.json`). Only an unreadable file throws.
    public func layOut(contentsOf url: URL) throws -> Rendering {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LetterheadError("\(url.path): cannot read the file (\((error as NSError).localizedDescription))")
        }
        return layOut(bytes: data, file: url.path)
    }

    public func layOut(bytes: Data, file: String) -> Rendering {
        let source = environment.reader.read(bytes: bytes, file: file)
        guard let document = source.document, !source.diagnostics.hasErrors else {
            return Rendering(document: nil, pages: [], diagnostics: source.diagnostics)
        }
        return layOut(document, diagnostics: source.diagnostics)
    }

    /// Lays out a document on the pages of its layout.
    public func layOut(_ document: Document, diagnostics: [Diagnostic] = []) -> Rendering {
        let layout: LayoutDefinition
        do {
            layout = try environment.layout(named: document.meta.layout)
        } catch {
            let problem = Self.layoutProblem(error, name: document.meta.layout, available: environment.layoutNames)
            return Rendering(document: document, pages: [],
                             diagnostics: diagnostics + [Diagnostic(.error, at: document.location(ofField: "layout"),
                                                                    field: "layout", problem.message, hint: problem.hint)])
        }
        let result = NotaComposer(layout: layout, shaper: shaper, letterheadShaper: letterheadShaper).compose(document)
        return Rendering(document: document, pages: result.pages, outline: result.outline,
                         diagnostics: diagnostics + result.diagnostics)
    }

    private static func layoutProblem(_ error: Error, name: String, available: [String]) -> (message: String, hint: String?) {
        if let fileError = error as? LayoutFileError, fileError.message == "cannot read the layout file" {
            return ("no layout \"\(name)\"", "available: \(available.joined(separator: ", "))")
        }
        return ("the layout \"\(name)\" is invalid: \(error)", nil)
    }

    /// The PDF of laid-out pages, with document information from the document.
    public func pdf(_ rendering: Rendering) throws -> Data {
        guard let document = rendering.document else { throw LetterheadError("nothing to paint") }
        let metadata = DocumentInfo.metadata(for: document, outputIntentProfile: environment.outputIntentProfile,
                                             sourceDateEpoch: environment.sourceDateEpoch)
        return try painter.pdf(rendering.pages, outline: rendering.outline, metadata: metadata)
    }

    /// PNG images of the pages (all, or the 1-based `pages` given) at `dpi`.
    public func png(_ rendering: Rendering, dpi: Double, pages: [Int]? = nil) throws -> [Data] {
        let numbers = pages ?? Array(1...rendering.pages.count)
        return try numbers.map { try painter.png(rendering.pages[$0 - 1], dpi: dpi) }
    }
}
