// Turns the Markdown body into blocks through cmark-gfm, with a warning for everything a nota cannot print as written.
import CCmark
import LetterheadModel

struct MarkdownReader {
    /// Turns cmark's 1-based line and byte column into a place in the file.
    let locate: (_ line: Int, _ byteColumn: Int) -> SourceLocation
    /// Whether headings are numbered, so that numbers typed by hand are left out.
    let numbering: Bool
    let log: DiagnosticLog

    /// Lists and quotes nested deeper than this are kept as plain text (and keep the walk's recursion bounded).
    static let maxDepth = 16

    /// Where blocks are: headings are only headings at the top.
    enum Context {
        case top, listItem, quoted
    }

    func read(_ bytes: ArraySlice<UInt8>) -> [Block] {
        guard let tree = CmarkTree(bytes) else {
            log.error(locate(1, 1), "body", "the Markdown parser could not start (out of memory?)")
            return []
        }
        return withExtendedLifetime(tree) {
            var blocks: [Block] = []
            appendBlocks(of: tree.root, to: &blocks, context: .top, depth: 0)
            return blocks
        }
    }

    func location(of node: CmarkNode, or fallback: SourceLocation? = nil) -> SourceLocation {
        if node.line == 0, let fallback { return fallback }
        return locate(max(node.line, 1), max(node.column, 1))
    }

    private func appendBlocks(of parent: CmarkNode, to blocks: inout [Block], context: Context, depth: Int) {
        for node in parent.children { appendBlock(node, to: &blocks, context: context, depth: depth) }
    }

    private func appendBlock(_ node: CmarkNode, to blocks: inout [Block], context: Context, depth: Int) {
        let place = location(of: node)
        func paragraph(_ inlines: [Inline]) {
            if !inlines.isEmpty { blocks.append(.paragraph(inlines, place)) }
        }
        let nests = [CMARK_NODE_LIST, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_FOOTNOTE_DEFINITION].contains(node.type)
        if nests, depth >= Self.maxDepth {
            log.warning(place, node.typeName.replacingUnderscores, "nested more than \(Self.maxDepth) levels deep; kept as plain text")
            return paragraph(plain(node.plainText))
        }
        switch node.type {
        case CMARK_NODE_PARAGRAPH:
            paragraph(inlines(of: node, at: place))
        case CMARK_NODE_HEADING:
            appendHeading(node, at: place, to: &blocks, context: context)
        case CMARK_NODE_LIST:
            var items: [[Block]] = []
            for item in node.children {
                var itemBlocks: [Block] = []
                appendBlocks(of: item, to: &itemBlocks, context: .listItem, depth: depth + 1)
                items.append(itemBlocks)
            }
            blocks.append(.list(ListBlock(ordered: node.isOrderedList, start: node.isOrderedList ? node.listStart : 1,
                                          items: items, location: place)))
        case CMARK_NODE_BLOCK_QUOTE:
            if context != .quoted {
                log.warning(place, "block quote", "not supported; its text is kept as plain paragraphs")
            }
            appendBlocks(of: node, to: &blocks, context: .quoted, depth: depth + 1)
        case CMARK_NODE_CODE_BLOCK:
            log.warning(place, "code block", "not supported; its text is kept as plain paragraphs")
            for chunk in Self.chunks(node.literal) { paragraph(chunk) }
        case CMARK_NODE_HTML_BLOCK:
            warnHTML(node.literal, at: place)
        case CMARK_NODE_THEMATIC_BREAK:
            log.warning(place, "horizontal rule", "not printed", hint: "a new section starts with \"# Heading\"")
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            log.warning(place, "footnote", "not supported; its text is kept as a plain paragraph at the end of the body")
            appendBlocks(of: node, to: &blocks, context: .quoted, depth: depth + 1)
        case _ where node.typeName == "table":
            log.warning(place, "table", "not supported; each row is kept as a paragraph, its cells separated by \" | \"")
            for row in node.children {
                var cells = InlineBuilder()
                for (number, cell) in row.children.enumerated() {
                    if number > 0 { cells.text(" | ") }
                    cells.append(contentsOf: inlines(of: cell, at: place))
                }
                blocks.append(.paragraph(cells.finish(), location(of: row, or: place)))
            }
        default:
            log.warning(place, node.typeName.replacingUnderscores, "not supported; kept as plain text")
            paragraph(plain(node.plainText))
        }
    }

    private func appendHeading(_ node: CmarkNode, at place: SourceLocation, to blocks: inout [Block], context: Context) {
        var inlines = inlines(of: node, at: place)
        guard !inlines.isEmpty else {
            return log.warning(place, "heading", "is empty; left out")
        }
        if context == .listItem {
            log.warning(place, "heading", "inside a list item; printed as a paragraph")
        }
        guard context == .top else { return blocks.append(.paragraph(inlines, place)) }
        var level = node.headingLevel
        if level > 3 {
            log.warning(place, "heading", "level \(level) (\(String(repeating: "#", count: level))) is deeper than ###; printed as level 3")
            level = 3
        }
        if numbering, case .text(let first) = inlines[0], let typed = HeadingNumber.split(first) {
            log.warning(place, "heading", "number \(MetaNode.quote(String(typed.number))) is typed by hand; numbers are generated, so it is left out",
                        hint: "write the heading without a number")
            if typed.rest.isEmpty { inlines.removeFirst() } else { inlines[0] = .text(String(typed.rest)) }
        }
        blocks.append(.heading(level: level, inlines, place))
    }

    func warnHTML(_ html: String, at place: SourceLocation) {
        if html.hasPrefix("<!--") {
            log.warning(place, "HTML comment", "not printed")
        } else {
            log.warning(place, "raw HTML", "not printed", hint: "write Markdown instead")
        }
    }

    /// The text of a code block as paragraphs: blank lines separate them, each line keeps its own line.
    static func chunks(_ text: String) -> [[Inline]] {
        var chunks: [[Inline]] = []
        var current = InlineBuilder()
        var empty = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !empty { chunks.append(current.finish()) }
                current = InlineBuilder()
                empty = true
                continue
            }
            if !empty { current.append(.lineBreak) }
            current.text(String(line))
            empty = false
        }
        if !empty { chunks.append(current.finish()) }
        return chunks
    }

    func plain(_ text: String) -> [Inline] {
        text.isEmpty ? [] : [.text(text)]
    }
}

extension String {
    /// cmark's type names ("thematic_break") as words.
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
