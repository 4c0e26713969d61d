// Pango shaping on real fonts: long words break inside the column, missing glyphs warn, links become areas.
import Foundation
import Letterhead
import LetterheadLayout
import LetterheadModel
import XCTest

final class TextShapingTests: XCTestCase {
    private let columnRight = 160 * pointsPerMillimetre

    func testAWordLongerThanTheColumnBreaksInsideIt() throws {
        let word = "Arbeidsongeschiktheidsverzekeringsuitvoeringsorganisatiemedewerkersopleidingsprogrammaevaluatie"
        let rendering = try RenderFixtures.rendering(RenderFixtures.nota("Het \(word) is lang."))
        let lines = rendering.pages[0].lines.filter { $0.role == .paragraph }
        XCTAssertGreaterThan(lines.count, 1)
        for line in lines {
            XCTAssertLessThanOrEqual(line.origin.x + line.line.width, columnRight + 0.5, line.line.text)
        }
        let joined = lines.map(\.line.text).joined()
            .replacingOccurrences(of: "-", with: "")
        XCTAssertTrue(joined.contains(word), joined)
        // Broken at a dictionary hyphenation point, marked with a hyphen.
        XCTAssertTrue(lines.dropLast().contains { $0.line.text.hasSuffix("-") }, lines.map(\.line.text).description)
    }

    func testNormalTextIsNotHyphenated() throws {
        let text = String(repeating: "De Stand van de Uitvoering wordt ongefilterd doorgestuurd naar de Tweede Kamer. ", count: 6)
        let rendering = try RenderFixtures.rendering(RenderFixtures.nota(text))
        let lines = rendering.pages[0].lines.filter { $0.role == .paragraph }
        XCTAssertGreaterThan(lines.count, 3)
        XCTAssertFalse(lines.contains { $0.line.text.hasSuffix("-") })
        XCTAssertTrue(lines.allSatisfy { $0.origin.x + $0.line.width <= columnRight + 0.5 })
    }

    func testACharacterNoFontHasIsAWarningWithItsLine() throws {
        let rendering = try RenderFixtures.rendering(RenderFixtures.nota("# Aanleiding\n\nEen teken: \u{4E2D}."))
        let warnings = rendering.diagnostics.filter { $0.severity == .warning }
        XCTAssertEqual(warnings.count, 1, "\(rendering.diagnostics)")
        XCTAssertTrue(warnings[0].message.contains("U+4E2D"), warnings[0].message)
        XCTAssertEqual(warnings[0].location.line, 14)
    }

    func testLinksBecomeLinkAreas() throws {
        let rendering = try RenderFixtures.rendering(RenderFixtures.nota("Zie [de site](https://www.ind.nl/stand) voor meer."))
        let links = rendering.pages[0].items.compactMap { item -> (Rect, String)? in
            if case .link(let rect, let url) = item { return (rect, url) } else { return nil }
        }
        XCTAssertEqual(links.map(\.1), ["https://www.ind.nl", "https://www.ind.nl/stand"])
        let body = try XCTUnwrap(links.last?.0)
        XCTAssertGreaterThan(body.x, 34 * pointsPerMillimetre)
        XCTAssertEqual(body.width, try XCTUnwrap(rendering.pages[0].lines.first { $0.line.text.contains("de site") }
            .flatMap { $0.line.runs.first { $0.link != nil }?.width }), accuracy: 0.01)
    }

    func testNoLigaturesAsInTheHouseStyle() throws {
        let rendering = try RenderFixtures.rendering(RenderFixtures.nota("Ongefilterd en officieel."))
        let run = try XCTUnwrap(rendering.pages[0].lines.first { $0.role == .paragraph }?.line.runs.first)
        XCTAssertEqual(run.glyphs.count, run.text.count, "one glyph a letter: \(run.text)")
        let pdf = String(decoding: try RenderFixtures.renderer().pdf(rendering), as: UTF8.self)
        XCTAssertFalse(pdf.contains("/Subtype /Type0"), "no extra font for a ligature glyph")
    }

    func testBoldAndItalicUseTheirOwnFaces() throws {
        let rendering = try RenderFixtures.rendering(RenderFixtures.nota("Een **vet** en *schuin* woord."))
        let line = try XCTUnwrap(rendering.pages[0].lines.first { $0.role == .paragraph })
        let faces = line.line.runs.map { URL(fileURLWithPath: $0.face.path).lastPathComponent }
        XCTAssertTrue(faces.contains("DejaVuSans-Bold.ttf"), faces.description)
        XCTAssertTrue(faces.contains("DejaVuSans-Oblique.ttf"), faces.description)
        XCTAssertTrue(rendering.pages[0].lines.allSatisfy { $0.line.runs.allSatisfy { $0.face.path.hasPrefix(RenderFixtures.checkout.path) } })
    }
}

final class HyphenationTests: XCTestCase {
    func testALongCompoundDoesNotLeaveAShortWordAloneOnTheLineBefore() throws {
        let word = "zorgverzekeringswetgevingsevaluatiecommissievergaderingsverslaglegging"
        let rendering = try RenderFixtures.rendering(RenderFixtures.nota("De \(word) staat midden in een zin."))
        let lines = rendering.pages[0].lines.filter { $0.role == .paragraph }.map(\.line.text)
        XCTAssertNotEqual(lines.first?.trimmingCharacters(in: .whitespaces), "De", lines.description)
        XCTAssertTrue(lines.first?.hasSuffix("-") == true, lines.description)
    }

    func testNamesInTheReferenceColumnAreNotHyphenated() throws {
        let rendering = try RenderFixtures.rendering(RenderFixtures.nota("Tekst."))
        let column = rendering.pages[0].lines.filter { $0.role == .referenceColumn }.map(\.line.text)
        XCTAssertEqual(Array(column.prefix(2)), ["Immigratie- en ", "Naturalisatiedienst (IND)"])
    }
}
