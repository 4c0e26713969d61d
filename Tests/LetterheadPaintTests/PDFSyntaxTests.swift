// The PDF object reader: strings, names, numbers, references, comments, and errors with their byte offset.
@testable import LetterheadPaint
import XCTest

final class PDFSyntaxTests: XCTestCase {
    private func value(_ text: String) throws -> PDFValue {
        var syntax = PDFSyntax(Array(text.utf8), at: 0)
        return try syntax.value()
    }

    func testDictionaryKeepsItsOrderAndReadsEveryKind() throws {
        let parsed = try value("<< /Z 1 /A [ 2 0 R -3.5 +4 .5 true null ] % a comment\n /S (a\\(b\\)c\\n\\101) /H <48 65 6c6C6f> /N /x#20y >>")
        let dictionary = try XCTUnwrap(parsed.dictionary)
        XCTAssertEqual(dictionary.entries.map(\.key), ["Z", "A", "S", "H", "N"])
        XCTAssertEqual(dictionary["A"], .array([.reference(2), .number("-3.5"), .number("+4"), .number(".5"), .bool(true), .null]))
        XCTAssertEqual(dictionary["S"], .string(Array("a(b)c\nA".utf8)))
        XCTAssertEqual(dictionary["H"], .string(Array("Hello".utf8)))
        XCTAssertEqual(dictionary["N"], .name("x#20y"))
    }

    func testNumbersThatAreNotReferencesStayNumbers() throws {
        XCTAssertEqual(try value("[ 1 2 3 R 4 5 ]"), .array([.number("1"), .reference(2), .number("4"), .number("5")]))
        XCTAssertThrowsError(try value("[ 1 2 RG ]"), "RG is not a value")
    }

    func testNestedParenthesesAndLineContinuationInStrings() throws {
        XCTAssertEqual(try value("(a (nested) string\\\nwith continuation)"), .string(Array("a (nested) stringwith continuation".utf8)))
    }

    func testUTF16TextIsDecoded() throws {
        XCTAssertEqual(try value("<FEFF0049004E0044002000E9>").textValue, "IND é")
        XCTAssertEqual(PDFValue.text("Rijksoverheid é").textValue, "Rijksoverheid é")
        XCTAssertEqual(PDFValue.text("plain"), .string(Array("plain".utf8)))
    }

    func testAnUnclosedDictionaryIsAnErrorAtItsOffset() {
        XCTAssertThrowsError(try value("<< /A 1 ")) { error in
            XCTAssertEqual((error as? PDFSyntax.Failure)?.reason, "a dictionary is not closed")
        }
        XCTAssertThrowsError(try value("  )")) { error in
            XCTAssertEqual((error as? PDFSyntax.Failure)?.offset, 2)
        }
    }

    func testDeepNestingIsAnErrorNotACrash() {
        XCTAssertThrowsError(try value(String(repeating: "[", count: 100_000))) { error in
            XCTAssertEqual((error as? PDFSyntax.Failure)?.reason, "arrays or dictionaries nested too deep")
        }
    }

    func testNumbersInContentAreWrittenWithThreeDecimalsAtMost() {
        XCTAssertEqual(PDFNumber.text(327.98828125), "327.988")
        XCTAssertEqual(PDFNumber.text(-0.0004), "0")
        XCTAssertEqual(PDFNumber.text(-12.5), "-12.5")
        XCTAssertEqual(PDFNumber.text(0.0625), "0.062", "ties to even, as printf")
        XCTAssertEqual(PDFNumber.text(81), "81")
        XCTAssertEqual(PDFNumber.text(841.8897637795276, decimals: 6), "841.889764", "the page height as Cairo writes it")
    }

    func testArtifactMarksReplaceOnlyTheMarkersBDC() {
        let content = Array("/Private << /MCID 3 >> BDC 0 0 m EMC /P << /MCID 4 >> BDC EMC /Private << /MCID x >> BDC".utf8)
        let marked = String(decoding: ContentMarks.artifacts(in: content, marker: "Private"), as: UTF8.self)
        XCTAssertEqual(marked, "/Artifact BMC 0 0 m EMC /P << /MCID 4 >> BDC EMC /Private << /MCID x >> BDC")
    }
}
