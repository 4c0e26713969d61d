// Block content of the body: numbered headings, paragraphs and (nested) lists.
public indirect enum Block: Hashable, Sendable {
    /// A section heading; `level` 1 is `#`, printed "1.", level 2 "4.1.", level 3 "4.1.1.".
    case heading(level: Int, [Inline], SourceLocation)
    case paragraph([Inline], SourceLocation)
    case list(ListBlock)
}

public struct ListBlock: Hashable, Sendable {
    public var ordered: Bool
    /// The number of the first item of an ordered list.
    public var start: Int
    /// Each item is a sequence of blocks (paragraphs, nested lists).
    public var items: [[Block]]
    public var location: SourceLocation

    public init(ordered: Bool, start: Int = 1, items: [[Block]], location: SourceLocation) {
        self.ordered = ordered
        self.start = start
        self.items = items
        self.location = location
    }
}
