// What layout hands to the painter: the pages, and the warnings met while placing the text.
import LetterheadModel

public struct LayoutResult: Sendable {
    public var pages: [Page]
    public var diagnostics: [Diagnostic]
    public init(pages: [Page], diagnostics: [Diagnostic]) { self.pages = pages; self.diagnostics = diagnostics }
}
