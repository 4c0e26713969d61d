// Remembers shaped text that recurs from document to document (the letterhead, labels, sender block, page numbers).
//
// A batch of one organisation shapes the same wordmark, sender block and labels for every document; this shaper
// shapes each once and hands out the stored result after that. Body text goes to the shaper directly: it differs
// per document. Bounded, so that a long batch of many organisations keeps a flat memory; one per renderer (thread).
import LetterheadModel

public final class RecurringTextShaper: TextShaper {
    private struct Key: Hashable {
        var spans: [StyledSpan]
        var style: TextStyle
        var width: Double?
        var language: Language
    }

    private let shaper: any TextShaper
    private let capacity: Int
    private var shaped: [Key: ShapedParagraph] = [:]

    public init(_ shaper: any TextShaper, capacity: Int = 512) {
        self.shaper = shaper
        self.capacity = capacity
    }

    public func shape(_ spans: [StyledSpan], style: TextStyle, width: Double?, language: Language) -> ShapedParagraph {
        let key = Key(spans: spans, style: style, width: width, language: language)
        if let paragraph = shaped[key] { return paragraph }
        let paragraph = shaper.shape(spans, style: style, width: width, language: language)
        if shaped.count >= capacity { shaped.removeAll(keepingCapacity: true) }
        shaped[key] = paragraph
        return paragraph
    }
}
