// Front-matter fields: scalars kept as text, types and values checked, unknown keys named with the nearest known one.
import Foundation
import LetterheadModel
import LetterheadSource
import XCTest

final class MetadataTests: XCTestCase {
    func meta(_ extra: String) throws -> Metadata {
        let result = read(extra: extra, body: "")
        XCTAssertEqual(result.messages, [])
        return try XCTUnwrap(result.document?.meta)
    }

    func testUnquotedDateNumbersAndWordsStayText() throws {
        let meta = try meta("reference: 7061406/7559016\nyour_reference: 0012\ncase_number: 1e3\nstatus: yes\nclassification: null x")
        XCTAssertEqual(meta.date, DocumentDate(year: 2026, month: 6, day: 8))
        XCTAssertEqual(meta.reference, "7061406/7559016")
        XCTAssertEqual(meta.yourReference, "0012")
        XCTAssertEqual(meta.caseNumber, "1e3")
        XCTAssertEqual(meta.status, "yes")
        XCTAssertEqual(meta.classification, "null x")
        XCTAssertEqual(read("---\nsender: {organisation: 1}\nto: 12345\ndate: 2026-06-08\nsubject: 3.0\n---\n").document?.meta.to,
                       ["12345"])
    }

    func testDefaults() throws {
        let meta = try meta("")
        XCTAssertEqual(meta.layout, "nota")
        XCTAssertEqual(meta.language, .nl)
        XCTAssertTrue(meta.numbering)
        XCTAssertNil(meta.enclosures)
        XCTAssertNil(meta.contact)
    }

    func testAllFields() throws {
        let meta = try meta("""
            layout: brief-2
            language: en
            reference: R
            your_reference: U
            case_number: Z
            enclosures: 3
            status: ter beslissing
            contact: {name: J. Jansen, phone: 06-12345678, email: j@ind.nl}
            classification: DEPARTEMENTAAL VERTROUWELIJK
            numbering: no
            """)
        XCTAssertEqual(meta.layout, "brief-2")
        XCTAssertEqual(meta.language, .en)
        XCTAssertEqual(meta.enclosures, .count(3))
        XCTAssertEqual(meta.contact, Contact(name: "J. Jansen", phone: "06-12345678", email: "j@ind.nl"))
        XCTAssertEqual(meta.classification, "DEPARTEMENTAAL VERTROUWELIJK")
        XCTAssertFalse(meta.numbering)
        XCTAssertEqual(try self.meta("numbering: Yes").numbering, true)
        XCTAssertEqual(try self.meta("numbering: FALSE").numbering, false)
    }

    func testLinesFromTextListOrBlock() throws {
        let result = read("""
            ---
            sender:
              organisation: IND
              unit: Directie Strategie
              visiting_address: |
                Turfmarkt 147
                2511 DP Den Haag
              postal_address: Postbus 16275
            to: [Minister van Asiel en Migratie, t.a.v. de DG]
            date: 2026-06-08
            subject: S
            enclosures: [Eerste bijlage, Tweede bijlage]
            ---

            """)
        XCTAssertEqual(result.messages, [])
        let meta = try XCTUnwrap(result.document?.meta)
        XCTAssertEqual(meta.sender.unit, ["Directie Strategie"])
        XCTAssertEqual(meta.sender.visitingAddress, ["Turfmarkt 147", "2511 DP Den Haag"])
        XCTAssertEqual(meta.sender.postalAddress, ["Postbus 16275"])
        XCTAssertEqual(meta.to, ["Minister van Asiel en Migratie", "t.a.v. de DG"])
        XCTAssertEqual(meta.enclosures, .titles(["Eerste bijlage", "Tweede bijlage"]))
    }

    func testInvalidDate() {
        let result = read("---\nsender:\n  organisation: X\ndate: 2026-13-45\nto: A\nsubject: S\n---\n")
        XCTAssertNil(result.document)
        XCTAssertEqual(result.messages, [#"nota.md:4:7: error: date: "2026-13-45" is not a date (expected YYYY-MM-DD)"#])
        XCTAssertEqual(read("---\nsender:\n  organisation: X\ndate: 2026-02-29\nto: A\nsubject: S\n---\n").messages,
                       [#"nota.md:4:7: error: date: "2026-02-29" is not a date (expected YYYY-MM-DD)"#])
        XCTAssertEqual(read("---\nsender:\n  organisation: X\ndate: 8 juni 2026\nto: A\nsubject: S\n---\n").messages,
                       [#"nota.md:4:7: error: date: "8 juni 2026" is not a date (expected YYYY-MM-DD)"#])
    }

    func testWrongTypesNameTheDottedFieldWhatWasFoundAndWhatIsExpected() {
        let result = read("""
            ---
            sender:
              organisation: X
              website: [a, b]
              unit: {a: b}
            to: [A, [B]]
            date: [2026-06-08]
            subject:
            contact: Jan
            enclosures: {a: 1}
            ---
            """)
        XCTAssertNil(result.document)
        XCTAssertEqual(result.messages, [
            "nota.md:4:12: error: sender.website: found a list (expected text)",
            "nota.md:5:9: error: sender.unit: found a mapping (expected text or a list of lines)",
            "nota.md:6:9: error: to[2]: found a list (expected text)",
            "nota.md:7:7: error: date: found a list (expected text)",
            "nota.md:8:9: error: subject: has no value (expected text)",
            #"nota.md:9:10: error: contact: found text "Jan" (expected a mapping with name, phone, email)"#,
            "nota.md:10:13: error: enclosures: found a mapping (expected a count (0, 1, 2, ...) or a list of titles)",
        ])
    }

    func testInvalidValues() {
        XCTAssertEqual(read(extra: "layout: ../x\nlanguage: fr\nnumbering: maybe\nenclosures: -1", body: "").messages, [
            #"nota.md:7:9: error: layout: "../x" is a path, not a layout name (expected a layout name such as "nota": letters a-z, digits and -)"#,
            #"nota.md:8:11: error: language: "fr" is not a supported language (expected nl or en)"#,
            #"nota.md:9:12: error: numbering: "maybe" is not true or false (expected true or false)"#,
            #"nota.md:10:13: error: enclosures: "-1" is not a count (expected a count (0, 1, 2, ...) or a list of titles)"#,
        ])
        XCTAssertEqual(read(extra: "layout: /etc/passwd", body: "").messages, [
            #"nota.md:7:9: error: layout: "/etc/passwd" is a path, not a layout name (expected a layout name such as "nota": letters a-z, digits and -)"#,
        ])
        XCTAssertEqual(read(extra: "subject2: x\nstatus: \"\"", body: "").messages.count, 1, "an empty optional text is no error")
        XCTAssertEqual(read("---\nsender:\n  organisation: X\nto: []\ndate: 2026-06-08\nsubject: \"  \"\n---\n").messages, [
            "nota.md:4:5: error: to: is empty (expected text or a list of lines)",
            "nota.md:6:10: error: subject: is empty (expected text)",
        ])
    }

    func testMissingKeysAreReportedWhereTheirMappingIs() {
        XCTAssertEqual(read("---\nsender:\n  unit: X\nto: A\ndate: 2026-06-08\n---\n").messages, [
            #"nota.md:1:1: error: subject: required key is missing (add a line "subject: ...")"#,
            #"nota.md:3:3: error: sender.organisation: required key is missing (add "organisation: ..." under "sender:")"#,
        ])
    }

    func testUnknownKeysAreWarningsWithTheNearestKnownKey() throws {
        let result = read("""
            ---
            sendr:
              organisation: X
            sender:
              organisation: X
              websit: www.ind.nl
              visiting-address: [Turfmarkt 147]
            to: A
            datum: 2026-06-08
            date: 2026-06-08
            subject: S
            contact: {name: J, mail: j@x.nl}
            lang: en
            zzz: 1
            ---
            """)
        XCTAssertEqual(result.messages, [
            #"nota.md:2:1: warning: sendr: unknown key (did you mean "sender"?)"#,
            #"nota.md:6:3: warning: sender.websit: unknown key (did you mean "website"?)"#,
            #"nota.md:7:3: warning: sender.visiting-address: unknown key (did you mean "visiting_address"?)"#,
            #"nota.md:9:1: warning: datum: unknown key (did you mean "date"?)"#,
            #"nota.md:12:20: warning: contact.mail: unknown key (did you mean "email"?)"#,
            #"nota.md:13:1: warning: lang: unknown key (did you mean "language"?)"#,
            "nota.md:14:1: warning: zzz: unknown key (known keys: layout, language, sender, to, date, reference, your_reference, case_number, enclosures, subject, status, contact, classification, numbering)",
        ])
        XCTAssertNotNil(result.document, "warnings alone do not stop the document")
    }

    func testAllProblemsAreCollected() {
        let result = read("---\nsendr: X\nto: [A, {b: c}]\ndate: 2026-6-8\nlanguage: de\n---\n![logo](x.png)\n")
        XCTAssertEqual(result.diagnostics.map(\.location.line), [1, 1, 2, 3, 4, 5, 7])
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.field), ["sender", "subject", "to[2]", "date", "language"])
    }
}
