// What reading a source gives: the document (nil when there are errors) and every diagnostic; and the one I/O error.
import LetterheadModel

public struct SourceResult: Sendable {
    public var document: Document?
    public var diagnostics: [Diagnostic]

    public init(document: Document?, diagnostics: [Diagnostic]) {
        self.document = document
        self.diagnostics = diagnostics
    }
}

/// A source file that cannot be read at all (missing, a folder, no permission).
public struct SourceReadError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): error: cannot read the file: \(reason)" }
}
