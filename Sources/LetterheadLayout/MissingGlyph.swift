// The warning for a character that no bundled font can show.
import LetterheadModel

enum MissingGlyph {
    static func diagnostic(_ character: Character, at location: SourceLocation, field: String? = nil) -> Diagnostic {
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
