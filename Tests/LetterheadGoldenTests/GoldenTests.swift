// Golden tests: every example and every layout case rendered and compared with its committed reference PDF.
//
// Re-record with LETTERHEAD_RECORD_GOLDEN=1 (or a comma-separated list of case names), or `letterhead golden
// --update`; a recording run fails on purpose. See References/README.md.
import Foundation
import Letterhead
import LetterheadCompare
import XCTest

final class GoldenTests: XCTestCase {
    func testEveryCaseMatchesItsReference() throws {
        let cases = try Golden.suite.cases()
        XCTAssertGreaterThanOrEqual(cases.count, 9, "the examples and the layout cases: \(cases)")
        let selection = Golden.recording()
        if case .some(let names) = selection {
            let unknown = names.filter { name in !cases.contains { $0.isNamed(name) } }
            XCTAssertTrue(unknown.isEmpty, "LETTERHEAD_RECORD_GOLDEN names no such case: \(unknown.sorted()); the cases are \(cases)")
        }
        let renderer = try Renderer(environment: Golden.environment)
        var recorded: [String] = [], pages = 0
        for goldenCase in cases {
            let pdf: Data
            do {
                pdf = try goldenCase.render(with: renderer)
            } catch {
                XCTFail("\(error)")
                continue
            }
            if selection.includes(goldenCase) {
                recorded.append(try goldenCase.record(pdf, output: Golden.outputRoot).message)
                continue
            }
            let outcome = try goldenCase.compare(pdf, output: Golden.outputRoot)
            if outcome.status != .equal { XCTFail(outcome.message) }
            pages += outcome.result?.actualPageCount ?? 0
        }
        if selection.isRecording {
            XCTFail("""
                recording run (LETTERHEAD_RECORD_GOLDEN is set), so this test fails on purpose:
                  \(recorded.joined(separator: "\n  "))
                Look at the recorded references (e.g. pdftoppm -png -r 60 FILE /tmp/page), commit them with the \
                change that explains them, and run the tests again without LETTERHEAD_RECORD_GOLDEN.
                """)
        } else {
            print("golden: \(cases.count) cases, \(pages) pages compared; output of failing cases goes to \(Golden.outputRoot.path)")
        }
    }

    func testEveryReferenceHasACase() throws {
        let cases = Set(try Golden.suite.cases().map(\.name))
        let stale = Golden.suite.referenceNames().filter { !cases.contains($0) }
        XCTAssertTrue(stale.isEmpty, """
            references without a case (their source was renamed or removed): \(stale); \
            delete them from \(Golden.suite.references.path)
            """)
    }

    /// The comparison is not blind: with the addressee moved 1 mm to the right in a scratch copy of the layout,
    /// page 1 differs in a box around the addressee, and the images of it are written.
    func testAOneMillimetreShiftOfTheAddresseeFails() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("letterhead-golden-shift-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        for folder in ["Fonts", "Layouts"] {
            try FileManager.default.copyItem(at: Golden.checkout.appendingPathComponent(folder),
                                             to: scratch.appendingPathComponent(folder))
        }
        let layout = scratch.appendingPathComponent("Layouts/nota.yaml")
        let yaml = try String(contentsOf: layout, encoding: .utf8)
        let moved = yaml.replacingOccurrences(of: "addressee: {x: 28,", with: "addressee: {x: 29,")
        XCTAssertNotEqual(moved, yaml, "Layouts/nota.yaml no longer has \"addressee: {x: 28,\": update this test")
        try moved.write(to: layout, atomically: true, encoding: .utf8)

        let environment = try Environment(resources: Resources(fonts: scratch.appendingPathComponent("Fonts"),
                                                               layouts: scratch.appendingPathComponent("Layouts")))
        let goldenCase = try Golden.suite.case("Cases/short-nota")
        let pdf = try goldenCase.render(with: try Renderer(environment: environment))
        let outcome = try goldenCase.compare(pdf, output: scratch.appendingPathComponent("output"))

        XCTAssertEqual(outcome.status, .differs, outcome.message)
        let result = try XCTUnwrap(outcome.result, outcome.message)
        XCTAssertEqual(result.differences.map(\.page), [1], outcome.message)
        XCTAssertFalse(result.pageCountMismatch)
        let difference = try XCTUnwrap(result.differences.first)
        XCTAssertNil(difference.textChange, "moving the addressee changes no words: \(outcome.message)")
        // The addressee ("Minister van Asiel en Migratie", 9 pt) stands at x 28 (now 29) on the baseline at 57.8 mm.
        let box = try XCTUnwrap(difference.box, outcome.message)
        XCTAssertEqual(box.x, 28.5, accuracy: 1, outcome.message)
        XCTAssertEqual(box.y, 55, accuracy: 2, outcome.message)
        XCTAssertLessThan(box.y + box.height, 61, "only the addressee's line: \(outcome.message)")
        XCTAssertGreaterThan(box.width, 30, outcome.message)
        XCTAssertLessThan(box.x + box.width, 100, "the addressee ends well before the ribbon: \(outcome.message)")
        for image in [difference.images.expected, difference.images.actual, difference.images.diff] {
            let url = try XCTUnwrap(image, outcome.message)
            XCTAssertTrue(FileManager.default.fileExists(atPath: url.path), url.path)
            XCTAssertTrue(outcome.message.contains(url.path), "the message points at \(url.path): \(outcome.message)")
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: outcome.folder.appendingPathComponent("short-nota.pdf").path))
        for expected in ["golden case Cases/short-nota", "page 1:", "in x 2", "mm, y 5", "text unchanged", "LETTERHEAD_RECORD_GOLDEN"] {
            XCTAssertTrue(outcome.message.contains(expected), "\"\(expected)\" missing in: \(outcome.message)")
        }
    }

    /// SOURCE_DATE_EPOCH changes the PDF's creation date, so the bytes, but not the pages.
    func testRendersWithAnotherSourceDateEpochCompareEqual() throws {
        let goldenCase = try Golden.suite.case("Cases/short-nota")
        let saved = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"]
        defer {
            if let saved { setenv("SOURCE_DATE_EPOCH", saved, 1) } else { unsetenv("SOURCE_DATE_EPOCH") }
        }
        // The environment reads SOURCE_DATE_EPOCH when it is made (once per process in the command line).
        func render(epoch: String) throws -> Data {
            setenv("SOURCE_DATE_EPOCH", epoch, 1)
            return try goldenCase.render(with: Renderer(environment: Environment(resources: Golden.environment.resources)))
        }
        let first = try render(epoch: "1700000000")
        let second = try render(epoch: "1800000000")
        XCTAssertNotEqual(first, second, "SOURCE_DATE_EPOCH should change the creation date in the PDF")

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("letterhead-golden-epoch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let a = folder.appendingPathComponent("a.pdf"), b = folder.appendingPathComponent("b.pdf")
        try first.write(to: a)
        try second.write(to: b)
        var options = GoldenSuite.options
        options.diffDirectory = folder
        let result = try comparePDFs(expected: a, actual: b, options: options)
        XCTAssertTrue(result.equal, describe(result))
        XCTAssertFalse(result.byteIdentical)
        XCTAssertEqual(result.largestDifferingShare, 0, describe(result))
    }

    /// A missing reference fails with the command that records it; recording writes it, and a second recording
    /// leaves a matching reference alone. (In a scratch folder: the committed references are not touched.)
    func testMissingReferenceAndRecording() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("letterhead-golden-record-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var goldenCase = try Golden.suite.case("Cases/short-nota")
        goldenCase.reference = scratch.appendingPathComponent("References/Cases/short-nota.pdf")
        let pdf = try goldenCase.render(with: try Renderer(environment: Golden.environment))
        let output = scratch.appendingPathComponent("output")

        let missing = try goldenCase.compare(pdf, output: output)
        XCTAssertEqual(missing.status, .missing)
        XCTAssertTrue(missing.message.contains("has no reference"), missing.message)
        XCTAssertTrue(missing.message.contains("LETTERHEAD_RECORD_GOLDEN=Cases/short-nota swift test"), missing.message)
        XCTAssertTrue(missing.message.contains("letterhead golden --update"), missing.message)

        let recorded = try goldenCase.record(pdf, output: output)
        XCTAssertEqual(recorded.status, .recorded, recorded.message)
        XCTAssertEqual(try Data(contentsOf: goldenCase.reference), pdf)
        XCTAssertEqual(try goldenCase.compare(pdf, output: output).status, .equal)
        XCTAssertEqual(try goldenCase.record(pdf, output: output).status, .unchanged)

        // A reference of another case is a difference, with a text change, that recording replaces.
        let other = try Golden.suite.case("Cases/english-nota").render(with: try Renderer(environment: Golden.environment))
        let differs = try goldenCase.compare(other, output: output)
        XCTAssertEqual(differs.status, .differs)
        XCTAssertTrue(differs.message.contains("text: "), differs.message)
        XCTAssertEqual(try goldenCase.record(other, output: output).status, .recorded)
        XCTAssertEqual(try Data(contentsOf: goldenCase.reference), other)
    }

    func testRecordSelection() {
        XCTAssertEqual(Golden.recording(nil), .none)
        XCTAssertEqual(Golden.recording(""), .none)
        XCTAssertEqual(Golden.recording("0"), .none)
        XCTAssertEqual(Golden.recording("1"), .all)
        XCTAssertEqual(Golden.recording("Cases/short-nota, english-nota"), .some(["Cases/short-nota", "english-nota"]))
    }
}
