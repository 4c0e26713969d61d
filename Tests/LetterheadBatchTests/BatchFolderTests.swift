// Folders through the library: good documents rendered, bad ones reported and skipped, mirrored names, resume, report.
import Foundation
import Letterhead
import XCTest

final class BatchFolderTests: XCTestCase {
    func testGoodDocumentsRenderAndTheBadOneIsReportedWithItsPlace() throws {
        let scratch = try BatchFixtures.scratchFolder(self)
        let input = scratch + "/in", out = scratch + "/out"
        try BatchFixtures.write(["a.md": BatchFixtures.source(), "b.md": BatchFixtures.source(subject: "Tweede"),
                                 "bad.md": BatchFixtures.invalidDate, "notes.txt": "not a source"], in: input)
        let (summary, rows) = try BatchFixtures.run([input], options: BatchOptions(outputDirectory: out, jobs: 2))
        XCTAssertEqual(summary.counts, BatchCounts(rendered: 2, failed: 1, skipped: 0))
        XCTAssertEqual(summary.exitStatus, 1)
        XCTAssertNil(summary.interruption)
        XCTAssertEqual(rows.map(\.status), [.ok, .ok, .failed])
        XCTAssertEqual(rows[2].source, input + "/bad.md")
        XCTAssertEqual(rows[2].diagnostics.count, 1)
        XCTAssertTrue(rows[2].diagnostics[0].hasPrefix(input + "/bad.md:5:7: error: date: \"2026-13-45\""), rows[2].diagnostics[0])
        XCTAssertEqual(BatchFixtures.files(in: out), ["a.pdf", "b.pdf"])
        for row in rows.prefix(2) {
            XCTAssertEqual(row.pages, 1)
            XCTAssertEqual(row.bytes, try FileManager.default.attributesOfItem(atPath: row.output)[.size] as? Int)
            XCTAssertTrue(BatchFixtures.isWholePDF(row.output))
            XCTAssertGreaterThan(row.milliseconds, 0)
        }
    }

    func testNestedFoldersAreMirrored() throws {
        let scratch = try BatchFixtures.scratchFolder(self)
        let input = scratch + "/in", out = scratch + "/out"
        try BatchFixtures.write(["top.md": BatchFixtures.source(), "2026/06/nota.md": BatchFixtures.source(),
                                 "2026/q2.md": BatchFixtures.source(), ".hidden/skip.md": BatchFixtures.source()], in: input)
        let (summary, rows) = try BatchFixtures.run([input], options: BatchOptions(outputDirectory: out, jobs: 1))
        XCTAssertEqual(summary.exitStatus, 0)
        XCTAssertEqual(BatchFixtures.files(in: out), ["2026/06/nota.pdf", "2026/q2.pdf", "top.pdf"])
        XCTAssertEqual(rows.map(\.output), [out + "/2026/06/nota.pdf", out + "/2026/q2.pdf", out + "/top.pdf"])
    }

    func testSkipExistingRendersOnlyWhatIsMissing() throws {
        let scratch = try BatchFixtures.scratchFolder(self)
        let input = scratch + "/in", out = scratch + "/out"
        try BatchFixtures.write(["a.md": BatchFixtures.source(), "b.md": BatchFixtures.source(), "c.md": BatchFixtures.source()],
                                in: input)
        // a.pdf is whole (ends with %%EOF); c.pdf was cut short (say by a power failure) and is rendered again.
        try BatchFixtures.write(["a.pdf": "%PDF-1.5 kept\n%%EOF\n", "c.pdf": "%PDF-1.5 cut sh"], in: out)
        let (summary, rows) = try BatchFixtures.run([input], options: BatchOptions(outputDirectory: out, skipExisting: true))
        XCTAssertEqual(summary.counts, BatchCounts(rendered: 2, failed: 0, skipped: 1))
        XCTAssertEqual(summary.exitStatus, 0)
        XCTAssertEqual(rows.map(\.status), [.skipped, .ok, .ok])
        XCTAssertEqual(try String(contentsOfFile: out + "/a.pdf", encoding: .utf8), "%PDF-1.5 kept\n%%EOF\n")
        XCTAssertTrue(BatchFixtures.isWholePDF(out + "/b.pdf"))
        XCTAssertTrue(BatchFixtures.isWholePDF(out + "/c.pdf"))
    }

    func testReportHasARowForEveryDocumentAndTheSummary() throws {
        let scratch = try BatchFixtures.scratchFolder(self)
        let input = scratch + "/in", out = scratch + "/out", report = scratch + "/report.json"
        try BatchFixtures.write(["a.md": BatchFixtures.source(), "bad.md": BatchFixtures.invalidDate], in: input)
        try BatchFixtures.write(["old.pdf": "%PDF-1.5 kept\n%%EOF\n"], in: out)
        let single = scratch + "/old.md"
        try BatchFixtures.write(["old.md": BatchFixtures.source()], in: scratch)
        let options = BatchOptions(outputDirectory: out, jobs: 2, skipExisting: true, reportPath: report)
        let (summary, rows) = try BatchFixtures.run([input, single, scratch + "/missing.md"], options: options)
        XCTAssertEqual(summary.counts, BatchCounts(rendered: 1, failed: 2, skipped: 1))

        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as! [String: Any]
        let written = (json["documents"] as! [[String: Any]]).sorted { ($0["source"] as! String) < ($1["source"] as! String) }
        XCTAssertEqual(written.map { $0["source"] as! String }, [input + "/a.md", input + "/bad.md", scratch + "/missing.md", single])
        XCTAssertEqual(written.map { $0["status"] as! String }, ["ok", "failed", "failed", "skipped"])
        XCTAssertEqual(written.map { $0["output"] as! String }, [out + "/a.pdf", out + "/bad.pdf", "", out + "/old.pdf"])
        XCTAssertEqual(written[0]["pages"] as? Int, 1)
        XCTAssertEqual(written[0]["bytes"] as? Int, rows[0].bytes)
        XCTAssertGreaterThan(rows[0].bytes, 1000)
        XCTAssertEqual(written[0]["diagnostics"] as? [String], [])
        XCTAssertEqual((written[1]["diagnostics"] as! [String]).count, 1)
        XCTAssertTrue((written[1]["diagnostics"] as! [String])[0].hasPrefix(input + "/bad.md:5:7: error: "))
        XCTAssertEqual(written[2]["diagnostics"] as? [String], [scratch + "/missing.md: no such file or folder"])
        XCTAssertEqual(written[3]["bytes"] as? Int, 0)
        XCTAssertNotNil(written[0]["milliseconds"] as? Double)

        let totals = json["summary"] as! [String: Any]
        XCTAssertEqual([totals["rendered"], totals["failed"], totals["skipped"]] as? [Int], [1, 2, 1])
        XCTAssertEqual(totals["seconds"] as? Double, summary.seconds)
        XCTAssertTrue(totals["interruption"] is NSNull)
    }

    func testInterruptedBatchLeavesOnlyWholePDFsAndNoTemporaryFiles() throws {
        let scratch = try BatchFixtures.scratchFolder(self)
        let input = scratch + "/in", out = scratch + "/out"
        var files: [String: String] = [:]
        for index in 0..<40 { files["doc\(index).md"] = BatchFixtures.source(subject: "Nummer \(index)") }
        try BatchFixtures.write(files, in: input)
        let runner = BatchRunner(environment: BatchFixtures.environment, options: BatchOptions(outputDirectory: out, jobs: 2))
        let summary = try runner.run([input]) { _, counts in
            if counts.finished == 3 { runner.cancel(signal: SIGTERM) }
        }
        XCTAssertEqual(summary.interruption, SIGTERM)
        XCTAssertEqual(summary.exitStatus, 143)
        XCTAssertEqual(summary.counts.failed, 0)
        XCTAssertGreaterThanOrEqual(summary.counts.rendered, 3)
        XCTAssertLessThan(summary.counts.rendered, 10)
        let written = BatchFixtures.files(in: out)
        XCTAssertEqual(written.count, summary.counts.rendered)
        XCTAssertEqual(written.filter { !$0.hasSuffix(".pdf") || $0.hasPrefix(".") }, [])
        for name in written { XCTAssertTrue(BatchFixtures.isWholePDF(out + "/" + name), name) }
    }
}
