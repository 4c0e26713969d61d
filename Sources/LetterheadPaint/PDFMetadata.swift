// The document information written into a PDF: title, author, subject, keywords, creator, date, language.
import Foundation

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
    /// An RGB ICC profile (sRGB) for the PDF/A output intent; with it the PDF is finished as PDF/A-2a.
    public var outputIntentProfile: Data?

    public init(title: String, author: String, subject: String, keywords: String, creator: String, createDate: String,
                language: String, outputIntentProfile: Data? = nil) {
        self.title = title; self.author = author; self.subject = subject; self.keywords = keywords
        self.creator = creator; self.createDate = createDate; self.language = language
        self.outputIntentProfile = outputIntentProfile
    }
}
