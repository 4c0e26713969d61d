// The inline part of the Markdown walk: text, emphasis, links, code and breaks; warnings for images, HTML, footnotes.
import CCmark
import LetterheadModel

extension MarkdownReader {
    /// Inlines nested deeper than this (emphasis in emphasis ...) are kept as plain text.
    static let maxInlineDepth = 32

    /// The inlines inside `node`; `place` stands in where cmark gives an inline no position.
    func inlines(of node: CmarkNode, at place: SourceLocation, depth: Int = 0) -> [Inline] {
        var builder = InlineBuilder()
        for child in node.children { appendInline(child, to: &builder, at: place, depth: depth) }
        return builder.finish()
    }

    /// Places of inlines are only worked out for warnings: a paragraph can hold thousands of inlines.
    private func appendInline(_ node: CmarkNode, to builder: inout InlineBuilder, at block: SourceLocation, depth: Int) {
        var place: SourceLocation { location(of: node, or: block) }
        let nested = { inlines(of: node, at: block, depth: depth + 1) }
        if depth >= Self.maxInlineDepth, node.hasChildren {
            log.warning(place, node.typeName.replacingUnderscores, "nested more than \(Self.maxInlineDepth) levels deep; kept as plain text")
            return builder.text(node.plainText)
        }
        switch node.type {
        case CMARK_NODE_TEXT: builder.text(node.literal)
        case CMARK_NODE_SOFTBREAK: builder.append(.softBreak)
        case CMARK_NODE_LINEBREAK: builder.append(.lineBreak)
        case CMARK_NODE_CODE: builder.append(.code(node.literal))
        case CMARK_NODE_EMPH:
            let children = nested()
            if !children.isEmpty { builder.append(.emphasis(children)) }
        case CMARK_NODE_STRONG:
            let children = nested()
            if !children.isEmpty { builder.append(.strong(children)) }
        case CMARK_NODE_LINK:
            let children = nested()
            builder.append(.link(destination: node.url, children.isEmpty ? [.text(node.url)] : children))
        case CMARK_NODE_IMAGE:
            let alt = nested()
            if alt.isEmpty {
                log.warning(place, "image", "not printed, and it has no alt text", hint: "describe the image in the text")
            } else {
                log.warning(place, "image", "not printed; its alt text \(MetaNode.quote(alt.plainText)) is kept as text")
                builder.append(contentsOf: alt)
            }
        case CMARK_NODE_HTML_INLINE:
            appendHTML(node.literal, to: &builder, at: place)
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            let typed = "[^\(node.literal)]"
            log.warning(place, "footnote", "not supported; the reference \(typed) is kept as typed")
            builder.text(typed)
        default:
            log.warning(place, node.typeName.replacingUnderscores, "not supported; kept as plain text")
            builder.append(contentsOf: nested())
        }
    }

    /// `<br>` becomes a line break; other inline HTML is not printed. Both with a warning.
    private func appendHTML(_ html: String, to builder: inout InlineBuilder, at place: SourceLocation) {
        let tag = html.lowercased().filter { !$0.isWhitespace }
        if tag == "<br>" || tag == "<br/>" {
            log.warning(place, "raw HTML", "\(html) is printed as a line break", hint: "end the line with a backslash \\ instead")
            builder.append(.lineBreak)
        } else {
            warnHTML(html, at: place)
        }
    }
}
