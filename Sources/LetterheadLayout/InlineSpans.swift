// Turns Markdown inlines (bold, italic, links, breaks) into styled spans for the shaper.
import LetterheadModel

enum InlineSpans {
    static func spans(_ inlines: [Inline], bold: Bool = false) -> [StyledSpan] {
        var result: [StyledSpan] = []
        append(inlines, bold: bold, italic: false, link: nil, to: &result)
        return result
    }

    private static func append(_ inlines: [Inline], bold: Bool, italic: Bool, link: String?, to result: inout [StyledSpan]) {
        for inline in inlines {
            switch inline {
            case .text(let text), .code(let text):
                add(text, bold: bold, italic: italic, link: link, to: &result)
            case .strong(let children):
                append(children, bold: true, italic: italic, link: link, to: &result)
            case .emphasis(let children):
                append(children, bold: bold, italic: true, link: link, to: &result)
            case .link(let destination, let children):
                append(children, bold: bold, italic: italic, link: destination, to: &result)
            case .lineBreak:
                add("\n", bold: bold, italic: italic, link: nil, to: &result)
            case .softBreak:
                add(" ", bold: bold, italic: italic, link: nil, to: &result)
            }
        }
    }

    /// Appends text, merging it into the previous span when the attributes are the same.
    private static func add(_ text: String, bold: Bool, italic: Bool, link: String?, to result: inout [StyledSpan]) {
        guard !text.isEmpty else { return }
        if let last = result.last, last.bold == bold, last.italic == italic, last.link == link {
            result[result.count - 1].text += text
        } else {
            result.append(StyledSpan(text, bold: bold, italic: italic, link: link))
        }
    }
}
