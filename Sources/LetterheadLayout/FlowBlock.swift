// The body as a flow of blocks of lines, before it is cut into pages.

/// One piece of text on a line of the body, at a horizontal offset in points from the page's left edge.
struct FlowFragment {
    var x: Double
    var line: ShapedLine
    var role: TextRole
    var structure: [StructureElement]
}

/// One baseline of the body: the fragments on it (a number and its heading text, a bullet and its item).
struct FlowLine {
    var fragments: [FlowFragment]
    var leading: Double
}

struct FlowBlock {
    var lines: [FlowLine]
    /// Space above the block's first line, in points, added to the leading (not at the top of a page).
    var gapBefore: Double
    /// A heading (or label) that must stand on the same page as the start of what follows.
    var keepWithNext: Bool
    /// Whether the block may be split between pages (paragraphs may, headings may not).
    var splittable: Bool
    /// Shared by all the block's lines, also across a page break.
    var id: Int
}
