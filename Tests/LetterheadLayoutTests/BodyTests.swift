// The numbered body with a fake shaper: generated numbers, hanging indents, gaps, lists, enclosures.
import LetterheadLayout
import LetterheadModel
import XCTest

final class BodyTests: XCTestCase {
    private func pages(_ document: Document) throws -> [Page] {
        NotaComposer(layout: try Fixtures.layout(), shaper: FakeShaper()).compose(document).pages
    }

    func testHeadingsAreNumberedAndHangAtTheTextEdge() throws {
        let body: [Block] = [
            Fixtures.heading(1, "Aanleiding"), Fixtures.paragraph("Een."),
            Fixtures.heading(1, "Toelichting"), Fixtures.heading(2, "Politieke context"), Fixtures.paragraph("Twee."),
            Fixtures.heading(3, "Detail"), Fixtures.heading(2, "Verder"), Fixtures.heading(1, "Slot"),
        ]
        let page = try XCTUnwrap(pages(Fixtures.document(body: body)).first)
        let headingLines = page.lines.filter { if case .heading = $0.role { return true } else { return false } }
        let numbers = headingLines.filter { $0.origin.x.mm == 28 }.map(\.line.text)
        XCTAssertEqual(numbers, ["1.", "2.", "2.1.", "2.1.1.", "2.2.", "3."])
        let titles = headingLines.filter { $0.origin.x.mm != 28 }
        XCTAssertEqual(titles.map(\.line.text), ["Aanleiding", "Toelichting", "Politieke context", "Detail", "Verder", "Slot"])
        XCTAssertEqual(titles[0].origin.x.mm, 34)
        // "2.1.1." is wider than the 6 mm indent: its title moves right of it instead of overlapping.
        XCTAssertGreaterThan(titles[3].origin.x.mm, 34)
        XCTAssertEqual(page.line(containing: "Een.")?.origin.x.mm, 34)
        XCTAssertEqual(headingLines[0].origin.y, titles[0].origin.y)
    }

    func testVerticalRhythm() throws {
        let body: [Block] = [Fixtures.heading(1, "Aanleiding"), Fixtures.paragraph("Een."), Fixtures.paragraph("Twee."),
                             Fixtures.heading(1, "Besluit"), Fixtures.paragraph("Drie.")]
        let page = try XCTUnwrap(pages(Fixtures.document(body: body)).first)
        let y = { (text: String) in page.line(containing: text)!.origin.y }
        XCTAssertEqual(y("Een.") - y("Aanleiding"), 12, accuracy: 0.001, "no space after a heading")
        XCTAssertEqual(y("Twee.") - y("Een."), 24, accuracy: 0.001, "one blank line between paragraphs")
        XCTAssertEqual(y("Besluit") - y("Twee."), 24, accuracy: 0.001, "one blank line before a heading")
        // The body starts 36 pt under the lowest baseline of "nota", the subject and the status.
        let head = page.lines.filter { [.doctype, .subject, .status].contains($0.role) }.map(\.origin.y).max()!
        XCTAssertEqual(y("Aanleiding") - head, 36, accuracy: 0.001)
    }

    func testEnclosureListOpensTheBody() throws {
        let document = Fixtures.document(body: [Fixtures.heading(1, "Aanleiding")],
                                         enclosures: .titles(["Stand van de Uitvoering 2026 van de IND"]))
        let page = try XCTUnwrap(pages(document).first)
        let label = try XCTUnwrap(page.lines(.enclosureHeading).first)
        XCTAssertEqual(label.line.text, "Bijlage")
        XCTAssertEqual(page.lines(.listLabel).first?.line.text, "•")
        let item = try XCTUnwrap(page.lines(.listBody).first)
        XCTAssertEqual(item.line.text, "Stand van de Uitvoering 2026 van de IND")
        XCTAssertEqual(item.origin.y - label.origin.y, 12, accuracy: 0.001)
        XCTAssertEqual(page.line(containing: "Aanleiding")!.origin.y - item.origin.y, 24, accuracy: 0.001)
        XCTAssertTrue(page.lines(.referenceColumn).contains { $0.line.text == "Bijlage(n)" })

        let two = try XCTUnwrap(pages(Fixtures.document(body: [], enclosures: .titles(["A", "B"]))).first)
        XCTAssertEqual(two.lines(.enclosureHeading).first?.line.text, "Bijlagen")
    }

    func testNestedAndOrderedLists() throws {
        let here = Fixtures.here
        let nested = ListBlock(ordered: true, start: 3, items: [[Fixtures.paragraph("drie")], [Fixtures.paragraph("vier")]],
                               location: here)
        let list = ListBlock(ordered: false, items: [[Fixtures.paragraph("een"), .list(nested)], [Fixtures.paragraph("twee")]],
                             location: here)
        let page = try XCTUnwrap(pages(Fixtures.document(body: [Fixtures.paragraph("Intro."), .list(list)])).first)
        let labels = page.lines(.listLabel)
        XCTAssertEqual(labels.map(\.line.text), ["•", "3.", "4.", "•"])
        XCTAssertEqual(labels[0].origin.x.mm, 34)
        XCTAssertEqual(labels[1].origin.x.mm, 38.5)
        XCTAssertEqual(page.line(containing: "een")?.origin.x.mm, 38.5)
        XCTAssertEqual(page.line(containing: "drie")?.origin.x.mm, 43)
        let ys = ["Intro.", "een", "drie", "vier", "twee"].map { page.line(containing: $0)!.origin.y }
        XCTAssertEqual(zip(ys, ys.dropFirst()).map { $1 - $0 }, [24, 12, 12, 12])
    }
}
