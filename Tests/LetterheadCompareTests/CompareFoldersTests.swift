import Foundation
import Testing

@testable import LetterheadCompare

@Suite struct CompareFoldersTests {
    /// expected: same.pdf, moved.pdf, gone.pdf, broken.pdf, sub/deep.pdf, readme.txt
    /// actual:   same.pdf, moved.pdf (rectangle moved), new.pdf, broken.pdf (truncated), sub/deep.pdf (word changed)
    func makeFolders(_ folder: TemporaryFolder) throws -> (expected: URL, actual: URL) {
        let expected = folder.file("expected")
        let actual = folder.file("actual")
        for url in [expected, actual] {
            try FileManager.default.createDirectory(at: url.appendingPathComponent("sub"), withIntermediateDirectories: true)
        }
        try writePDF(expected.appendingPathComponent("same.pdf"), pages: nota())
        try writePDF(actual.appendingPathComponent("same.pdf"), pages: nota(), date: "2030-01-01T00:00:00")
        try writePDF(expected.appendingPathComponent("moved.pdf"), pages: nota(rectangleX: 50))
        try writePDF(actual.appendingPathComponent("moved.pdf"), pages: nota(rectangleX: 60))
        try writePDF(expected.appendingPathComponent("gone.pdf"), pages: nota())
        try writePDF(actual.appendingPathComponent("new.pdf"), pages: nota())
        try writePDF(expected.appendingPathComponent("broken.pdf"), pages: nota())
        let bytes = try Data(contentsOf: expected.appendingPathComponent("broken.pdf"))
        try bytes.prefix(300).write(to: actual.appendingPathComponent("broken.pdf"))
        try writePDF(expected.appendingPathComponent("sub/deep.pdf"), pages: nota(official: "minister"))
        try writePDF(actual.appendingPathComponent("sub/deep.pdf"), pages: nota(official: "premier"))
        try Data("not compared".utf8).write(to: expected.appendingPathComponent("readme.txt"))
        return (expected, actual)
    }

    @Test func comparesFilesWithTheSameNameAndReportsMissingAndExtraOnes() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let (expected, actual) = try makeFolders(folder)
        let diffs = folder.file("report/diffs")

        let comparison = try compareFolders(
            expected: expected, actual: actual, options: CompareOptions(diffDirectory: diffs), jobs: 2)
        let statuses = Dictionary(uniqueKeysWithValues: comparison.entries.map { ($0.name, $0.status) })
        #expect(
            statuses == [
                "broken.pdf": .error, "gone.pdf": .missing, "moved.pdf": .differ, "new.pdf": .extra,
                "same.pdf": .equal, "sub/deep.pdf": .differ,
            ])
        #expect(comparison.entries.map(\.name) == ["broken.pdf", "gone.pdf", "moved.pdf", "new.pdf", "same.pdf", "sub/deep.pdf"])
        #expect(!comparison.equal)
        #expect(comparison.exitCode == 2)
        #expect(comparison.count(.differ) == 2)

        let broken = try #require(comparison.entries.first { $0.name == "broken.pdf" })
        #expect(broken.error == .truncated(actual.appendingPathComponent("broken.pdf")))
        let moved = try #require(comparison.entries.first { $0.name == "moved.pdf" }?.result)
        #expect(moved.differences.map(\.page) == [2])
        #expect(moved.differences.first?.images.diff == diffs.appendingPathComponent("moved-p2-diff.png"))
        let deep = try #require(comparison.entries.first { $0.name == "sub/deep.pdf" }?.result)
        #expect(deep.differences.first?.textChange?.added == ["premier"])
        #expect(deep.differences.first?.images.diff == diffs.appendingPathComponent("sub/deep-p1-diff.png"))
        #expect(FileManager.default.fileExists(atPath: diffs.appendingPathComponent("sub/deep-p1-diff.png").path))
        #expect(comparison.entries.first { $0.name == "same.pdf" }?.result?.byteIdentical == false)

        let summary = describe(comparison)
        let lines = summary.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasPrefix("file"))
        #expect(lines[0].contains("status") && lines[0].contains("differing pages"))
        #expect(lines.contains { $0.hasPrefix("moved.pdf") && $0.contains("differ") && $0.contains(" 2 ") })
        #expect(lines.contains { $0.hasPrefix("gone.pdf") && $0.contains("missing") && $0.contains("not in actual") })
        #expect(lines.contains { $0.hasPrefix("same.pdf") && $0.contains("equal") && $0.contains("0.000%") })
        #expect(lines.contains("sub/deep.pdf: differ: 1 of 2 pages"))
        #expect(lines.contains { $0.hasPrefix("broken.pdf: error: ") && $0.contains("truncated") })
        #expect(lines.last == "6 files: 1 equal, 2 differ, 1 missing, 1 extra, 1 error")
    }

    @Test func oneJobGivesTheSameResultAsTwo() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let (expected, actual) = try makeFolders(folder)
        let one = try compareFolders(expected: expected, actual: actual, jobs: 1)
        let two = try compareFolders(expected: expected, actual: actual, jobs: 2)
        #expect(one == two)
    }

    @Test func equalFoldersExitWithZeroAndWithoutErrorsWithOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let expected = folder.file("e")
        let actual = folder.file("a")
        for url in [expected, actual] { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        try writePDF(expected.appendingPathComponent("x.pdf"), pages: nota())
        try writePDF(actual.appendingPathComponent("x.pdf"), pages: nota())
        #expect(try compareFolders(expected: expected, actual: actual).exitCode == 0)
        try writePDF(expected.appendingPathComponent("y.pdf"), pages: nota())
        let missing = try compareFolders(expected: expected, actual: actual)
        #expect(missing.exitCode == 1)
        #expect(missing.entries.map(\.status) == [.equal, .missing])
    }

    @Test func aFolderThatIsNotThereIsAnError() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try writePDF(folder.file("x.pdf"), pages: nota())
        #expect(throws: CompareError.cannotRead(folder.file("nope"), reason: "no such folder")) {
            try compareFolders(expected: folder.url, actual: folder.file("nope"))
        }
        #expect(throws: CompareError.notADirectory(folder.file("x.pdf"))) {
            try compareFolders(expected: folder.file("x.pdf"), actual: folder.url)
        }
    }

    @Test func htmlReportShowsTheImagesOfEachDifferingPage() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let (expected, actual) = try makeFolders(folder)
        let reportFolder = folder.file("report")
        let comparison = try compareFolders(
            expected: expected, actual: actual,
            options: CompareOptions(diffDirectory: reportFolder.appendingPathComponent("diffs")), jobs: 2)
        let report = reportFolder.appendingPathComponent("report.html")
        try writeHTMLReport(comparison, to: report)

        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        let sources = imageSources(in: html)
        #expect(
            sources == [
                "diffs/moved-p2-expected.png", "diffs/moved-p2-actual.png", "diffs/moved-p2-diff.png",
                "diffs/sub/deep-p1-expected.png", "diffs/sub/deep-p1-actual.png", "diffs/sub/deep-p1-diff.png",
            ])
        for source in sources {
            #expect(FileManager.default.fileExists(atPath: reportFolder.appendingPathComponent(source).path), "\(source)")
        }
        #expect(html.contains("<td class=\"missing\">missing</td>"))
        #expect(html.contains("truncated"))
        #expect(html.contains("&quot;minister&quot; → &quot;premier&quot;"))

        // Images outside the report's folder get a relative path with "..".
        let elsewhere = folder.file("elsewhere/report.html")
        try writeHTMLReport(comparison, to: elsewhere)
        let relative = imageSources(in: try String(contentsOf: elsewhere, encoding: .utf8))
        #expect(relative.first == "../report/diffs/moved-p2-expected.png")

        // Embedded: one self-contained file.
        let embedded = folder.file("embedded.html")
        try writeHTMLReport(comparison, to: embedded, embedImages: true)
        let embeddedSources = imageSources(in: try String(contentsOf: embedded, encoding: .utf8))
        #expect(embeddedSources.count == 6)
        #expect(embeddedSources.allSatisfy { $0.hasPrefix("data:image/png;base64,iVBORw0KGgo") })
    }

    @Test func htmlReportOfOneFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try writePDF(folder.file("expected.pdf"), pages: nota(rectangleX: 50))
        try writePDF(folder.file("actual.pdf"), pages: nota(rectangleX: 70))
        let result = try comparePDFs(
            expected: folder.file("expected.pdf"), actual: folder.file("actual.pdf"),
            options: CompareOptions(diffDirectory: folder.file("out")))
        try writeHTMLReport(result, to: folder.file("out/report.html"))
        let html = try String(contentsOf: folder.file("out/report.html"), encoding: .utf8)
        #expect(imageSources(in: html) == ["actual-p2-expected.png", "actual-p2-actual.png", "actual-p2-diff.png"])
    }

    func imageSources(in html: String) -> [String] {
        html.components(separatedBy: "<img src=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }
}

@Suite struct WordDiffTests {
    @Test func replacementInsertionAndDeletion() {
        #expect(diffWords(["a", "b", "c"], ["a", "x", "c"]) == [TextHunk(removed: ["b"], added: ["x"], expectedWordIndex: 1)])
        #expect(diffWords(["a", "c"], ["a", "b", "c"]) == [TextHunk(removed: [], added: ["b"], expectedWordIndex: 1)])
        #expect(diffWords(["a", "b", "c"], ["a", "c"]) == [TextHunk(removed: ["b"], added: [], expectedWordIndex: 1)])
        #expect(diffWords(["a"], ["a"]).isEmpty)
    }

    @Test func separateChangesAreSeparateHunks() {
        let old = "De minister stuurt de nota op 5 januari aan de Kamer".split(separator: " ").map(String.init)
        let new = "De staatssecretaris stuurt de nota op 12 januari aan de Tweede Kamer".split(separator: " ").map(String.init)
        #expect(
            diffWords(old, new) == [
                TextHunk(removed: ["minister"], added: ["staatssecretaris"], expectedWordIndex: 1),
                TextHunk(removed: ["5"], added: ["12"], expectedWordIndex: 6),
                TextHunk(removed: [], added: ["Tweede"], expectedWordIndex: 10),
            ])
    }

    @Test func whiteSpaceDoesNotCount() {
        #expect(wordChange(expected: "Nota aan\nde minister", actual: "Nota  aan de\n minister ") == nil)
        #expect(wordChange(expected: "5\u{00A0}januari\u{2003}2026", actual: "5 januari 2026") == nil)
        #expect(wordChange(expected: "coördinatie", actual: "coo\u{0308}rdinatie") == nil)
    }

    @Test func wordsHyphenatedAtALineEndAreJoined() {
        #expect(
            words(of: "de Arbeidsonge-\nschiktheidsverzekering en co\u{00AD}\nördinatie of ver\u{00AD}zekering")
                == ["de", "Arbeidsongeschiktheidsverzekering", "en", "coördinatie", "of", "verzekering"])
        // A hyphen after a space or before a space stays.
        #expect(words(of: "Immigratie- en\nNaturalisatiedienst -\nbijlage") == ["Immigratie-", "en", "Naturalisatiedienst", "-", "bijlage"])
        #expect(
            wordChange(expected: "Arbeids-\nongeschiktheid", actual: "Arbeidsonge\u{00AD}\nschiktheid") == nil)
        let change = wordChange(expected: "een twee drie", actual: "een drie vier")
        #expect(change?.removed == ["twee"])
        #expect(change?.added == ["vier"])
        #expect(change?.hunks.map(\.description) == ["removed \"twee\"", "added \"vier\""])
    }
}
