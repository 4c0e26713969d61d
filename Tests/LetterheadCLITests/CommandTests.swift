// The commands as a user runs them: help, layouts, check, render to PDF and PNG, reproducible bytes.
import Foundation
import XCTest

final class CommandTests: XCTestCase {
    private let example = CommandRunner.checkout.appendingPathComponent("Examples/ind-stand-van-de-uitvoering.md").path

    func testHelpListsEveryCommand() throws {
        let result = try CommandRunner.run(["--help"])
        XCTAssertEqual(result.status, 0)
        let help = String(decoding: result.stdout, as: UTF8.self)
        for command in ["render", "check", "layouts", "compare"] { XCTAssertTrue(help.contains(command), help) }
        let render = String(decoding: try CommandRunner.run(["render", "--help"]).stdout, as: UTF8.self)
        for option in ["--output", "--format", "--dpi", "--page", "--home"] { XCTAssertTrue(render.contains(option), render) }
    }

    func testLayoutsListsNota() throws {
        let result = try CommandRunner.run(["layouts"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(String(decoding: result.stdout, as: UTF8.self).hasPrefix("nota\t"))
    }

    func testCheckTheExample() throws {
        let result = try CommandRunner.run(["check", example])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
    }

    func testRenderIsByteIdenticalAcrossProcesses() throws {
        let folder = try CommandRunner.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        XCTAssertEqual(try CommandRunner.run(["render", example, "-o", "a.pdf"], in: folder).status, 0)
        XCTAssertEqual(try CommandRunner.run(["render", example, "-o", "b.pdf"], in: folder).status, 0)
        let a = try Data(contentsOf: folder.appendingPathComponent("a.pdf"))
        XCTAssertEqual(a, try Data(contentsOf: folder.appendingPathComponent("b.pdf")))
        XCTAssertTrue(String(decoding: a, as: UTF8.self).contains("/CreationDate (D:20260608000000Z)"))
        XCTAssertEqual(try CommandRunner.run(["render", example, "-o", "c.pdf"], in: folder,
                                             environment: ["SOURCE_DATE_EPOCH": "1700000000"]).status, 0)
        let c = try Data(contentsOf: folder.appendingPathComponent("c.pdf"))
        XCTAssertTrue(String(decoding: c, as: UTF8.self).contains("/CreationDate (D:20231114221320Z)"))
    }

    func testRenderToStandardOutput() throws {
        let result = try CommandRunner.run(["render", example, "-o", "-"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout.prefix(5), Data("%PDF-".utf8))
    }

    func testRenderPNGPages() throws {
        let folder = try CommandRunner.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["render", example, "-o", "nota.png", "--dpi", "36"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertEqual(files, ["nota-1.png", "nota-2.png"])
        let png = try Data(contentsOf: folder.appendingPathComponent("nota-1.png"))
        XCTAssertEqual(png.prefix(4), Data([0x89, 0x50, 0x4E, 0x47]))
        // IHDR: width and height, big-endian, at bytes 16..23: A4 at 36 dpi is 298 x 421.
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        XCTAssertEqual([width, height], [298, 421])
        XCTAssertEqual(try CommandRunner.run(["render", example, "-o", "one.png", "--page", "2", "--dpi", "36"], in: folder).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("one.png").path))
        let tooFar = try CommandRunner.run(["render", example, "-o", "x.png", "--page", "9"], in: folder)
        XCTAssertEqual(tooFar.status, 1)
        XCTAssertTrue(tooFar.stderr.contains("2 pages"), tooFar.stderr)
    }

    func testUnknownFormatIsAUsageError() throws {
        let result = try CommandRunner.run(["render", example, "-o", "out.docx"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("--format"), result.stderr)
    }
}
