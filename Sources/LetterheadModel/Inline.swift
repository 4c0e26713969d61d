// Inline content of the body: text with emphasis, links and line breaks.
public indirect enum Inline: Hashable, Sendable {
    case text(String)
    case strong([Inline])
    case emphasis([Inline])
    case link(destination: String, [Inline])
    case code(String)
    /// A hard line break inside a paragraph.
    case lineBreak
    /// A soft line break in the source: a space on the page.
    case softBreak

    /// The plain text, as a reader would copy it.
    public var plainText: String {
        switch self {
        case .text(let text), .code(let text): return text
        case .strong(let children), .emphasis(let children), .link(_, let children):
            return children.map(\.plainText).joined()
        case .lineBreak: return "\n"
        case .softBreak: return " "
        }
    }
}

extension Array where Element == Inline {
    public var plainText: String { map(\.plainText).joined() }
}
