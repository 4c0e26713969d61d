// Warnings from shaping text: a character no bundled font has, a word broken where it has no hyphenation point.
import LetterheadModel

enum ShapingWarnings {
    static func diagnostics(for paragraph: ShapedParagraph, at location: SourceLocation, field: String? = nil) -> [Diagnostic] {
        paragraph.missingCharacters.map { missing($0, at: location, field: field) }
            + paragraph.brokenWords.map {
                Diagnostic(.warning, at: location, field: field,
                           "the word \"\($0)\" is wider than the column and has no hyphenation point that fits",
                           hint: "it is broken at the column edge; add a hyphen or a space where it may break")
            }
    }

    private static func missing(_ character: Character, at location: SourceLocation, field: String?) -> Diagnostic {
        let codes = character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }
        return Diagnostic(.warning, at: location, field: field,
                          "no bundled font has the character \"\(character)\" (\(codes.joined(separator: " ")))",
                          hint: "it is printed as a box; add a font with it to Fonts/ or replace the character")
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
