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
    /// The structure elements that hold this line, outermost first; empty for an artifact (decoration,
    /// page numbers, what a follow-up page repeats), which a screen reader skips.
    public var structure: [StructureElement]
    public init(origin: Point, line: ShapedLine, role: TextRole, block: Int, structure: [StructureElement] = []) {
        self.origin = origin; self.line = line; self.role = role; self.block = block; self.structure = structure
    }

    public var isArtifact: Bool { structure.isEmpty }

    /// The link areas over the line's linked runs.
    public var linkAreas: [(rect: Rect, target: String)] {
        line.runs.indices.compactMap { index in
            line.runs[index].link.map { (area(ofRuns: index..<(index + 1)), $0) }
        }
    }

    /// The area of some of the line's runs: their advance, from ascent to descent of their type size.
    public func area(ofRuns range: Range<Int>) -> Rect {
        let runs = line.runs[range]
        let size = runs.map(\.size).max() ?? 0
        let ascent = size * 0.93, descent = size * 0.24
        let start = runs.first?.x ?? 0, end = runs.last.map { $0.x + $0.width } ?? start
        return Rect(x: origin.x + start, y: origin.y - ascent, width: end - start, height: ascent + descent)
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
