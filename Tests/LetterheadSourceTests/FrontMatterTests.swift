// The frame of a source: empty, binary and non-UTF-8 files, the two "---" lines, and YAML that does not parse.
import Foundation
import LetterheadModel
import LetterheadSource
import XCTest

final class FrontMatterTests: XCTestCase {
    func testEmptyFileIsAnErrorAtTheStart() {
        for text in ["", "\n\n  \n"] {
            let result = read(text)
            XCTAssertNil(result.document)
            XCTAssertEqual(result.messages, [
                #"nota.md:1:1: error: the file is empty (a document starts with front matter between two lines "---")"#,
            ])
        }
    }

    func testBinaryGarbageIsAnErrorAtTheStart() {
        let result = SourceReader().read(bytes: Data([0x25, 0x50, 0x44, 0x46, 0x00, 0xFF, 0x10]), file: "scan.md")
        XCTAssertNil(result.document)
        XCTAssertEqual(result.messages, [
            "scan.md:1:1: error: the file holds NUL bytes: it is binary, not text (first NUL at byte 4; save the document as UTF-8 text)",
        ])
    }

    func testInvalidUTF8IsAnErrorAtTheStartNamingTheByte() {
        var bytes = Array("---\nsubject: caf".utf8)
        bytes.append(0xE9) // Latin-1 "é"
        bytes += Array("\n---\n".utf8)
        let result = SourceReader().read(bytes: Data(bytes), file: "latin1.md")
        XCTAssertEqual(result.messages, [
            "latin1.md:1:1: error: the file is not UTF-8 text (first invalid byte at offset 16 (line 2); save it as UTF-8)",
        ])
    }

    func testMissingOpeningLine() {
        XCTAssertEqual(read("sender: IND\n---\n# Kop\n").messages, [
            #"nota.md:1:1: error: front matter: missing: the file must start with a line "---" (write "---", then sender, to, date and subject, then "---", then the text)"#,
        ])
    }

    func testBlankLinesBeforeTheOpeningLine() {
        XCTAssertEqual(read("\n\n---\nsubject: S\n---\n").messages, [
            #"nota.md:1:1: error: front matter: blank lines before the opening "---" (the first line of the file must be "---")"#,
        ])
    }

    func testUnclosedFrontMatter() {
        let result = read("---\n\(minimalFrontMatter)\n\n# Aanleiding\n")
        XCTAssertNil(result.document)
        XCTAssertEqual(result.messages, [
            #"nota.md:1:1: error: front matter: not closed: no line "---" after the opening one (add a line "---" after the last front-matter key)"#,
        ])
    }

    func testBrokenYAMLIsReportedAtItsFileLineAndColumn() {
        // Line 6 of the file is line 5 of the YAML: Yams' mark is moved down by the opening "---".
        let result = read("---\n\(minimalFrontMatter)\nstatus: ter beslissing: nu\n---\n")
        XCTAssertEqual(result.messages, [
            #"nota.md:7:23: error: front matter: not valid YAML: mapping values are not allowed in this context (put text that holds ": " in quotes)"#,
        ])
    }

    func testTabIndentationGetsAHint() {
        XCTAssertEqual(read("---\nsender:\n\torganisation: X\n---\n").messages, [
            "nota.md:3:1: error: front matter: not valid YAML: found character that cannot start any token, while scanning for the next token on line 3 (indent with spaces, not tabs)",
        ])
    }

    func testUnclosedFlowMappingNamesWhereItStarted() {
        XCTAssertEqual(read("---\nsender: {organisation: X\nto: A\n---\n").messages, [
            "nota.md:3:3: error: front matter: not valid YAML: did not find expected ',' or '}', while parsing a flow mapping on line 2",
        ])
    }

    func testDuplicateKey() {
        XCTAssertEqual(read("---\n\(minimalFrontMatter)\ndate: 2026-06-09\n---\n").messages, [
            #"nota.md:5:1: error: front matter: key "date" appears more than once (keep one of them)"#,
        ])
    }

    func testControlCharacterInYAML() {
        XCTAssertEqual(read("---\nsubject: \"a\u{7}b\"\n---\n").messages, [
            "nota.md:2:12: error: front matter: not valid YAML: control characters are not allowed",
        ])
    }

    func testFrontMatterThatIsNotAMapping() {
        XCTAssertEqual(read("---\n- sender\n- to\n---\n").messages, [
            #"nota.md:2:1: error: front matter: found a list (expected keys such as "subject: ...")"#,
        ])
    }

    func testAnchorsAreRefused() {
        let result = read("---\n\(minimalFrontMatter)\nstatus: &s ter beslissing\nclassification: *s\n---\n")
        XCTAssertEqual(result.messages, [
            "nota.md:7:9: error: front matter: anchors (&name) and aliases (*name) are not supported (write each value out; put text that starts with & in quotes)",
        ])
        XCTAssertEqual(read("---\nto: !!seq &t [A]\nstatus: *t\n---\n").messages, [
            "nota.md:2:11: error: front matter: anchors (&name) and aliases (*name) are not supported (write each value out; put text that starts with & in quotes)",
        ], "an anchor after a tag")
        // An ampersand inside text is no anchor.
        XCTAssertEqual(read(extra: "status: Justitie & Veiligheid, J&V\nclassification: \"&x\"", body: "").messages, [])
    }

    func testDeepNestingIsRefused() {
        let deep = String(repeating: "[", count: 70) + String(repeating: "]", count: 70)
        XCTAssertEqual(read("---\n\(minimalFrontMatter)\nstatus: \(deep)\n---\n").messages, [
            "nota.md:7:72: error: front matter: nested more than 64 levels deep (a front matter needs a few levels at most)",
        ])
    }

    func testByteOrderMarkAndCRLFLineEndings() throws {
        let text = "\u{FEFF}---\r\n\(minimalFrontMatter.replacingOccurrences(of: "\n", with: "\r\n"))\r\nlayout: Nota\r\n---\r\n\r\n# Kop\r\n"
        let result = read(text)
        XCTAssertEqual(result.messages, [
            #"nota.md:7:9: error: layout: "Nota" is not a layout name (expected a layout name such as "nota": letters a-z, digits and -)"#,
        ])
        let fixed = read(text.replacingOccurrences(of: "layout: Nota", with: "layout: nota"))
        guard case .heading(1, [.text("Kop")], let location)? = fixed.document?.body.first else {
            return XCTFail("no heading in \(fixed.messages)")
        }
        XCTAssertEqual(location.description, "nota.md:10:1")
    }

    func testEmptyFrontMatterListsEveryRequiredKey() {
        XCTAssertEqual(read("---\n---\nTekst.\n").messages, [
            #"nota.md:1:1: error: sender: required key is missing (add "sender:" with "organisation: ..." under it, or "sender: <profile name>")"#,
            #"nota.md:1:1: error: to: required key is missing (add a line "to: ...")"#,
            #"nota.md:1:1: error: date: required key is missing (add a line "date: YYYY-MM-DD")"#,
            #"nota.md:1:1: error: subject: required key is missing (add a line "subject: ...")"#,
        ])
    }
}
