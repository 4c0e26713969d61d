// Comparing two PDF files page by page: count, sizes, pixels and text.
import Foundation

/// Compares two PDF files. Byte-identical files are equal without rasterizing. Otherwise each
/// page present in both is rasterized in-process at `options.dpi` and compared pixel by pixel
/// (per-channel tolerance, allowed share of differing pixels), together with its size and its
/// text. A page present in only one file, a size change or a text change always differs.
///
/// With `options.diffDirectory`, writes `<name>-p<page>-expected.png`, `-actual.png` and
/// `-diff.png` for each differing page, where `<name>` is the actual file's name without extension.
///
/// - Throws: `CompareError` when a file cannot be read, is empty, is not a PDF, is truncated or
///   damaged, or an image cannot be written.
public func comparePDFs(
    expected: URL, actual: URL, options: CompareOptions = CompareOptions()
) throws -> ComparisonResult {
    try comparePDFs(
        expected: expected, actual: actual, options: options,
        imageName: actual.deletingPathExtension().lastPathComponent, buffers: PixelBuffers())
}

/// `imageName` may contain slashes: images then go into subfolders of the diff directory.
/// `buffers` holds the page images; a thread reuses its own from file to file.
func comparePDFs(
    expected: URL, actual: URL, options: CompareOptions, imageName: String, buffers: PixelBuffers
) throws -> ComparisonResult {
    try options.validate()
    let expectedBytes = try PDFBytes(contentsOf: expected)
    let actualBytes = try PDFBytes(contentsOf: actual)

    if expectedBytes.data == actualBytes.data {
        // Opening the document still catches a damaged file and gives the page count; no pages are drawn.
        let document = try PDFDocument(expectedBytes)
        return ComparisonResult(
            expected: expected, actual: actual, equal: true, byteIdentical: true,
            expectedPageCount: document.pageCount, actualPageCount: document.pageCount,
            pagesCompared: document.pageCount, differences: [], largestDifferingShare: 0)
    }

    let expectedDocument = try PDFDocument(expectedBytes)
    let actualDocument = try PDFDocument(actualBytes)
    let images = ImageWriter(directory: options.diffDirectory, name: imageName)
    let common = min(expectedDocument.pageCount, actualDocument.pageCount)
    var differences: [PageDifference] = []
    var largestShare = 0.0

    for number in 1...max(expectedDocument.pageCount, actualDocument.pageCount) {
        if number <= common {
            let expectedPage = try expectedDocument.page(number)
            let actualPage = try actualDocument.page(number)
            let (difference, share) = try comparePage(
                expectedPage, actualPage, options: options, images: images, buffers: buffers)
            largestShare = max(largestShare, share)
            if let difference { differences.append(difference) }
        } else {
            let onlyInExpected = number <= expectedDocument.pageCount
            let page = try (onlyInExpected ? expectedDocument : actualDocument).page(number)
            var difference = PageDifference(
                page: number, presence: onlyInExpected ? .onlyInExpected : .onlyInActual,
                expectedSize: onlyInExpected ? page.size : nil, actualSize: onlyInExpected ? nil : page.size,
                box: nil, differingPixels: 0, comparedPixels: 0, textChange: nil, images: PageImages())
            if images.enabled {
                let image = try page.render(dpi: options.dpi, buffers: buffers)
                if onlyInExpected {
                    difference.images.expected = try images.write(image, page: number, kind: "expected")
                } else {
                    difference.images.actual = try images.write(image, page: number, kind: "actual")
                }
            }
            differences.append(difference)
        }
    }

    return ComparisonResult(
        expected: expected, actual: actual, equal: differences.isEmpty, byteIdentical: false,
        expectedPageCount: expectedDocument.pageCount, actualPageCount: actualDocument.pageCount,
        pagesCompared: common, differences: differences, largestDifferingShare: largestShare)
}

/// The difference of two pages with the same number (nil if they are equal within tolerance)
/// and their share of differing pixels.
private func comparePage(
    _ expected: PDFPage, _ actual: PDFPage, options: CompareOptions, images: ImageWriter, buffers: PixelBuffers
) throws -> (PageDifference?, Double) {
    let expectedImage = try expected.render(dpi: options.dpi, buffers: buffers, slot: 0)
    let actualImage = try actual.render(dpi: options.dpi, buffers: buffers, slot: 1)
    let pixels = comparePixels(expectedImage, actualImage, tolerance: options.channelTolerance)
    let textChange = options.compareText ? wordChange(expected: expected.text, actual: actual.text) : nil
    var difference = PageDifference(
        page: expected.number, presence: .both, expectedSize: expected.size, actualSize: actual.size,
        box: pixels.box(dpi: options.dpi), differingPixels: pixels.count, comparedPixels: pixels.comparedPixels,
        textChange: textChange, images: PageImages())
    let share = difference.differingShare
    guard difference.sizeMismatch || share > options.maxDifferingShare || textChange != nil else {
        return (nil, share)
    }
    if images.enabled {
        let diffImage: RasterImage
        do {
            diffImage = try makeDiffImage(expectedImage, actualImage, tolerance: options.channelTolerance)
        } catch {
            throw CompareError.cannotRender(actual.documentURL, page: actual.number, reason: error.reason)
        }
        difference.images = PageImages(
            expected: try images.write(expectedImage, page: expected.number, kind: "expected"),
            actual: try images.write(actualImage, page: expected.number, kind: "actual"),
            diff: try images.write(diffImage, page: expected.number, kind: "diff"))
    }
    return (difference, share)
}

/// Writes the PNG images of one comparison into the diff directory.
private struct ImageWriter {
    let directory: URL?
    let name: String

    var enabled: Bool { directory != nil }

    func write(_ image: RasterImage, page: Int, kind: String) throws -> URL? {
        guard let directory else { return nil }
        let url = directory.appendingPathComponent("\(name)-p\(page)-\(kind).png")
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CompareError.cannotWrite(folder, reason: (error as NSError).localizedDescription)
        }
        try image.writePNG(to: url)
        return url
    }
}
