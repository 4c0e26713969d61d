// `letterhead batch` as a user runs it: exit status, diagnostics and summary on stderr, the report; SIGTERM mid-run.
import Foundation
import XCTest

final class BatchCommandTests: XCTestCase {
    /// The binary beside the test bundle; on Linux the bundle is the products folder itself.
    private var binary: URL {
        let bundle = Bundle(for: Self.self).bundleURL
        return (bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle).appendingPathComponent("letterhead")
    }

    private func process(_ arguments: [String], in folder: String) -> (Process, Pipe) {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["batch"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["LETTERHEAD_HOME"] = BatchFixtures.checkout.path
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        return (process, errors)
    }

    private func run(_ arguments: [String], in folder: String) throws -> (status: Int32, stderr: String) {
        let (process, errors) = process(arguments, in: folder)
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, stderr)
    }

    func testFolderWithABadDocument() throws {
        let scratch = try BatchFixtures.scratchFolder(self)
        try BatchFixtures.write(["in/a.md": BatchFixtures.source(), "in/sub/b.md": BatchFixtures.source(),
                                 "in/sub/bad.md": BatchFixtures.invalidDate], in: scratch)
        let result = try run(["in", "--out", "out", "--jobs", "2", "--report", "report.json"], in: scratch)
        XCTAssertEqual(result.status, 1, result.stderr)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 2, result.stderr)
        XCTAssertTrue(lines[0].hasPrefix("in/sub/bad.md:5:7: error: date: "), lines[0])
        XCTAssertTrue(lines[1].hasPrefix("letterhead batch: 2 rendered, 1 failed, 0 skipped in "), lines[1])
        XCTAssertEqual(BatchFixtures.files(in: scratch + "/out"), ["a.pdf", "sub/b.pdf"])
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: scratch + "/report.json"))) as! [String: Any]
        XCTAssertEqual((report["documents"] as! [Any]).count, 3)

        let again = try run(["in", "--out", "out", "--skip-existing", "--quiet"], in: scratch)
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("letterhead batch: 0 rendered, 1 failed, 2 skipped in "), again.stderr)
    }

    func testSIGTERMStopsWithTheSummaryAndNoTemporaryFiles() throws {
        let scratch = try BatchFixtures.scratchFolder(self)
        var files: [String: String] = [:]
        for index in 0..<400 { files["in/doc\(index).md"] = BatchFixtures.source(subject: "Nummer \(index)") }
        try BatchFixtures.write(files, in: scratch)
        let (process, errors) = process(["in", "--out", "out", "--jobs", "2"], in: scratch)
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while BatchFixtures.files(in: scratch + "/out").filter({ $0.hasSuffix(".pdf") }).count < 5, Date() < deadline {
            usleep(10_000)
        }
        process.terminate()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 143, stderr)
        let written = BatchFixtures.files(in: scratch + "/out")
        XCTAssertGreaterThanOrEqual(written.count, 5)
        XCTAssertLessThan(written.count, 400)
        XCTAssertEqual(written.filter { !$0.hasSuffix(".pdf") || $0.hasPrefix(".") }, [])
        for name in written { XCTAssertTrue(BatchFixtures.isWholePDF(scratch + "/out/" + name), name) }
        XCTAssertTrue(stderr.contains("letterhead batch: \(written.count) rendered, 0 failed, 0 skipped in "), stderr)
        XCTAssertTrue(stderr.contains("interrupted by signal 15"), stderr)
    }
}
