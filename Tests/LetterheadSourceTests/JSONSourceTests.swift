// The JSON form {"meta": {...}, "body": "..."}: same checks as the front matter, places inside the JSON text.
import Foundation
import LetterheadModel
import LetterheadSource
import XCTest

final class JSONSourceTests: XCTestCase {
    let meta = #"{"sender": {"organisation": "IND"}, "to": ["Minister", "DG"], "date": "2026-06-08", "subject": "S", "enclosures": 2}"#

    func readJSON(_ text: String, file: String = "nota.json") -> SourceResult {
        SourceReader().read(json: Data(text.utf8), file: file)
    }

    func testValidDocument() throws {
        let result = readJSON(##"{"meta": \##(meta),"## + "\n" + ##" "body": "# Kop\n\nTekst \"q\" met [link](https://x.nl).\n\n- a\n- b"}"##)
        XCTAssertEqual(result.messages, [])
        XCTAssertEqual(result.document?.treeDump, #"""
            document nota.json
            meta
              layout: nota
              language: nl
              sender
                organisation: "IND"
              to: ["Minister", "DG"]
              date: 2026-06-08
              enclosures: 2
              subject: "S"
              numbering: true
            body
              heading 1 @2:11
                text "Kop"
              paragraph @2:20
                text "Tekst \"q\" met "
                link "https://x.nl"
                  text "link"
                text "."
              list bullet @2:61
                item
                  paragraph @2:63
                    text "a"
                item
                  paragraph @2:68
                    text "b"

            """#)
    }

    func testBodyPlacesFollowEscapesInTheJSONText() {
        // "\u00e9" is six characters in the file but one in the body; the image stands after it.
        let result = readJSON(##"{"meta": \##(meta), "body": "caf\u00e9 \"x\" ![beeld](b.png)"}"##)
        XCTAssertEqual(result.messages, [
            #"nota.json:1:153: warning: image: not printed; its alt text "beeld" is kept as text"#,
        ])
    }

    func testFieldErrorsArePlacedInTheJSONText() {
        let result = readJSON(#"{"meta": {"sender": {"organisation": "IND", "websit": 1}, "to": "A", "date": "2026-02-30", "subject": "S"}, "body": ""}"#)
        XCTAssertEqual(result.messages, [
            #"nota.json:1:45: warning: sender.websit: unknown key (did you mean "website"?)"#,
            #"nota.json:1:78: error: date: "2026-02-30" is not a date (expected YYYY-MM-DD)"#,
        ])
    }

    func testStructureErrors() {
        XCTAssertEqual(readJSON("[1]").messages, [
            #"nota.json:1:1: error: JSON: found a list (expected an object {"meta": {...}, "body": "..."})"#,
        ])
        XCTAssertEqual(readJSON(#"{"body": "x", "extra": 1}"#).messages, [
            #"nota.json:1:1: error: meta: required key is missing (add a line "meta: {"sender": ..., "to": ..., "date": ..., "subject": ...}")"#,
            "nota.json:1:15: warning: extra: unknown key (known keys: meta, body)",
        ])
        XCTAssertEqual(readJSON(#"{"meta": 1}"#).messages, [
            #"nota.json:1:10: error: meta: found text "1" (expected keys such as "subject: ...")"#,
        ])
        XCTAssertEqual(readJSON(##"{"meta": \##(meta), "body": ["x"]}"##).messages, [
            "nota.json:1:136: error: body: found a list, not a JSON string (expected the Markdown text in double quotes)",
        ])
    }

    func testSyntaxErrorsNameThePlace() {
        let cases: [(String, String)] = [
            ("{", "nota.json:1:2: error: JSON: unexpected end of the text: expected a key in double quotes"),
            ("{\"meta\" {}}", #"nota.json:1:9: error: JSON: unexpected character "{": expected ":" after the key"#),
            ("{\"a\": 1,\n \"a\": 2}", #"nota.json:2:2: error: JSON: key "a" appears more than once"#),
            ("{\"a\": \"\\ud800\"}", #"nota.json:1:8: error: JSON: \u escape is half of a surrogate pair"#),
            ("{\"a\": \"x\\qy\"}", #"nota.json:1:9: error: JSON: unknown escape character "q" after \ (valid: \" \\ \/ \b \f \n \r \t \uXXXX)"#),
            ("{\"a\": \"x\ny\"}", #"nota.json:1:9: error: JSON: a line break or control character inside text; write it as \n"#),
            ("{\"a\": \"x", #"nota.json:1:7: error: JSON: text is not closed: the closing " is missing"#),
            ("{\"a\": 01}", "nota.json:1:7: error: JSON: not a valid number"),
            ("{\"a\": tru}", #"nota.json:1:7: error: JSON: unexpected character "t": expected a value (text in double quotes, a number, true, false, null, {...} or [...])"#),
            ("{} x", #"nota.json:1:4: error: JSON: unexpected character "x" after the end of the JSON value"#),
            ("{\"a\": \"\\u0000\"}", #"nota.json:1:8: error: JSON: \u0000 (NUL) is not allowed in text"#),
            (String(repeating: "[", count: 100_000), "nota.json:1:65: error: JSON: nested more than 64 levels deep"),
        ]
        for (text, message) in cases {
            XCTAssertEqual(readJSON(text).messages, [message], text)
        }
    }

    func testEscapesAreDecoded() throws {
        let result = readJSON(##"{"meta": \##(meta), "body": "\ud83d\ude00 \u00e9\t\/ \\"}"##)
        XCTAssertEqual(result.document?.body, [.paragraph([.text("😀 é\t/ \\")], SourceLocation(file: "nota.json", line: 1, column: 137))])
    }

    func testBytesAreReadAsJSONByNameOrByBrace() {
        let text = ##"{"meta": \##(meta), "body": "Tekst"}"##
        for file in ["nota.json", "nota.txt", "nota"] {
            XCTAssertNotNil(SourceReader().read(bytes: Data(text.utf8), file: file).document, file)
        }
        XCTAssertEqual(SourceReader().read(bytes: Data(text.utf8), file: "nota.md").diagnostics.first?.field, "front matter")
        XCTAssertEqual(SourceReader().read(bytes: Data("---\n\(minimalFrontMatter)\n---\nTekst".utf8), file: "nota").messages, [])
    }
}
