// The IND nota example in Examples/: read without diagnostics, its full tree, its headings, its words.
import Foundation
import LetterheadModel
import LetterheadSource
import XCTest

final class ExampleTests: XCTestCase {
    let exampleURL = repositoryRoot.appendingPathComponent("Examples/ind-stand-van-de-uitvoering.md")

    func readExample() throws -> SourceResult {
        SourceReader().read(bytes: try Data(contentsOf: exampleURL), file: "ind-stand-van-de-uitvoering.md")
    }

    func testExampleHasNoDiagnostics() throws {
        let result = try readExample()
        XCTAssertEqual(result.messages, [])
        XCTAssertNotNil(result.document)
    }

    func testExampleHeadingStructure() throws {
        let document = try XCTUnwrap(try readExample().document)
        let headings = document.body.compactMap { block -> String? in
            guard case .heading(let level, let inlines, _) = block else { return nil }
            return "\(level) \(inlines.plainText)"
        }
        XCTAssertEqual(headings, [
            "1 Aanleiding", "1 Geadviseerd besluit", "1 Kernpunten", "1 Toelichting", "2 Politieke context",
            "1 Informatie die niet openbaar gemaakt kan worden", "2 Toelichting",
        ])
    }

    func testExampleReadFromDiskNamesThePath() throws {
        let result = try SourceReader().read(contentsOf: exampleURL)
        XCTAssertEqual(result.document?.file, exampleURL.relativePath)
        XCTAssertEqual(result.document?.meta.reference, "7061406/7559016")
    }

    /// The body has exactly the words of the reference nota, in order (numbers are generated, so they are left out).
    func testExampleBodyHasTheReferenceWords() throws {
        // shared/ stands beside the checkout (for developers and CI alike).
        let referenceURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/reference/ind-nota-2026-06-08.txt").standardizedFileURL
        try XCTSkipUnless(FileManager.default.fileExists(atPath: referenceURL.path), "reference text not present")
        let reference = try String(contentsOf: referenceURL, encoding: .utf8)
        let bodyStart = try XCTUnwrap(reference.range(of: "1. Aanleiding"))
        let referenceWords = reference[bodyStart.lowerBound...].split(whereSeparator: \.isWhitespace)
            .filter { $0.range(of: #"^\d+(\.\d+)*\.$"#, options: .regularExpression) == nil }.map(String.init)
        let document = try XCTUnwrap(try readExample().document)
        let bodyWords = document.body.map { block -> String in
            switch block {
            case .heading(_, let inlines, _), .paragraph(let inlines, _): return inlines.plainText
            case .list: return ""
            }
        }.joined(separator: " ").split(whereSeparator: \.isWhitespace).map(String.init)
        XCTAssertEqual(bodyWords, referenceWords)
    }

    func testExampleTreeDump() throws {
        let document = try XCTUnwrap(try readExample().document)
        XCTAssertEqual(document.treeDump, #"""
            document ind-stand-van-de-uitvoering.md
            meta
              layout: nota
              language: nl
              sender
                organisation: "Immigratie- en Naturalisatiedienst (IND)"
                unit: ["Directie Strategie, Beleid en Juridische Zaken"]
                visiting_address: ["Turfmarkt 147", "2511 DP Den Haag"]
                postal_address: ["Postbus 16275", "2500 BG Den Haag"]
                website: "www.ind.nl"
              to: ["Minister van Asiel en Migratie"]
              date: 2026-06-08
              reference: "7061406/7559016"
              enclosures: ["Stand van de Uitvoering 2026 van de IND"]
              subject: "Verzending Stand van de Uitvoering van de Immigratie- en Naturalisatiedienst naar de Tweede Kamer"
              numbering: true
            body
              heading 1 @19:1
                text "Aanleiding"
              paragraph @21:1
                text "In de kabinetsreactie van 5 maart 2021 op het rapport Werk aan Uitvoering is besloten dat uitvoeringsorganisaties een Stand van de Uitvoering opstellen. In een Stand van de Uitvoering worden dilemma's waarmee professionals worstelen ongefilterd inzichtelijk gemaakt en worden signalen overzichtelijk gedeeld met het kabinet en het parlement."
              paragraph @23:1
                text "Meerdere taakorganisaties bieden hun Stand van de Uitvoering, na Verantwoordingsdag, aan de Tweede Kamer aan. De Stand van de IND wordt dit jaar zelfstandig naar de Tweede Kamer verzonden, na verzending van de Kamerbrief rondom de liggende voorraden. In de Stand zijn verwijzingen naar het plan van aanpak rondom de liggende voorraden opgenomen."
              heading 1 @25:1
                text "Geadviseerd besluit"
              paragraph @27:1
                text "U wordt verzocht akkoord te gaan met de aanbiedingsbrief voor de Stand van de Uitvoering van de IND en deze door te laten geleiden naar de Tweede Kamer."
              heading 1 @29:1
                text "Kernpunten"
              paragraph @31:1
                text "De aanbiedingsbrief is, net zoals voorgaande jaren, een procedurele brief."
              paragraph @33:1
                text "In deze Stand wordt aandacht besteed aan onderwerpen als het hoge aantal asielaanvragen, AI-ontwikkelingen, toekomstbestendige arbeidsmigratie, en vereenvoudigingsoproepen rondom inburgering, de inkomenstoets en naturalisatie."
              heading 1 @35:1
                text "Toelichting"
              paragraph @37:1
                text "Het opstellen van Standen van de Uitvoering vloeit voort uit de kabinetsreactie op het rapport Werk aan Uitvoering. Hierin staat aangekondigd dat uitvoeringsorganisaties een Stand van de Uitvoering kunnen opstellen om de Tweede Kamer, zonder inhoudelijke tussenkomst van het verantwoordelijke departement, dilemma's in de uitvoering te schetsen."
              paragraph @39:1
                text "Ook volgt in het najaar de Staat van de Uitvoering, een periodiek terugkerende publicatie bedoeld om de Tweede Kamer te informeren over de publieke dienstverlening via een breed en trendmatig beeld over de uitvoeringspraktijk van de overheid. Rode draden vanuit de verscheidende Standen van de Uitvoering worden hierin samengevat."
              heading 2 @41:1
                text "Politieke context"
              paragraph @43:1
                text "Net zoals vorig jaar worden de Standen van de Uitvoering opgesteld door de taakorganisaties van het ministerie van Justitie en Veiligheid door de minister van Asiel en Migratie aangeboden aan de voorzitter van de Tweede Kamer."
              paragraph @45:1
                text "De Stand van de Uitvoering wordt ongefilterd doorgestuurd naar de Tweede Kamer. In de bestuurlijke driehoek wordt over de Stand van de Uitvoering gesproken."
              heading 1 @47:1
                text "Informatie die niet openbaar gemaakt kan worden"
              heading 2 @49:1
                text "Toelichting"
              paragraph @51:1
                text "De persoonsgegevens van de ambtenaren zijn niet openbaar ter bescherming van de persoonlijke levenssfeer."

            """#)
    }
}
