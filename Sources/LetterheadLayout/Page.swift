// The layout's result: pages of positioned items, plain values that the painter only walks.

/// What a piece of text on the page is, for reading order and accessibility tags.
public enum TextRole: Hashable, Sendable {
    case wordmark
    case addressee
    case referenceColumn
    case classification
    case doctype
    case subject
    case status
    case enclosureHeading
    case heading(level: Int)
    case paragraph
    case listLabel
    case listBody
    case pageNumber

    /// Decoration that a screen reader skips.
    public var isArtifact: Bool { self == .pageNumber || self == .wordmark }

    /// The wordmark belongs to the logo: drawn as outlines, not as text, as in the real templates
    /// (the organisation's name is text in the reference column).
    public var isDrawnAsOutlines: Bool { self == .wordmark }
}

public struct PlacedLine: Hashable, Sendable {
    /// The left end of the baseline.
    public var origin: Point
    public var line: ShapedLine
    public var role: TextRole
    /// Lines of one block (a paragraph, heading, list item) share an id, also across pages.
    public var block: Int
    public init(origin: Point, line: ShapedLine, role: TextRole, block: Int) {
        self.origin = origin; self.line = line; self.role = role; self.block = block
    }
}

public enum PageItem: Hashable, Sendable {
    case text(PlacedLine)
    case rectangle(Rect, Color)
    case link(Rect, String)
}

public struct Page: Hashable, Sendable {
    public var width: Double
    public var height: Double
    public var items: [PageItem]
    public init(width: Double, height: Double, items: [PageItem] = []) {
        self.width = width; self.height = height; self.items = items
    }

    public var lines: [PlacedLine] {
        items.compactMap { if case .text(let line) = $0 { return line } else { return nil } }
    }
}
