import Foundation
import LetterheadCompare
import Testing

/// A two-page nota-like fixture: a heading and a block on page 1, a rectangle at `rectangleX` mm on page 2.
func nota(rectangleX: Double = 50, official: String = "minister") -> [FixturePage] {
    [
        FixturePage(items: [
            .rectangle(x: 20, y: 15, width: 40, height: 8),
            .text("Nota aan de \(official) van Financiën", x: 25, y: 60),
            .text("Datum 5 januari 2026", x: 25, y: 70, size: 10),
        ]),
        FixturePage(items: [
            .text("Bijlage", x: 25, y: 40),
            .rectangle(x: rectangleX, y: 100, width: 20, height: 10),
        ]),
    ]
}

@Suite struct ComparePDFsTests {
    @Test func byteIdenticalFilesTakeTheFastPath() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try writePDF(folder.file("a.pdf"), pages: nota())
        try FileManager.default.copyItem(at: folder.file("a.pdf"), to: folder.file("b.pdf"))

        let result = try comparePDFs(expected: folder.file("a.pdf"), actual: folder.file("b.pdf"))
        #expect(result.equal)
        #expect(result.byteIdentical)
        #expect(result.expectedPageCount == 2)
        #expect(result.actualPageCount == 2)
        #expect(result.pagesCompared == 2)
        #expect(result.differences.isEmpty)
        #expect(result.exitCode == 0)
        #expect(describe(result) == "equal: byte-identical, 2 pages")
    }

    @Test func sameDrawingWithAnotherCreationDateIsEqual() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try writePDF(folder.file("a.pdf"), pages: nota(), date: "2026-01-05T09:30:00")
        try writePDF(folder.file("b.pdf"), pages: nota(), date: "2027-03-01T12:00:00")
        #expect(try Data(contentsOf: folder.file("a.pdf")) != Data(contentsOf: folder.file("b.pdf")))

        let result = try comparePDFs(
            expected: folder.file("a.pdf"), actual: folder.file("b.pdf"),
            options: CompareOptions(channelTolerance: 0, diffDirectory: folder.file("diff")))
        #expect(result.equal)
        #expect(!result.byteIdentical)
        #expect(result.pagesCompared == 2)
        #expect(result.largestDifferingShare == 0)
        #expect(result.differences.isEmpty)
        #expect(result.diffImages.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.file("diff").path))
        #expect(describe(result) == "equal: 2 pages within tolerance")
    }

    @Test func movedRectangleIsFoundOnItsPageWithABoxInMillimetres() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try writePDF(folder.file("expected.pdf"), pages: nota(rectangleX: 50))
        try writePDF(folder.file("actual.pdf"), pages: nota(rectangleX: 60))

        let diffFolder = folder.file("diff")
        let result = try comparePDFs(
            expected: folder.file("expected.pdf"), actual: folder.file("actual.pdf"),
            options: CompareOptions(diffDirectory: diffFolder))
        #expect(!result.equal)
        #expect(result.exitCode == 1)
        #expect(result.pagesCompared == 2)
        #expect(result.differences.count == 1)
        let difference = try #require(result.differences.first)
        #expect(difference.page == 2)
        #expect(difference.presence == .both)
        #expect(!difference.sizeMismatch)
        #expect(difference.textChange == nil)
        // Old place 50–70 mm, new place 60–80 mm: the pixels of 50–60 and 70–80 change.
        let box = try #require(difference.box)
        #expect(abs(box.x - 50) < 1, "x \(box.x)")
        #expect(abs(box.y - 100) < 1, "y \(box.y)")
        #expect(abs(box.width - 30) < 1, "width \(box.width)")
        #expect(abs(box.height - 10) < 1, "height \(box.height)")
        // Two areas of 10 × 10 mm at 100 dpi: 2 × 39.37² ≈ 3100 pixels, plus the anti-aliased edges.
        #expect(difference.differingPixels >= 3100 && difference.differingPixels <= 3400, "\(difference.differingPixels) pixels")
        #expect(difference.comparedPixels == 827 * 1170)

        let images = difference.images
        #expect(images.expected == diffFolder.appendingPathComponent("actual-p2-expected.png"))
        #expect(images.actual == diffFolder.appendingPathComponent("actual-p2-actual.png"))
        #expect(images.diff == diffFolder.appendingPathComponent("actual-p2-diff.png"))
        #expect(result.diffImages.count == 3)
        let diffImage = try #require(images.diff)
        let colours = try redPixels(inPNG: diffImage)
        #expect(colours.width == 827 && colours.height == 1170)
        // New place (70–80 mm) in red, old place (50–60 mm) in pale red: about half each.
        #expect(abs(colours.red - difference.differingPixels / 2) < 100, "\(colours.red) red pixels")
        #expect(abs(colours.paleRed - difference.differingPixels / 2) < 100, "\(colours.paleRed) pale red pixels")
        for image in images.all { #expect(FileManager.default.fileExists(atPath: image.path)) }
        // Only the differing page gets images.
        #expect(!FileManager.default.fileExists(atPath: diffFolder.appendingPathComponent("actual-p1-diff.png").path))

        let text = describe(result)
        #expect(text.hasPrefix("differ: 1 of 2 pages\n  page 2: "))
        #expect(text.contains("pixels differ"))
        #expect(text.contains("diff image: \(diffImage.path)"))
    }

    @Test func changedWordIsReportedEvenWhenThePixelsAreWithinTheAllowedShare() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try writePDF(folder.file("expected.pdf"), pages: nota(official: "minister"))
        try writePDF(folder.file("actual.pdf"), pages: nota(official: "staatssecretaris"))

        // Half of a page may differ: only the text change makes page 1 different.
        let result = try comparePDFs(
            expected: folder.file("expected.pdf"), actual: folder.file("actual.pdf"),
            options: CompareOptions(maxDifferingShare: 0.5))
        #expect(!result.equal)
        #expect(result.differences.map(\.page) == [1])
        let difference = try #require(result.differences.first)
        let change = try #require(difference.textChange)
        #expect(change.removed == ["minister"])
        #expect(change.added == ["staatssecretaris"])
        #expect(change.hunks.count == 1)
        #expect(change.hunks.first?.expectedWordIndex == 3)
        // The words after the change moved to the right on the line at 60 mm.
        let box = try #require(difference.box)
        #expect(box.y > 54 && box.y < 60, "y \(box.y)")
        #expect(box.x > 40 && box.x < 60, "x \(box.x)")
        #expect(difference.differingShare > 0 && difference.differingShare < 0.5)
        #expect(describe(result).contains("text: \"minister\" → \"staatssecretaris\""))
    }

    @Test func textIsExtractedWithAccents() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try writePDF(folder.file("expected.pdf"), pages: [FixturePage(items: [.text("Financiën coördinatie", x: 20, y: 30)])])
        try writePDF(folder.file("actual.pdf"), pages: [FixturePage(items: [.text("Financiën coordinatie", x: 20, y: 30)])])
        let result = try comparePDFs(expected: folder.file("expected.pdf"), actual: folder.file("actual.pdf"))
        let change = try #require(result.differences.first?.textChange)
        #expect(change.removed == ["coördinatie"])
        #expect(change.added == ["coordinatie"])
    }

    @Test func channelToleranceAndDifferingShareDecideSmallChanges() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        // Grey 0.50 vs 0.52: about 5 of 255 per channel over a 40 × 20 mm area.
        try writePDF(folder.file("grey1.pdf"), pages: [FixturePage(items: [.rectangle(x: 30, y: 30, width: 40, height: 20, grey: 0.5)])])
        try writePDF(folder.file("grey2.pdf"), pages: [FixturePage(items: [.rectangle(x: 30, y: 30, width: 40, height: 20, grey: 0.52)])])
        let expected = folder.file("grey1.pdf")
        let actual = folder.file("grey2.pdf")

        #expect(try comparePDFs(expected: expected, actual: actual, options: CompareOptions(channelTolerance: 8)).equal)
        let strict = try comparePDFs(expected: expected, actual: actual, options: CompareOptions(channelTolerance: 2))
        #expect(!strict.equal)
        let difference = try #require(strict.differences.first)
        let box = try #require(difference.box)
        #expect(abs(box.x - 30) < 1 && abs(box.y - 30) < 1 && abs(box.width - 40) < 1 && abs(box.height - 20) < 1)
        // 40 × 20 mm of 210 × 297 mm ≈ 1.28 % of the page.
        #expect(abs(difference.differingShare - 0.0128) < 0.001, "\(difference.differingShare)")
        #expect(abs(strict.largestDifferingShare - difference.differingShare) < 1e-12)

        let lenient = try comparePDFs(
            expected: expected, actual: actual, options: CompareOptions(channelTolerance: 2, maxDifferingShare: 0.02))
        #expect(lenient.equal)
        #expect(lenient.largestDifferingShare > 0.012)
        #expect(describe(lenient).hasPrefix("equal: 1 page within tolerance (at most 1.2"))
    }

    @Test func differentPageCountsAreReportedPerPage() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        var three = nota()
        three.append(FixturePage(items: [.text("Derde pagina", x: 20, y: 30)]))
        try writePDF(folder.file("three.pdf"), pages: three)
        try writePDF(folder.file("two.pdf"), pages: nota())

        let shorter = try comparePDFs(
            expected: folder.file("three.pdf"), actual: folder.file("two.pdf"),
            options: CompareOptions(diffDirectory: folder.file("diff")))
        #expect(!shorter.equal)
        #expect(shorter.pageCountMismatch)
        #expect(shorter.expectedPageCount == 3 && shorter.actualPageCount == 2)
        #expect(shorter.pagesCompared == 2)
        #expect(shorter.differences.count == 1)
        let missing = try #require(shorter.differences.first)
        #expect(missing.page == 3)
        #expect(missing.presence == .onlyInExpected)
        #expect(missing.images.expected?.lastPathComponent == "two-p3-expected.png")
        #expect(missing.images.actual == nil)
        #expect(describe(shorter).contains("page 3: missing in actual (it has 2 pages)"))

        let longer = try comparePDFs(expected: folder.file("two.pdf"), actual: folder.file("three.pdf"))
        #expect(longer.differences.map(\.page) == [3])
        #expect(longer.differences.first?.presence == .onlyInActual)
        #expect(describe(longer).contains("page 3: extra in actual (expected has 2 pages)"))
    }

    @Test func differentPageSizeIsReported() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        try writePDF(folder.file("a4.pdf"), pages: [FixturePage(items: [.text("Nota", x: 20, y: 30)])])
        try writePDF(
            folder.file("letter.pdf"),
            pages: [FixturePage(width: letter.width, height: letter.height, items: [.text("Nota", x: 20, y: 30)])])

        let result = try comparePDFs(expected: folder.file("a4.pdf"), actual: folder.file("letter.pdf"))
        #expect(!result.equal)
        let difference = try #require(result.differences.first)
        #expect(difference.sizeMismatch)
        let expectedSize = try #require(difference.expectedSize)
        let actualSize = try #require(difference.actualSize)
        #expect(abs(expectedSize.width - 210) < 0.1 && abs(expectedSize.height - 297) < 0.1)
        #expect(abs(actualSize.width - 215.9) < 0.1 && abs(actualSize.height - 279.4) < 0.1)
        #expect(difference.textChange == nil)
        #expect(describe(result).contains("size 210.0 × 297.0 mm → 215.9 × 279.4 mm"))
    }

    @Test func unreadableFilesThrowErrorsNamingTheFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let good = folder.file("good.pdf")
        try writePDF(good, pages: nota())
        let bytes = try Data(contentsOf: good)

        let text = folder.file("notes.pdf")
        try Data("Dit is geen PDF.\n".utf8).write(to: text)
        let empty = folder.file("empty.pdf")
        try Data().write(to: empty)
        let truncated = folder.file("truncated.pdf")
        try bytes.prefix(bytes.count / 2).write(to: truncated)
        let garbage = folder.file("garbage.pdf")
        try Data("%PDF-1.5\n\(String(repeating: "nonsense ", count: 50))\n%%EOF\n".utf8).write(to: garbage)
        let absent = folder.file("absent.pdf")

        let cases: [(URL, CompareError)] = [
            (text, .notAPDF(text)), (empty, .emptyFile(empty)), (truncated, .truncated(truncated)),
        ]
        for (url, expectedError) in cases {
            #expect(throws: expectedError) { try comparePDFs(expected: good, actual: url) }
            #expect(throws: expectedError) { try comparePDFs(expected: url, actual: good) }
            // Two identical broken files are not equal: they are not PDFs at all.
            #expect(throws: expectedError) { try comparePDFs(expected: url, actual: url) }
        }
        let damaged = #expect(throws: CompareError.self) { try comparePDFs(expected: good, actual: garbage) }
        if case .damaged(let url, _) = damaged {
            #expect(url == garbage)
        } else {
            Issue.record("expected .damaged, got \(String(describing: damaged))")
        }
        let missing = #expect(throws: CompareError.self) { try comparePDFs(expected: absent, actual: good) }
        #expect(missing == .cannotRead(absent, reason: "no such file"))
        #expect(missing?.description == "cannot read \(absent.path): no such file")
        #expect(CompareError.truncated(truncated).description.contains("truncated.pdf"))
        #expect(CompareError.notAPDF(text).description.contains("notes.pdf"))
    }

    @Test func invalidOptionsAreRejected() throws {
        let url = URL(fileURLWithPath: "/nonexistent.pdf")
        #expect(throws: CompareError.self) {
            try comparePDFs(expected: url, actual: url, options: CompareOptions(dpi: 0))
        }
        #expect(throws: CompareError.invalidOptions("the channel tolerance must be between 0 and 255, not 300")) {
            try CompareOptions(channelTolerance: 300).validate()
        }
        #expect(throws: CompareError.self) { try CompareOptions(maxDifferingShare: 2).validate() }
    }

    @Test func missingPopplerSaysWhatToInstall() {
        let reason = "libpoppler-glib.so.8: cannot open shared object file: No such file or directory"
        let error = CompareError.popplerUnavailable(reason: reason)
        #expect(error.file == nil)
        #expect(error.description.hasPrefix("comparing PDFs needs poppler-glib, which cannot be loaded (\(reason)); install it: "))
        #if os(Linux)
        #expect(error.description.hasSuffix("apt-get install libpoppler-glib8"))
        #endif
    }
}
