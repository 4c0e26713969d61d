// JSON Lines manifests: file and inline documents, paths relative to the manifest, errors placed on their line and column.
import Foundation
@testable import Letterhead
import XCTest

final class BatchManifestTests: XCTestCase {
    private let meta: [String: Any] = ["to": "Minister", "sender": ["organisation": "IND"], "date": "2026-06-08", "subject": "Inline"]

    private func line(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    func testBothFormsRenderAndErrorsNameTheManifestLine() throws {
        let scratch = try BatchFixtures.scratchFolder(self)
        let jobs = scratch + "/jobs", out = scratch + "/out"
        try BatchFixtures.write(["docs/a.md": BatchFixtures.source()], in: jobs)
        var badMeta = meta
        badMeta["date"] = "2026-13-45"
        let lines = [
            try line(["source": "docs/a.md", "output": "from-file.pdf"]),
            "",
            try line(["meta": meta, "body": "# Kop\n\nTekst.", "output": "inline/één.pdf"]),
            try line(["body": "Tekst.", "meta": badMeta, "output": "bad.pdf"]),
            try line(["source": "docs/a.md"]),
        ]
        try BatchFixtures.write(["manifest.jsonl": lines.joined(separator: "\n") + "\n"], in: jobs)
        let manifest = jobs + "/manifest.jsonl"
        let (summary, rows) = try BatchFixtures.run([manifest], options: BatchOptions(outputDirectory: out, jobs: 2))
        XCTAssertEqual(summary.counts, BatchCounts(rendered: 3, failed: 1, skipped: 0))
        XCTAssertEqual(BatchFixtures.files(in: out), ["a.pdf", "from-file.pdf", "inline/één.pdf"])
        XCTAssertEqual(rows.map(\.source), [jobs + "/docs/a.md", jobs + "/docs/a.md", manifest + ":3", manifest + ":4"])
        XCTAssertEqual(rows.map(\.status), [.ok, .ok, .ok, .failed])
        let column = try XCTUnwrap(lines[3].range(of: "\"2026-13-45\"")).lowerBound.utf16Offset(in: lines[3]) + 1
        XCTAssertEqual(rows[3].diagnostics, ["\(manifest):4:\(column): error: date: \"2026-13-45\" is not a date (expected YYYY-MM-DD)"])
        XCTAssertTrue(BatchFixtures.isWholePDF(out + "/inline/één.pdf"))
    }

    func testMalformedLinesAreFailuresAtTheirColumn() throws {
        let cases: [(line: String, column: Int, message: String)] = [
            ("{\"source\": \"a.md\", \"outptu\": \"x.pdf\"}", 20, "unknown key \"outptu\""),
            ("{\"source\": \"a.md\", ", 20, "expected a key after the comma"),
            ("[1, 2]", 1, "expected a JSON object"),
            ("{\"source\": \"a.md\", \"output\": \"../x.pdf\"}", 30, "output \"../x.pdf\" leaves the output folder"),
            ("{\"source\": \"a.md\", \"output\": 7}", 30, "output is not a string"),
            ("{\"meta\": {}, \"body\": \"\"}", 1, "an inline document needs an \"output\""),
            ("{\"source\": \"a.md\", \"meta\": {}}", 1, "give either \"source\" or \"meta\" and \"body\", not both"),
        ]
        for (text, column, message) in cases {
            let job = try XCTUnwrap(BatchManifest.job(Data(text.utf8), line: 7, manifest: "m.jsonl"))
            guard case .invalid(let messages) = job.content else { return XCTFail("\(text) was accepted") }
            XCTAssertEqual(job.source, "m.jsonl:7")
            XCTAssertEqual(messages.count, 1)
            XCTAssertTrue(messages[0].hasPrefix("m.jsonl:7:\(column): error: \(message)"), "\(text): \(messages[0])")
        }
        XCTAssertNil(BatchManifest.job(Data("  \r".utf8), line: 1, manifest: "m.jsonl"))
    }

    func testInlineDocumentKeepsItsColumns() throws {
        let text = "{\"output\": \"é.pdf\", \"meta\": {\"a\": 1}, \"extra\": [\"}\"], \"body\": \"x\"}"
        let object = try BatchJSONObject(Array(text.utf8))
        XCTAssertEqual(object.members.map(\.key), ["output", "meta", "extra", "body"])
        XCTAssertEqual(object.string("output"), "é.pdf")
        let kept = String(decoding: object.keeping(["meta", "body"]), as: UTF8.self)
        let blank = { (count: Int) in String(repeating: " ", count: count) }
        XCTAssertEqual(kept, "{" + blank(19) + "\"meta\": {\"a\": 1}," + blank(17) + "\"body\": \"x\"}")
        XCTAssertEqual(kept.unicodeScalars.count, text.unicodeScalars.count)
        let parsed = try JSONSerialization.jsonObject(with: Data(kept.utf8)) as? [String: Any]
        XCTAssertEqual(parsed?.keys.sorted(), ["body", "meta"])
    }

    func testLinesAreReadInChunksAcrossLineEndings() throws {
        let scratch = try BatchFixtures.scratchFolder(self)
        try BatchFixtures.write(["m.jsonl": "first\r\nsecond line\n\nlast"], in: scratch)
        let handle = try XCTUnwrap(FileHandle(forReadingAtPath: scratch + "/m.jsonl"))
        var lines = BatchLines(handle: handle, chunkSize: 3)
        var read: [String] = []
        while let line = lines.next() { read.append("\(line.number):\(String(decoding: line.bytes, as: UTF8.self))") }
        XCTAssertEqual(read, ["1:first", "2:second line", "3:", "4:last"])
    }
}
