// Owns one cmark-gfm parse (tables and footnotes on, no smart punctuation) and walks its nodes; frees it in deinit.
import CCmark

final class CmarkTree {
    private let pointer: OpaquePointer
    var root: CmarkNode { CmarkNode(pointer) }

    /// The table extension, registered once for the process.
    private nonisolated(unsafe) static let tableExtension: OpaquePointer? = {
        cmark_gfm_core_extensions_ensure_registered()
        return cmark_find_syntax_extension("table")
    }()

    init?(_ bytes: ArraySlice<UInt8>) {
        // No CMARK_OPT_SMART: quotes and apostrophes stay as typed, so text copied from the PDF is the source text.
        guard let parser = cmark_parser_new(CMARK_OPT_FOOTNOTES) else { return nil }
        defer { cmark_parser_free(parser) }
        if let table = Self.tableExtension { cmark_parser_attach_syntax_extension(parser, table) }
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parser_feed(parser, $0, buffer.count) }
        }
        guard let root = cmark_parser_finish(parser) else { return nil }
        self.pointer = root
    }

    deinit {
        cmark_node_free(pointer)
    }
}

/// One node of a tree; valid only while its CmarkTree lives.
struct CmarkNode {
    private let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    var type: cmark_node_type { cmark_node_get_type(pointer) }
    var typeName: String { cmark_node_get_type_string(pointer).map { String(cString: $0) } ?? "unknown" }
    var literal: String { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }
    var url: String { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var isOrderedList: Bool { cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST }
    var listStart: Int { Int(cmark_node_get_list_start(pointer)) }
    /// Where the node starts: 1-based line and byte column; 0 when cmark does not know.
    var line: Int { Int(cmark_node_get_start_line(pointer)) }
    var column: Int { Int(cmark_node_get_start_column(pointer)) }

    var hasChildren: Bool { cmark_node_first_child(pointer) != nil }

    var children: [CmarkNode] {
        var nodes: [CmarkNode] = []
        var next = cmark_node_first_child(pointer)
        while let node = next {
            nodes.append(CmarkNode(node))
            next = cmark_node_next(node)
        }
        return nodes
    }

    /// The text inside this node, without markup, walked without recursion (safe at any depth).
    var plainText: String {
        var text = ""
        guard let iterator = cmark_iter_new(pointer) else { return text }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let raw = cmark_iter_get_node(iterator), cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER else {
                continue
            }
            let node = CmarkNode(raw)
            switch node.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK: text += node.literal
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING: if !text.isEmpty, text.last != " " { text += " " }
            default: break
            }
        }
        return Substring(text).trimmingWhitespace()
    }
}
