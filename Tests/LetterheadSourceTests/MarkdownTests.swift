// The Markdown body: headings, paragraphs, nested lists, inline markup, and a warning for all a nota cannot print.
import Foundation
import LetterheadModel
import LetterheadSource
import XCTest

final class MarkdownTests: XCTestCase {
    /// The body part of the tree dump; the minimal front matter ends on line 7, so the body starts on line 8.
    func bodyDump(_ result: SourceResult) -> String {
        guard let dump = result.document?.treeDump, let start = dump.range(of: "body\n") else { return "no document: \(result.messages)" }
        return String(dump[start.upperBound...])
    }

    func testInlinesAndBreaks() {
        let result = read(body: """
            Tekst met [een link](https://www.ind.nl "titel") en **vet**, *schuin* en `code`.  
            Harde regel twee\\
            regel drie
            zacht *geneste **sterke** nadruk*.
            """)
        XCTAssertEqual(result.messages, [])
        XCTAssertEqual(bodyDump(result), #"""
              paragraph @8:1
                text "Tekst met "
                link "https://www.ind.nl"
                  text "een link"
                text " en "
                strong
                  text "vet"
                text ", "
                emphasis
                  text "schuin"
                text " en "
                code "code"
                text "."
                lineBreak
                text "Harde regel twee"
                lineBreak
                text "regel drie"
                softBreak
                text "zacht "
                emphasis
                  text "geneste "
                  strong
                    text "sterke"
                  text " nadruk"
                text "."

            """#)
    }

    func testQuotesAndApostrophesStayAsTyped() throws {
        let document = try XCTUnwrap(read(body: #"dilemma's "aanhalingstekens" -- en... 'enkel'"#).document)
        XCTAssertEqual(document.body, [.paragraph([.text(#"dilemma's "aanhalingstekens" -- en... 'enkel'"#)],
                                                  SourceLocation(file: "nota.md", line: 8, column: 1))])
    }

    func testNestedListsAndOrderedStart() {
        let result = read(body: """
            - een
              1. a
              2. b
                 - diep
            - twee

            3. drie
            4. vier
            """)
        XCTAssertEqual(result.messages, [])
        XCTAssertEqual(bodyDump(result), #"""
              list bullet @8:1
                item
                  paragraph @8:3
                    text "een"
                  list ordered start 1 @9:3
                    item
                      paragraph @9:6
                        text "a"
                    item
                      paragraph @10:6
                        text "b"
                      list bullet @11:6
                        item
                          paragraph @11:8
                            text "diep"
                item
                  paragraph @12:3
                    text "twee"
              list ordered start 3 @14:1
                item
                  paragraph @14:4
                    text "drie"
                item
                  paragraph @15:4
                    text "vier"

            """#)
    }

    func testHeadingLevels() {
        let result = read(body: "# Een\n\n## Twee\n\n### Drie\n\n#### Vier\n\nSetext\n======\n")
        XCTAssertEqual(result.messages, ["nota.md:14:1: warning: heading: level 4 (####) is deeper than ###; printed as level 3"])
        XCTAssertEqual(result.document?.body.map(\.headingLevel), [1, 2, 3, 3, 1])
    }

    func testTypedHeadingNumbersAreLeftOutWhenNumbering() {
        let result = read(body: "# 1. Aanleiding\n\n## 4.1 Politieke *context*\n\n# 2026 in cijfers\n")
        XCTAssertEqual(result.messages, [
            #"nota.md:8:1: warning: heading: number "1." is typed by hand; numbers are generated, so it is left out (write the heading without a number)"#,
            #"nota.md:10:1: warning: heading: number "4.1" is typed by hand; numbers are generated, so it is left out (write the heading without a number)"#,
        ])
        XCTAssertEqual(bodyDump(result), #"""
              heading 1 @8:1
                text "Aanleiding"
              heading 2 @10:1
                text "Politieke "
                emphasis
                  text "context"
              heading 1 @12:1
                text "2026 in cijfers"

            """#)
    }

    func testTypedHeadingNumbersStayWithoutNumbering() throws {
        let result = read(extra: "numbering: false", body: "# 1. Aanleiding\n")
        XCTAssertEqual(result.messages, [])
        guard case .heading(1, [.text("1. Aanleiding")], _)? = result.document?.body.first else {
            return XCTFail("\(result.document?.body ?? [])")
        }
    }

    func testWhatCannotBePrintedIsAWarningAtItsPlace() {
        let result = read(body: """
            ![Logo *IND*](logo.png) en ![](leeg.png)

            <div>
            html
            </div>

            <!-- notitie -->

            A <b>vet</b> c<br>d

            > citaat
            > # kop in citaat

            ```
            code

            meer code
            ```

            ***

            | a | b |
            |---|---|
            | 1 | 2 |

            Noot[^1].

            - # kop in lijst

            [^1]: De *noot*.
            """)
        XCTAssertEqual(result.messages, [
            #"nota.md:8:1: warning: image: not printed; its alt text "Logo IND" is kept as text"#,
            "nota.md:8:28: warning: image: not printed, and it has no alt text (describe the image in the text)",
            "nota.md:10:1: warning: raw HTML: not printed (write Markdown instead)",
            "nota.md:14:1: warning: HTML comment: not printed",
            "nota.md:16:3: warning: raw HTML: not printed (write Markdown instead)",
            "nota.md:16:9: warning: raw HTML: not printed (write Markdown instead)",
            #"nota.md:16:15: warning: raw HTML: <br> is printed as a line break (end the line with a backslash \ instead)"#,
            "nota.md:18:1: warning: block quote: not supported; its text is kept as plain paragraphs",
            "nota.md:21:1: warning: code block: not supported; its text is kept as plain paragraphs",
            ##"nota.md:27:1: warning: horizontal rule: not printed (a new section starts with "# Heading")"##,
            #"nota.md:29:1: warning: table: not supported; each row is kept as a paragraph, its cells separated by " | ""#,
            "nota.md:33:5: warning: footnote: not supported; the reference [^1] is kept as typed",
            "nota.md:35:3: warning: heading: inside a list item; printed as a paragraph",
            "nota.md:37:7: warning: footnote: not supported; its text is kept as a plain paragraph at the end of the body",
        ])
        XCTAssertEqual(bodyDump(result), #"""
              paragraph @8:1
                text "Logo "
                emphasis
                  text "IND"
                text " en "
              paragraph @16:1
                text "A vet c"
                lineBreak
                text "d"
              paragraph @18:3
                text "citaat"
              paragraph @19:3
                text "kop in citaat"
              paragraph @21:1
                text "code"
              paragraph @21:1
                text "meer code"
              paragraph @29:1
                text "a | b"
              paragraph @31:1
                text "1 | 2"
              paragraph @33:1
                text "Noot[^1]."
              list bullet @35:1
                item
                  paragraph @35:3
                    text "kop in lijst"
              paragraph @37:7
                text "De "
                emphasis
                  text "noot"
                text "."

            """#)
    }

    func testColumnsCountCharactersNotBytes() {
        XCTAssertEqual(read(body: "Één café ![beeld](x.png)").messages, [
            #"nota.md:8:10: warning: image: not printed; its alt text "beeld" is kept as text"#,
        ])
    }

    func testDeepNestingIsKeptAsPlainText() throws {
        let quotes = String(repeating: "> ", count: 40) + "diep"
        let emphasis = String(repeating: "*", count: 100) + "x" + String(repeating: "*", count: 100)
        let lists = (0..<30).map { String(repeating: "  ", count: $0) + "- n\($0)" }.joined(separator: "\n")
        let result = read(body: "\(quotes)\n\n\(emphasis)\n\n\(lists)\n")
        XCTAssertEqual(result.messages, [
            "nota.md:8:1: warning: block quote: not supported; its text is kept as plain paragraphs",
            "nota.md:8:33: warning: block quote: nested more than 16 levels deep; kept as plain text",
            "nota.md:10:1: warning: strong: nested more than 32 levels deep; kept as plain text",
            "nota.md:28:33: warning: list: nested more than 16 levels deep; kept as plain text",
        ])
        let body = try XCTUnwrap(result.document?.body)
        XCTAssertEqual(body.first, .paragraph([.text("diep")], SourceLocation(file: "nota.md", line: 8, column: 33)))
    }
}

extension Block {
    var headingLevel: Int? {
        if case .heading(let level, _, _) = self { return level }
        return nil
    }
}
