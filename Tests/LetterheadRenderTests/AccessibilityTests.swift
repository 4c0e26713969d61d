// Accessible PDF by default: PDF/UA-1 checkers find nothing, the structure matches its reference, text copies exactly.
import Foundation
import Letterhead
import LetterheadLayout
import LetterheadPaint
import XCTest

final class AccessibilityTests: XCTestCase {
    private static let checkers = RenderFixtures.checkout.appendingPathComponent(".build-ua/bin")

    private func pdf(_ source: URL) throws -> Data {
        let renderer = try RenderFixtures.renderer()
        return try renderer.pdf(try renderer.layOut(contentsOf: source))
    }

    private func pdf(markdown: String) throws -> Data {
        try RenderFixtures.renderer().pdf(try RenderFixtures.rendering(markdown))
    }

    /// Documents with lists, links, several pages and a paragraph that continues on the next page.
    private func testDocuments() throws -> [(String, Data)] {
        let long = (1...9).map { "Alinea \($0) met een tekst die lang genoeg is om over meerdere regels te lopen, zodat de "
            + "pagina's vol raken en een alinea op de volgende pagina verder gaat. Zie [de website](https://www.ind.nl/nota)." }
        let lists = "- een\n- twee\n  1. genest\n  2. genest met [link](https://example.org/a)\n- drie"
        return [
            ("ind", try pdf(RenderFixtures.example)),
            ("vws", try pdf(RenderFixtures.checkout.appendingPathComponent("Examples/vws-nota-alle-velden.md"))),
            ("lists-links-pages", try pdf(markdown: RenderFixtures.nota("# Lijsten\n\n\(lists)\n\n# Lang\n\n" + long.joined(separator: "\n\n")))),
            ("english", try pdf(markdown: RenderFixtures.nota("# Introduction\n\nText.", frontMatter: "language: en"))),
        ]
    }

    /// Runs one of the PDF/UA checkers installed by `.ci/install --tests`.
    private func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let executable = Self.checkers.appendingPathComponent(tool)
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw XCTSkip("\(executable.path) is missing: run .ci/install --tests")
        }
        return try run(executable, arguments)
    }

    private func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    private func withFiles(_ documents: [(String, Data)], _ body: ([String]) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("letterhead-ua-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = try documents.map { name, data -> String in
            let url = folder.appendingPathComponent("\(name).pdf")
            try data.write(to: url)
            return url.path
        }
        try body(paths)
    }

    func testPDFUACheckersFindNoError() throws {
        try withFiles(try testDocuments()) { paths in
            let outloud = try run("outloud", ["--fail-on", "warning", "--no-info"] + paths)
            XCTAssertEqual(outloud.status, 0, outloud.output)
            XCTAssertEqual(outloud.output.components(separatedBy: "0 error(s), 0 warning(s)").count - 1, paths.count, outloud.output)
            let pdfua = try run("pdfua", ["check"] + paths)
            XCTAssertEqual(pdfua.status, 0, pdfua.output)
            XCTAssertEqual(pdfua.output.components(separatedBy: "result: PASS").count - 1, paths.count, pdfua.output)
        }
    }

    func testQPDFFindsNoDamage() throws {
        try withFiles(try testDocuments()) { paths in
            for path in paths {
                let (status, output) = try run(URL(fileURLWithPath: "/usr/bin/qpdf"), ["--check", path])
                XCTAssertEqual(status, 0, output)
                XCTAssertTrue(output.contains("No syntax or stream encoding errors found"), output)
                XCTAssertFalse(output.contains("WARNING"), output)
            }
        }
    }

    func testStructureOfTheExampleMatchesItsReference() throws {
        let report = try PDFInspector.report(try pdf(RenderFixtures.example))
        let reference = RenderFixtures.checkout.appendingPathComponent("Tests/LetterheadRenderTests/References/ind-accessibility.txt")
        if ProcessInfo.processInfo.environment["LETTERHEAD_RECORD_GOLDEN"] == "1" {
            try report.write(to: reference, atomically: true, encoding: .utf8)
            return XCTFail("recorded \(reference.path); run again without LETTERHEAD_RECORD_GOLDEN to check it")
        }
        let expected = try String(contentsOf: reference, encoding: .utf8)
        XCTAssertEqual(report, expected, "the PDF's structure changed; if on purpose, re-record with LETTERHEAD_RECORD_GOLDEN=1")
        for fact in ["Lang: nl-NL", "DisplayDocTitle: true", "Marked: true", "PageMode: /UseOutlines", "XMP pdfuaid:part: 1",
                     "XMP dc:creator: Immigratie- en Naturalisatiedienst (IND)", "XMP dc:language: nl-NL",
                     "XMP xmp:CreateDate: 2026-06-08T00:00:00Z", "Info CreationDate: D:20260608000000Z",
                     "XMP pdfaid:part: 2", "XMP pdfaid:conformance: A",
                     "OutputIntent: /GTS_PDFA1 sRGB IEC61966-2.1, profile with 3 components",
                     "  4.1. Politieke context (page 2)", "  page 1: https://www.ind.nl \"Link naar https://www.ind.nl\""] {
            XCTAssertTrue(report.contains(fact + "\n"), "\(fact) missing in:\n\(report)")
        }
    }

    func testEnglishDocumentDeclaresEnglish() throws {
        let report = try PDFInspector.report(try pdf(markdown: RenderFixtures.nota("Text.", frontMatter: "language: en")))
        XCTAssertTrue(report.contains("Lang: en-GB\n") && report.contains("XMP dc:language: en-GB\n"), report)
    }

    func testAParagraphContinuedOnTheNextPageIsOneElement() throws {
        let rendering = try RenderFixtures.renderer().layOut(contentsOf: RenderFixtures.example)
        XCTAssertEqual(rendering.pages.count, 2)
        let elements = rendering.pages.map { page in Set(page.lines.filter { $0.role == .paragraph }.compactMap(\.structure.last)) }
        let continued = elements[0].intersection(elements[1])
        XCTAssertEqual(continued.count, 1, "one paragraph goes on from page 1 to page 2")
        XCTAssertEqual(continued.first?.type, "P")
    }

    func testArtifactsAreDecorationAndRepetitionOnly() throws {
        let rendering = try RenderFixtures.renderer().layOut(contentsOf: RenderFixtures.example)
        let artifacts = rendering.pages.enumerated().flatMap { index, page in
            page.lines.filter(\.isArtifact).map { "\(index + 1):\($0.role)" }
        }
        XCTAssertEqual(Set(artifacts), ["1:wordmark", "1:pageNumber", "2:referenceColumn", "2:pageNumber"])
    }

    func testEveryMarkerBecameAnArtifactAndTheWordmarkIsArtworkUnderPageOne() throws {
        let finished = try PDFPageContents.streams(of: try pdf(RenderFixtures.example))
        XCTAssertEqual(finished.count, 2)
        for (index, streams) in finished.enumerated() {
            XCTAssertFalse(streams.joined().contains("/Private"), "page \(index + 1) still has the marker")
        }
        XCTAssertEqual(finished[0].count, 2, "page 1: the wordmark's stream, then Cairo's")
        XCTAssertTrue(finished[0][0].hasPrefix("q 1 0 0 -1 0 841.889764 cm /Artifact BMC\n"), String(finished[0][0].prefix(80)))
        XCTAssertGreaterThan(finished[0][0].components(separatedBy: " c\n").count, 300, "the wordmark's curves")
        XCTAssertTrue(finished[0][0].hasSuffix("EMC Q\n"))
        XCTAssertEqual(finished[1].count, 1)
    }

    /// Cairo writes content and ToUnicode maps plain (CairoStreamCompression); the finisher compresses them.
    func testEveryStreamButTheXMPPacketIsCompressed() throws {
        let bytes = try pdf(RenderFixtures.example)
        let text = String(bytes.map { Character(Unicode.Scalar($0)) })
        let pattern = try NSRegularExpression(pattern: "\\d+ 0 obj\\s*<<(.*?)>>\\s*stream\\r?\\n", options: [.dotMatchesLineSeparators])
        let dictionaries = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
            .map { String(text[Range($0.range(at: 1), in: text)!]) }
        XCTAssertGreaterThanOrEqual(dictionaries.count, 10, "2 pages, the wordmark, 3 fonts and their maps, the profile, XMP")
        let plain = dictionaries.filter { !$0.contains("/Filter /FlateDecode") }
        XCTAssertEqual(plain.count, 1, "\(plain)")
        XCTAssertTrue(plain.first?.contains("/Type /Metadata") == true, "\(plain)")
    }

    func testCopiedTextIsTheSourceText() throws {
        let word = "Arbeidsongeschiktheidsverzekeringsuitvoeringsorganisatiemedewerkersopleidingsprogrammaevaluatie"
        let text = try RenderFixtures.poppler("pdftotext", pdf: try pdf(markdown: RenderFixtures.nota("Het \(word) is lang; dilemma's blijven.")))
        XCTAssertFalse(text.contains("\u{00AD}"), "a soft hyphen in the copied text")
        XCTAssertTrue(text.contains("dilemma's blijven."), text)
        XCTAssertTrue(text.replacingOccurrences(of: "-\n", with: "").contains("Het \(word) is lang;"), text)
    }
}
