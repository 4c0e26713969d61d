// Accessibility structure of the page content: which tagged element (P, H1, L > LI > Lbl/LBody, Div) holds a line.

/// One element of the document's structure tree. Its id is unique in a document, so one paragraph that
/// continues on the next page is one element.
public struct StructureElement: Hashable, Sendable {
    public var id: Int
    /// A standard PDF structure type: P, H1, H2, H3, L, LI, Lbl, LBody, Div.
    public var type: String
    public init(id: Int, type: String) { self.id = id; self.type = type }
}

/// Hands out unique element ids while a document is laid out.
struct StructureIDs {
    private var next = 1

    mutating func element(_ type: String) -> StructureElement {
        defer { next += 1 }
        return StructureElement(id: next, type: type)
    }
}

/// A numbered heading in the outline (bookmarks): "4.1. Politieke context" on page 2 at its baseline.
public struct OutlineEntry: Hashable, Sendable {
    public var level: Int
    public var title: String
    /// 0-based page index.
    public var page: Int
    public var x: Double
    public var y: Double
    public init(level: Int, title: String, page: Int, x: Double, y: Double) {
        self.level = level; self.title = title; self.page = page; self.x = x; self.y = y
    }
}
