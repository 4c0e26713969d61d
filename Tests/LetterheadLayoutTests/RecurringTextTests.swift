// The letterhead's text is shaped once per renderer: a second document shapes only what differs, and looks the same.
import LetterheadLayout
import LetterheadModel
import XCTest

/// Counts what reaches the real shaper.
private final class CountingShaper: TextShaper {
    var texts: [String] = []
    func shape(_ spans: [StyledSpan], style: TextStyle, width: Double?, language: Language) -> ShapedParagraph {
        texts.append(spans.map(\.text).joined())
        return FakeShaper().shape(spans, style: style, width: width, language: language)
    }
}

final class RecurringTextTests: XCTestCase {
    private func document(subject: String) -> Document {
        var document = Fixtures.document(body: [Fixtures.paragraph("Tekst van \(subject).")])
        document.meta.subject = subject
        return document
    }

    func testASecondDocumentShapesOnlyItsOwnHeadTextAgain() throws {
        let counting = CountingShaper()
        let recurring = RecurringTextShaper(counting)
        let composer = NotaComposer(layout: try Fixtures.layout(), shaper: counting, letterheadShaper: recurring)
        let first = composer.compose(document(subject: "Eerste onderwerp"))
        let firstCount = counting.texts.count
        counting.texts.removeAll()
        let second = composer.compose(document(subject: "Tweede onderwerp"))
        XCTAssertTrue(counting.texts.contains("Tweede onderwerp"), "a new subject is shaped")
        XCTAssertFalse(counting.texts.contains { $0.contains("Datum") }, "labels come from the store: \(counting.texts)")
        XCTAssertLessThan(counting.texts.count, firstCount)
        let uncached = NotaComposer(layout: try Fixtures.layout(), shaper: FakeShaper()).compose(document(subject: "Tweede onderwerp"))
        XCTAssertEqual(second.pages, uncached.pages, "stored text places exactly as new text")
        XCTAssertNotEqual(first.pages, second.pages)
    }

    func testTheStoreStaysBounded() {
        let counting = CountingShaper()
        let recurring = RecurringTextShaper(counting, capacity: 2)
        let style = TextStyle(family: "f", size: 9, leading: 12)
        for text in ["a", "b", "c", "a"] { _ = recurring.shape([StyledSpan(text)], style: style, width: nil, language: .nl) }
        XCTAssertEqual(counting.texts, ["a", "b", "c", "a"], "the store was emptied when full, so a is shaped again")
        _ = recurring.shape([StyledSpan("a")], style: style, width: nil, language: .nl)
        XCTAssertEqual(counting.texts.count, 4)
    }
}
