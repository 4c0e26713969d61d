// The bundled example rendered through Pango and Cairo, inspected with poppler: pages, size, fonts, text, bytes.
import Foundation
import Letterhead
import LetterheadModel
import XCTest

final class ExampleRenderTests: XCTestCase {
    private static let pdf: Data = {
        let renderer = try! RenderFixtures.renderer()
        let rendering = try! renderer.layOut(contentsOf: RenderFixtures.example)
        return try! renderer.pdf(rendering)
    }()

    func testTwoA4Pages() throws {
        let info = try RenderFixtures.poppler("pdfinfo", pdf: Self.pdf)
        XCTAssertTrue(info.contains("Pages:           2"), info)
        XCTAssertTrue(info.contains("Page size:       595.276 x 841.89 pts (A4)"), info)
        XCTAssertTrue(info.contains("Title:           Verzending Stand van de Uitvoering"), info)
        XCTAssertTrue(info.contains("Author:          Immigratie- en Naturalisatiedienst (IND)"), info)
        XCTAssertTrue(info.contains("Keywords:        7061406/7559016"), info)
    }

    func testEveryFontEmbeddedAndSubset() throws {
        let fonts = try RenderFixtures.poppler("pdffonts", pdf: Self.pdf)
        let rows = fonts.split(separator: "\n").dropFirst(2)
        XCTAssertGreaterThanOrEqual(rows.count, 3, fonts)
        for row in rows {
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            // name type [encoding...] emb sub uni object ID: emb and sub are the 5th and 4th from the end.
            XCTAssertEqual(columns[columns.count - 5], "yes", "not embedded: \(row)")
            XCTAssertEqual(columns[columns.count - 4], "yes", "not subset: \(row)")
        }
        // The wordmark (Liberation Serif) is drawn as outlines, like the logo it belongs to: no font for it.
        XCTAssertFalse(fonts.contains("LiberationSerif"), fonts)
        for family in ["DejaVuSans", "DejaVuSans-Bold", "Lato-Light"] {
            XCTAssertTrue(fonts.contains("+\(family)"), "\(family) missing in:\n\(fonts)")
        }
    }

    func testTextOfTheReferenceNotaInOrder() throws {
        let text = try RenderFixtures.poppler("pdftotext", pdf: Self.pdf)
        let expected = ["Minister van Asiel en Migratie", "Immigratie- en", "www.ind.nl", "nota", "Datum", "8 juni 2026",
                        "Ons kenmerk", "7061406/7559016", "Bijlage(n)", "Bijlage", "Stand van de Uitvoering 2026 van de IND",
                        "1. Aanleiding", "In de kabinetsreactie van 5 maart 2021", "2. Geadviseerd besluit", "3. Kernpunten",
                        "4. Toelichting", "4.1. Politieke context", "5. Informatie die niet openbaar gemaakt kan worden",
                        "5.1. Toelichting", "levenssfeer.", "Pagina 1 van 2", "Pagina 2 van 2"]
        var rest = Substring(text)
        for phrase in expected where !phrase.hasPrefix("Pagina") {
            guard let range = rest.range(of: phrase) else { return XCTFail("\"\(phrase)\" missing or out of order in:\n\(text)") }
            rest = rest[range.upperBound...]
        }
        XCTAssertTrue(text.contains("Pagina 1 van 2") && text.contains("Pagina 2 van 2"), text)
    }

    func testEveryWordOfTheBodyIsInThePDF() throws {
        let source = try String(contentsOf: RenderFixtures.example, encoding: .utf8)
        let body = source.components(separatedBy: "\n---\n").last ?? ""
        let words = Self.words(body)
        let pdfWords = Self.words(try RenderFixtures.poppler("pdftotext", pdf: Self.pdf))
        var index = pdfWords.startIndex
        for word in words {
            guard let found = pdfWords[index...].firstIndex(of: word) else { return XCTFail("\"\(word)\" missing or out of order") }
            index = found + 1
        }
    }

    func testRendersAreByteIdentical() throws {
        let renderer = try RenderFixtures.renderer()
        let again = try renderer.pdf(try renderer.layOut(contentsOf: RenderFixtures.example))
        XCTAssertEqual(again, Self.pdf)
    }

    private static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
