// Geometry of page 1 with a fake shaper: ribbon, wordmark, addressee, reference column, "nota", body, page number.
import LetterheadLayout
import LetterheadModel
import XCTest

final class FirstPageTests: XCTestCase {
    private func firstPage(_ document: Document) throws -> Page {
        let result = NotaComposer(layout: try Fixtures.layout(), shaper: FakeShaper()).compose(document)
        return try XCTUnwrap(result.pages.first)
    }

    func testRibbonIsTheHouseStyleRectangle() throws {
        let page = try firstPage(Fixtures.document(body: [Fixtures.paragraph("Tekst.")]))
        XCTAssertEqual(page.width.mm, 210)
        XCTAssertEqual(page.height.mm, 297)
        guard case .rectangle(let rect, let color) = page.items.first else { return XCTFail("no ribbon first") }
        XCTAssertEqual([rect.x.mm, rect.y.mm, rect.width.mm, rect.height.mm], [98.5, 0, 13, 37.13])
        XCTAssertEqual(color, Color(hex: "#154273"))
    }

    func testWordmarkAddresseeAndDoctype() throws {
        let page = try firstPage(Fixtures.document(body: [Fixtures.paragraph("Tekst.")], status: "ter beslissing"))
        let wordmark = page.lines(.wordmark)
        XCTAssertEqual(wordmark.first?.origin.x.mm, 114.5)
        XCTAssertEqual(wordmark.first?.origin.y.mm, 29)
        let addressee = try XCTUnwrap(page.lines(.addressee).first)
        XCTAssertEqual(addressee.line.text, "Minister van Asiel en Migratie")
        XCTAssertEqual([addressee.origin.x.mm, addressee.origin.y.mm], [28, 57.8])
        let doctype = try XCTUnwrap(page.lines(.doctype).first)
        XCTAssertEqual(doctype.line.text, "nota")
        XCTAssertEqual(doctype.origin.x.mm, 28)
        XCTAssertEqual(doctype.line.runs.first?.size, 32)
        let subject = try XCTUnwrap(page.lines(.subject).first)
        XCTAssertEqual(subject.origin.x.mm, 72)
        XCTAssertLessThan(abs(subject.origin.y.mm - doctype.origin.y.mm), 6)
        let status = try XCTUnwrap(page.lines(.status).first)
        XCTAssertEqual(status.line.text, "(ter beslissing)")
        XCTAssertEqual(status.origin.x.mm, 28)
        XCTAssertGreaterThan(status.origin.y, doctype.origin.y)
    }

    func testReferenceColumnOrderAndSpacing() throws {
        var document = Fixtures.document(body: [Fixtures.paragraph("Tekst.")], enclosures: .count(2))
        document.meta.yourReference = "UK-1"
        document.meta.caseNumber = "Z-9"
        document.meta.contact = Contact(name: "J. Jansen", phone: "070 123 45 67", email: "j.jansen@ind.nl")
        let column = try firstPage(document).lines(.referenceColumn)
        XCTAssertEqual(column.map(\.line.text), [
            "Immigratie- en Naturalisatiedienst (IND)", "Directie Strategie, Beleid en Juridische Zaken",
            "Turfmarkt 147", "2511 DP Den Haag", "Postbus 16275", "2500 BG Den Haag", "www.ind.nl",
            "Datum", "8 juni 2026", "Ons kenmerk", "7061406/7559016", "Uw kenmerk", "UK-1", "Zaaknummer", "Z-9",
            "Bijlage(n)", "2", "Contactpersoon", "J. Jansen", "070 123 45 67", "j.jansen@ind.nl",
        ].flatMap { FakeShaper().wrapped($0, width: 35 * pointsPerMillimetre, size: 6.5) })
        XCTAssertTrue(column.allSatisfy { $0.origin.x.mm == 165 })
        XCTAssertEqual(column.first?.origin.y.mm, 56.9)
        XCTAssertEqual(column.first?.line.runs.first?.size, 6.5)
        let baselines = column.map(\.origin.y)
        let steps = zip(baselines, baselines.dropFirst()).map { (($1 - $0) * 10).rounded() / 10 }
        XCTAssertEqual(Set(steps), [9, 13.5])
        let datum = try XCTUnwrap(column.firstIndex { $0.line.text == "Datum" })
        XCTAssertEqual(baselines[datum] - baselines[datum - 1], 13.5, accuracy: 0.01)
        let unitToAddress = try XCTUnwrap(column.firstIndex { $0.line.text == "Turfmarkt 147" })
        XCTAssertEqual(baselines[unitToAddress] - baselines[unitToAddress - 1], 13.5, accuracy: 0.01)
    }

    func testPageNumberAndLinks() throws {
        let page = try firstPage(Fixtures.document(body: [Fixtures.paragraph("Tekst.")]))
        let number = try XCTUnwrap(page.lines(.pageNumber).first)
        XCTAssertEqual(number.line.text, "Pagina 1 van 1")
        XCTAssertEqual([number.origin.x.mm, number.origin.y.mm], [165.2, 285.4])
        let links = page.items.compactMap { item -> String? in if case .link(_, let url) = item { return url } else { return nil } }
        XCTAssertEqual(links, [])  // the fake shaper drops link attributes; the Pango render tests check links
    }

    func testEnglishLabels() throws {
        let page = try firstPage(Fixtures.document(body: [Fixtures.paragraph("Text.")], language: .en))
        XCTAssertEqual(page.lines(.doctype).first?.line.text, "note")
        XCTAssertTrue(page.lines(.referenceColumn).contains { $0.line.text == "8 June 2026" })
        XCTAssertEqual(page.lines(.pageNumber).first?.line.text, "Page 1 of 1")
    }
}

extension FakeShaper {
    func wrapped(_ text: String, width: Double, size: Double) -> [String] {
        shape([StyledSpan(text)], style: TextStyle(family: "x", size: size, leading: size), width: width, language: .nl)
            .lines.map(\.text)
    }
}
