// The layout's `ligatures` setting reaches every text style, and a wrong value is an error at its line.
import Foundation
import LetterheadLayout
import XCTest

final class LigatureSettingTests: XCTestCase {
    func testTheNotaSetsLigaturesOffForEveryStyle() throws {
        let layout = try Fixtures.layout()
        let styles = [layout.firstPage.wordmark.style, layout.firstPage.addressee.style, layout.firstPage.doctype.style,
                      layout.firstPage.referenceColumn.style, layout.pageNumber.style]
        XCTAssertTrue(styles.allSatisfy { !$0.ligatures }, "\(styles)")
    }

    func testWithoutTheSettingTheFontDecides() throws {
        let text = try String(contentsOf: Fixtures.layoutURL, encoding: .utf8)
        let layout = try LayoutLoader.parse(text.replacingOccurrences(of: "\nligatures: false\n", with: "\n"), file: "nota.yaml")
        XCTAssertTrue(layout.firstPage.addressee.style.ligatures)
    }

    func testAValueThatIsNotTrueOrFalseIsAnErrorAtItsLine() throws {
        let text = try String(contentsOf: Fixtures.layoutURL, encoding: .utf8)
        let line = text.components(separatedBy: "\n").firstIndex(of: "ligatures: false")! + 1
        XCTAssertThrowsError(try LayoutLoader.parse(text.replacingOccurrences(of: "ligatures: false", with: "ligatures: sometimes"),
                                                    file: "nota.yaml")) { error in
            let problem = error as? LayoutFileError
            XCTAssertEqual(problem?.line, line, "\(error)")
            XCTAssertEqual(problem?.key, "ligatures", "\(error)")
        }
    }
}
