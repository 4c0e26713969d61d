// The protocol through which layout measures and breaks text; the Pango shaper and test fakes implement it.
import LetterheadModel

/// A piece of text with one set of attributes.
public struct StyledSpan: Hashable, Sendable {
    public var text: String
    public var bold: Bool
    public var italic: Bool
    public var link: String?
    public init(_ text: String, bold: Bool = false, italic: Bool = false, link: String? = nil) {
        self.text = text; self.bold = bold; self.italic = italic; self.link = link
    }
}

/// A resolved text style: font family, size and leading in points, weight, slant and colour.
public struct TextStyle: Hashable, Sendable {
    public var family: String
    public var size: Double
    public var leading: Double
    public var bold: Bool
    public var italic: Bool
    public var color: Color
    /// Standard ligatures (fi, fl) as the font has them; off in the house style (see Layouts/nota.yaml).
    public var ligatures: Bool
    public init(family: String, size: Double, leading: Double, bold: Bool = false, italic: Bool = false, color: Color = .black,
                ligatures: Bool = true) {
        self.family = family; self.size = size; self.leading = leading; self.bold = bold; self.italic = italic; self.color = color
        self.ligatures = ligatures
    }
}

public struct ShapedParagraph: Hashable, Sendable {
    public var lines: [ShapedLine]
    /// Characters no bundled font can show (each reported once).
    public var missingCharacters: [Character]
    /// Words wider than the line with no hyphenation point that fits, broken at the column edge instead.
    public var brokenWords: [String]
    public init(lines: [ShapedLine], missingCharacters: [Character] = [], brokenWords: [String] = []) {
        self.lines = lines; self.missingCharacters = missingCharacters; self.brokenWords = brokenWords
    }
}

public protocol TextShaper {
    /// Shapes `spans` in `style` and breaks them into lines no wider than `width` points
    /// (nil: break only at hard line breaks). A word wider than the line is hyphenated or broken
    /// inside the width, never left overflowing.
    func shape(_ spans: [StyledSpan], style: TextStyle, width: Double?, language: Language) -> ShapedParagraph
}
