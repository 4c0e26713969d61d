// What layout hands to the painter: the pages, and the warnings met while placing the text.
import LetterheadModel

public struct LayoutResult: Sendable {
    public var pages: [Page]
    /// The numbered headings, for the PDF's bookmarks.
    public var outline: [OutlineEntry]
    public var diagnostics: [Diagnostic]
    public init(pages: [Page], outline: [OutlineEntry], diagnostics: [Diagnostic]) {
        self.pages = pages; self.outline = outline; self.diagnostics = diagnostics
    }
}
