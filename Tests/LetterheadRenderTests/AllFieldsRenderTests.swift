// The nota with every front-matter field: each value printed, three pages numbered, classification on each page.
import Foundation
import Letterhead
import XCTest

final class AllFieldsRenderTests: XCTestCase {
    private static let example = RenderFixtures.checkout.appendingPathComponent("Examples/vws-nota-alle-velden.md")
    private static let pdf: Data = {
        let renderer = try! RenderFixtures.renderer()
        return try! renderer.pdf(try! renderer.layOut(contentsOf: example))
    }()

    func testEveryValueIsPrinted() throws {
        let text = try RenderFixtures.poppler("pdftotext", pdf: Self.pdf)
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        for value in ["Minister van Volksgezondheid, Welzijn en Sport", "t.a.v. de directeur-generaal Curatieve Zorg",
                      "Directoraat-Generaal Curatieve Zorg", "Directie Zorgverzekeringen", "Parnassusplein 5",
                      "2511 VX Den Haag", "Postbus 20350", "2500 EJ Den Haag", "www.rijksoverheid.nl/vws", "T 070 340 79 11",
                      "info@minvws.nl", "Datum", "3 november 2026", "Ons kenmerk", "3415155-1033464-CZ", "Uw kenmerk",
                      "2026Z01234", "Zaaknummer", "ZK-2026-0042", "Bijlage(n)", "Contactpersoon",
                      "mr. dr. A.B. de Vries-Jansen", "06 12 34 56 78", "a.devries@minvws.nl", "(ter beslissing)", "nota"] {
            XCTAssertTrue(flat.contains(value), "\(value) missing in:\n\(text)")
        }
        XCTAssertEqual(text.components(separatedBy: "DEPARTEMENTAAL VERTROUWELIJK").count - 1, 3)
        for page in 1...3 { XCTAssertTrue(text.contains("Pagina \(page) van 3"), text) }
    }

    func testHeadingsNestedListsAndLinks() throws {
        let text = try RenderFixtures.poppler("pdftotext", pdf: Self.pdf)
        for heading in ["1. Aanleiding", "1.1. Subsectie", "1.1.1. Diepere sectie", "2. Toelichting", "2.1. Slot"] {
            XCTAssertTrue(text.contains(heading), "\(heading) missing in:\n\(text)")
        }
        XCTAssertTrue(text.contains("Genest punt A") && text.contains("Dieper genummerd"), text)
        let rendering = try RenderFixtures.renderer().layOut(contentsOf: Self.example)
        let links = rendering.pages.flatMap(\.items).compactMap { item -> String? in
            if case .link(_, let url) = item { return url } else { return nil }
        }
        XCTAssertEqual(links, ["https://www.rijksoverheid.nl/vws", "tel:0703407911", "mailto:info@minvws.nl", "tel:0612345678",
                               "mailto:a.devries@minvws.nl", "https://www.rijksoverheid.nl/vws"])
    }
}
