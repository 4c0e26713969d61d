// Builds a run of inlines, joining the text pieces cmark splits a paragraph into (in linear time).
import LetterheadModel

struct InlineBuilder {
    private var inlines: [Inline] = []
    private var pending = ""

    mutating func text(_ text: String) {
        pending += text
    }

    mutating func append(_ inline: Inline) {
        if case .text(let text) = inline { return self.text(text) }
        flush()
        inlines.append(inline)
    }

    mutating func append(contentsOf other: [Inline]) {
        for inline in other { append(inline) }
    }

    mutating func finish() -> [Inline] {
        flush()
        return inlines
    }

    private mutating func flush() {
        if !pending.isEmpty { inlines.append(.text(pending)) }
        pending = ""
    }
}
