// The document information written into a PDF: title, author, subject, keywords, creator and date.
public struct PDFMetadata: Hashable, Sendable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: String
    public var creator: String
    /// ISO 8601, e.g. "2026-06-08T00:00:00Z": the same source gives the same bytes.
    public var createDate: String
    /// BCP 47, e.g. "nl-NL": the document's /Lang.
    public var language: String

    public init(title: String, author: String, subject: String, keywords: String, creator: String, createDate: String,
                language: String) {
        self.title = title; self.author = author; self.subject = subject; self.keywords = keywords
        self.creator = creator; self.createDate = createDate; self.language = language
    }
}
