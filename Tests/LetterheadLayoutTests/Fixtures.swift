// The nota layout from Layouts/ and documents built in code, for layout tests.
import Foundation
import LetterheadLayout
import LetterheadModel

enum Fixtures {
    static let layoutURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Layouts/nota.yaml").standardizedFileURL

    static func layout() throws -> LayoutDefinition { try LayoutLoader.load(contentsOf: layoutURL) }

    static let sender = Sender(organisation: "Immigratie- en Naturalisatiedienst (IND)",
                               unit: ["Directie Strategie, Beleid en Juridische Zaken"],
                               visitingAddress: ["Turfmarkt 147", "2511 DP Den Haag"],
                               postalAddress: ["Postbus 16275", "2500 BG Den Haag"], website: "www.ind.nl")

    static func document(body: [Block], enclosures: Enclosures? = nil, status: String? = nil,
                         language: Language = .nl) -> Document {
        let meta = Metadata(language: language, sender: sender, to: ["Minister van Asiel en Migratie"],
                            date: DocumentDate(year: 2026, month: 6, day: 8), reference: "7061406/7559016",
                            enclosures: enclosures, subject: "Verzending Stand van de Uitvoering", status: status)
        return Document(meta: meta, body: body, file: "test.md")
    }

    static let here = SourceLocation(file: "test.md", line: 1, column: 1)

    static func paragraph(_ text: String) -> Block { .paragraph([.text(text)], here) }
    static func heading(_ level: Int, _ text: String) -> Block { .heading(level: level, [.text(text)], here) }

    /// A paragraph of exactly `lines` lines: 7 words of 10 characters fill a line of the 354 pt text column
    /// (the fake shaper sets 9 pt text at 4.5 pt a character; an 8th word would not fit).
    static func paragraph(lines: Int, tag: String) -> Block {
        let words = (0..<(lines * 7)).map { index -> String in
            let word = "\(tag)\(index)"
            return word + String(repeating: "x", count: max(0, 10 - word.count))
        }
        return paragraph(words.joined(separator: " "))
    }
}

extension Double {
    /// Points to millimetres, rounded to 0.01 mm.
    var mm: Double { (self / pointsPerMillimetre * 100).rounded() / 100 }
}

extension Page {
    func lines(_ role: TextRole) -> [PlacedLine] { lines.filter { $0.role == role } }
    /// The first line of the body (not the letterhead, column or subject) that contains `text`.
    func line(containing text: String) -> PlacedLine? {
        let head: [TextRole] = [.wordmark, .addressee, .referenceColumn, .classification, .doctype, .subject, .status, .pageNumber]
        return lines.first { !head.contains($0.role) && $0.line.text.contains(text) }
    }
}
