// Reading files from disk (only I/O throws) and surviving arbitrary bytes: fuzzed input, deep nesting on a small stack.
import Foundation
import LetterheadModel
import LetterheadSource
import XCTest

final class ReadingTests: XCTestCase {
    func testMissingFileThrowsNamingThePath() {
        let url = URL(fileURLWithPath: "/nonexistent/nota.md")
        XCTAssertThrowsError(try SourceReader().read(contentsOf: url)) { error in
            XCTAssertEqual("\(error)", "/nonexistent/nota.md: error: cannot read the file: no such file")
        }
    }

    func testOnlyFileURLsAreRead() {
        XCTAssertThrowsError(try SourceReader().read(contentsOf: URL(string: "https://example.org/nota.md")!)) { error in
            XCTAssertEqual("\(error)", "https://example.org/nota.md: error: cannot read the file: not a file URL")
        }
    }

    func testFolderThrows() {
        let url = FileManager.default.temporaryDirectory
        XCTAssertThrowsError(try SourceReader().read(contentsOf: url)) { error in
            XCTAssertEqual((error as? SourceReadError)?.reason, "it is a folder, not a file")
        }
    }

    func testDiagnosticsOfAFileNameItsPath() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nota-\(UUID().uuidString).md")
        try "---\nsubject: S\n---\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try SourceReader().read(contentsOf: url)
        XCTAssertEqual(result.diagnostics.map(\.location.file), Array(repeating: url.relativePath, count: 3))
    }

    /// Random bytes, and the example with random damage, never crash and always give a document or an error.
    func testArbitraryBytesNeverCrash() throws {
        var generator = SeededGenerator(seed: 2026)
        let example = try Data(contentsOf: repositoryRoot.appendingPathComponent("Examples/ind-stand-van-de-uitvoering.md"))
        let alphabet = Array("---\n:-[]{}*&!|>#`<>_\\\"' \t\r\nabc123é€😀".utf8)
        for run in 0..<600 {
            var bytes: [UInt8]
            switch run % 3 {
            case 0: bytes = (0..<Int.random(in: 0...300, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            case 1: bytes = (0..<Int.random(in: 0...300, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            default:
                bytes = Array(example)
                for _ in 0..<Int.random(in: 1...20, using: &generator) {
                    let at = Int.random(in: 0..<bytes.count, using: &generator)
                    bytes[at] = alphabet.randomElement(using: &generator)!
                }
            }
            if run % 3 == 1 { bytes = Array("---\n".utf8) + bytes }
            for file in ["fuzz.md", "fuzz.json"] {
                let result = SourceReader().read(bytes: Data(bytes), file: file)
                XCTAssertTrue((result.document != nil) != result.diagnostics.hasErrors, "run \(run): \(result.messages)")
                for diagnostic in result.diagnostics {
                    XCTAssertGreaterThanOrEqual(diagnostic.location.line, 1)
                    XCTAssertGreaterThanOrEqual(diagnostic.location.column, 1)
                }
            }
        }
    }

    /// A JSON body is often one long line: every block on it gets its place (placing them must not scan the line
    /// again for each block; the batch benchmark measures speed, and a quadratic placement would take minutes here).
    func testLongSingleLineJSONPlacesEveryBlock() throws {
        let paragraphs = String(repeating: "Een *korte* alinea met **nadruk** en `code`.\\n\\n", count: 4000)
        let json = #"{"meta": {"sender": {"organisation": "X"}, "to": "A", "date": "2026-06-08", "subject": "S"}, "body": ""#
            + paragraphs + #"![beeld](b.png)"}"#
        let result = SourceReader().read(json: Data(json.utf8), file: "lang.json")
        XCTAssertEqual(result.document?.body.count, 4001)
        XCTAssertEqual(result.messages, [
            #"lang.json:1:\#(json.utf8.count - 16): warning: image: not printed; its alt text "beeld" is kept as text"#,
        ])
    }

    /// A batch runner may read on threads with small stacks: nesting at every limit must still fit in 512 KB.
    func testDeepNestingFitsASmallStack() {
        let yamlFlow = String(repeating: "[", count: 63) + String(repeating: "]", count: 63)
        let yamlBlock = (0..<63).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + " x"
        let json = #"{"meta": "# + String(repeating: "[", count: 63) + String(repeating: "]", count: 63) + "}"
        let markdown = String(repeating: "> ", count: 500) + "x\n\n" + String(repeating: "*", count: 2000) + "x"
            + String(repeating: "*", count: 2000) + "\n\n" + (0..<300).map { String(repeating: "  ", count: $0) + "- n" }.joined(separator: "\n")
        let inputs = [
            "---\nstatus: \(yamlFlow)\n---\n", "---\n\(yamlBlock)\n---\n", json, "---\n\(minimalFrontMatter)\n---\n\(markdown)",
        ]
        let done = expectation(description: "read on a small stack")
        let thread = Thread {
            for input in inputs { _ = SourceReader().read(bytes: Data(input.utf8), file: "deep") }
            done.fulfill()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        wait(for: [done], timeout: 60)
    }

    func testReadingIsSafeFromManyThreads() {
        let text = "---\n\(minimalFrontMatter)\n---\n# Kop\n\n| a |\n|---|\n| x |\n"
        let reader = SourceReader()
        DispatchQueue.concurrentPerform(iterations: 64) { _ in
            XCTAssertEqual(reader.read(markdown: text, file: "n.md").diagnostics.count, 1)
        }
    }
}

/// A small deterministic random number generator (SplitMix64), so a failing fuzz run can be repeated.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
