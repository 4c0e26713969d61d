// Bad sources through the binary: each fails with FILE:LINE:COL, exit status 1, no crash and no output file.
import Foundation
import XCTest

final class BadInputTests: XCTestCase {
    private let valid = """
        ---
        to: Minister van Asiel en Migratie
        sender:
          organisation: Immigratie- en Naturalisatiedienst (IND)
        date: 2026-06-08
        subject: Onderwerp
        ---

        # Aanleiding

        Tekst.

        """

    /// Renders `source` as `name` and checks: exit 1, the expected `file:line:col: error:` prefix, no output.
    private func assertFails(_ source: Data, name: String = "bad.md", line: Int, column: Int? = nil, mentions: String,
                             file: StaticString = #filePath, testLine: UInt = #line) throws {
        let folder = try CommandRunner.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try source.write(to: folder.appendingPathComponent(name))
        let result = try CommandRunner.run(["render", name, "-o", "out.pdf"], in: folder)
        XCTAssertEqual(result.status, 1, result.stderr, file: file, line: testLine)
        let prefix = column.map { "\(name):\(line):\($0): error: " } ?? "\(name):\(line):"
        XCTAssertTrue(result.stderr.contains(prefix), "expected \(prefix) in: \(result.stderr)", file: file, line: testLine)
        XCTAssertTrue(result.stderr.contains(mentions), "expected \(mentions) in: \(result.stderr)", file: file, line: testLine)
        XCTAssertFalse(result.stderr.contains("Fatal error"), file: file, line: testLine)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != name }
        XCTAssertEqual(left, [], "an error left files behind", file: file, line: testLine)
    }

    private func replacing(_ old: String, _ new: String) -> Data { Data(valid.replacingOccurrences(of: old, with: new).utf8) }

    func testValidSourceRenders() throws {
        let folder = try CommandRunner.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(valid.utf8).write(to: folder.appendingPathComponent("good.md"))
        let result = try CommandRunner.run(["render", "good.md", "-o", "out.pdf"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let pdf = try Data(contentsOf: folder.appendingPathComponent("out.pdf"))
        XCTAssertEqual(pdf.prefix(5), Data("%PDF-".utf8))
    }

    func testEmptyFile() throws { try assertFails(Data(), line: 1, column: 1, mentions: "empty") }

    func testBinaryGarbage() throws {
        var bytes = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00])
        bytes.append(contentsOf: (0..<200).map { UInt8(($0 * 37) % 256) })
        try assertFails(bytes, line: 1, mentions: "error")
    }

    func testUnclosedFrontMatter() throws {
        try assertFails(Data(valid.replacingOccurrences(of: "---\n\n#", with: "\n#").utf8), line: 1, column: 1, mentions: "---")
    }

    func testBrokenYAML() throws {
        // libyaml finds the missing "]" where the next line starts, and names the line the list opened on.
        try assertFails(replacing("subject: Onderwerp", "subject: [Onderwerp"), line: 7, mentions: "on line 6")
    }

    func testWrongType() throws {
        try assertFails(replacing("  organisation: Immigratie- en Naturalisatiedienst (IND)", "  organisation: [a, b]"),
                        line: 4, mentions: "sender.organisation")
    }

    func testInvalidDate() throws {
        try assertFails(replacing("date: 2026-06-08", "date: 2026-13-45"), line: 5, column: 7, mentions: "2026-13-45")
    }

    func testMissingRequiredField() throws {
        try assertFails(replacing("subject: Onderwerp\n", ""), line: 1, mentions: "subject")
    }

    func testLayoutNameThatIsAPath() throws {
        try assertFails(replacing("subject: Onderwerp", "subject: Onderwerp\nlayout: ../../etc/passwd"), line: 7,
                        mentions: "layout")
    }

    func testUnknownLayout() throws {
        try assertFails(replacing("subject: Onderwerp", "subject: Onderwerp\nlayout: brief"), line: 7, mentions: "nota")
    }

    func testMissingSourceFile() throws {
        let folder = try CommandRunner.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["render", "nope.md", "-o", "out.pdf"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("nope.md"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.pdf").path))
    }

    func testUnwritableOutputLeavesNothing() throws {
        let folder = try CommandRunner.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(valid.utf8).write(to: folder.appendingPathComponent("good.md"))
        let result = try CommandRunner.run(["render", "good.md", "-o", "missing/out.pdf"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("missing/out.pdf"), result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["good.md"])
    }
}
