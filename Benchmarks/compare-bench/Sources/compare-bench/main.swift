// Generates pairs of A4 nota-like PDFs with Cairo, then times comparePDFs and compareFolders.
// Usage: compare-bench [pairs = 40] [pages per document = 3] [jobs = all cores] [--keep]
import CPangoCairo
import CPopplerLoader
import Foundation
import LetterheadCompare

let arguments = CommandLine.arguments.dropFirst().filter { !$0.hasPrefix("--") }
let keep = CommandLine.arguments.contains("--keep")
let pairs = arguments.count > 0 ? Int(arguments[arguments.startIndex])! : 40
let pagesPerDocument = arguments.count > 1 ? Int(arguments[arguments.startIndex + 1])! : 3
let jobs = arguments.count > 2 ? Int(arguments[arguments.startIndex + 2])! : ProcessInfo.processInfo.activeProcessorCount

let root = FileManager.default.temporaryDirectory.appendingPathComponent("compare-bench-\(getpid())")
let expectedFolder = root.appendingPathComponent("expected")
let actualFolder = root.appendingPathComponent("actual")
for folder in [expectedFolder, actualFolder] {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
}

let words = """
    De minister van Financiën stuurt de Tweede Kamer hierbij de beantwoording van de vragen over de \
    uitvoering van de regeling en de gevolgen voor de begroting van het komende jaar zoals besproken \
    in het overleg met de betrokken ministeries en de uitvoeringsorganisaties
    """.split(separator: " ").map(String.init)

/// Draws a nota of `pages` A4 pages: a logo bar, a reference column and 48 lines of 10 pt text.
/// `variant` 0: the reference drawing; 1: a word changed on the last page; 2: a block moved 3 mm.
func writeNota(_ url: URL, pages: Int, variant: Int, date: String) {
    let surface = cairo_pdf_surface_create(url.path, 595.276, 841.89)!
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
    let cr = cairo_create(surface)!
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
    for page in 1...pages {
        cairo_set_source_rgb(cr, 0.08, 0.26, 0.46)
        cairo_rectangle(cr, 270, 0, 55, 100)
        cairo_fill(cr)
        cairo_set_source_rgb(cr, 0, 0, 0)
        cairo_set_font_size(cr, 7)
        for line in 0..<12 {
            cairo_move_to(cr, 470, 170 + Double(line) * 10)
            cairo_show_text(cr, "Referentie \(line + 1)")
        }
        cairo_set_font_size(cr, 10)
        for line in 0..<48 {
            var text = (0..<10).map { words[(line * 7 + $0 + page) % words.count] }
            if variant == 1 && page == pages && line == 20 { text[3] = "staatssecretaris" }
            cairo_move_to(cr, 75, 250 + Double(line) * 12)
            cairo_show_text(cr, text.joined(separator: " "))
        }
        let shift = variant == 2 && page == 1 ? 8.5 : 0
        cairo_set_source_rgb(cr, 0.85, 0.85, 0.85)
        cairo_rectangle(cr, 75 + shift, 200, 120, 30)
        cairo_fill(cr)
        cairo_show_page(cr)
    }
    cairo_destroy(cr)
    cairo_surface_finish(surface)
    precondition(cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS)
    cairo_surface_destroy(surface)
}

// Pairs: one in four byte-identical, one in four the same drawing with another date (rasterized,
// equal), one in four a changed word, one in four a moved block.
for pair in 0..<pairs {
    let name = String(format: "nota-%03d.pdf", pair)
    let expected = expectedFolder.appendingPathComponent(name)
    let actual = actualFolder.appendingPathComponent(name)
    writeNota(expected, pages: pagesPerDocument, variant: 0, date: "2026-01-05T09:30:00")
    switch pair % 4 {
    case 0: try FileManager.default.copyItem(at: expected, to: actual)
    case 1: writeNota(actual, pages: pagesPerDocument, variant: 0, date: "2026-02-01T10:00:00")
    case 2: writeNota(actual, pages: pagesPerDocument, variant: 1, date: "2026-01-05T09:30:00")
    default: writeNota(actual, pages: pagesPerDocument, variant: 2, date: "2026-01-05T09:30:00")
    }
}

/// Wall-clock and CPU milliseconds of `body` (CPU of the whole process, all threads): other
/// processes on a busy machine stretch the first but hardly the second.
func milliseconds(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    func cpuNow() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000
    }
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = cpuNow()
    try body()
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6, cpuNow() - cpuStart)
}

let names = (0..<pairs).map { String(format: "nota-%03d.pdf", $0) }
let rasterizedNames = names.enumerated().filter { $0.offset % 4 != 0 }.map(\.element)
let rasterizedPagePairs = rasterizedNames.count * pagesPerDocument

print("\(pairs) pairs of \(pagesPerDocument)-page A4 notas, 100 dpi, \(rasterizedPagePairs) page pairs rasterized")

/// Baseline: poppler-glib alone, load + render of each page into a white RGB24 surface at 100 dpi.
func rasterizeWithPopplerOnly(_ url: URL) -> Int {
    if let failure = lh_poppler_load() { fatalError(String(cString: failure)) }
    let data = try! Data(contentsOf: url)
    let bytes = data.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
    defer { g_bytes_unref(bytes) }
    let document = lh_poppler_document_new_from_bytes(bytes, nil, nil)!
    defer { lh_g_object_unref(UnsafeMutableRawPointer(document)) }
    let count = Int(lh_poppler_document_get_n_pages(document))
    for index in 0..<count {
        let page = lh_poppler_document_get_page(document, Int32(index))!
        var width = 0.0
        var height = 0.0
        lh_poppler_page_get_size(page, &width, &height)
        let surface = cairo_image_surface_create(
            CAIRO_FORMAT_RGB24, Int32((width * 100 / 72).rounded(.up)), Int32((height * 100 / 72).rounded(.up)))
        let cr = cairo_create(surface)
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, 100.0 / 72, 100.0 / 72)
        lh_poppler_page_render_for_printing(page, cr)
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
        lh_g_object_unref(UnsafeMutableRawPointer(page))
    }
    return count
}

do {
    _ = rasterizeWithPopplerOnly(expectedFolder.appendingPathComponent(names[0]))
    var pages = 0
    let time = milliseconds {
        for name in rasterizedNames { pages += rasterizeWithPopplerOnly(expectedFolder.appendingPathComponent(name)) }
    }
    print(String(format: "poppler alone (load + render), 1 thread: %.1f ms per page (CPU %.1f ms)", time.wall / Double(pages), time.cpu / Double(pages)))
}

for (label, options) in [
    ("pixels + text", CompareOptions()),
    ("pixels only", CompareOptions(compareText: false)),
] {
    // Warm up once (fontconfig, poppler's font cache), then time the rasterized pairs one by one.
    _ = try comparePDFs(
        expected: expectedFolder.appendingPathComponent(names[1 % pairs]),
        actual: actualFolder.appendingPathComponent(names[1 % pairs]), options: options)
    var differing = 0
    let time = try milliseconds {
        for name in rasterizedNames {
            let result = try comparePDFs(
                expected: expectedFolder.appendingPathComponent(name), actual: actualFolder.appendingPathComponent(name),
                options: options)
            if !result.equal { differing += 1 }
        }
    }
    print(
        String(
            format: "comparePDFs, %@, 1 thread: %.1f ms per page pair (2 pages rasterized; CPU %.1f ms), %.1f ms per file; %d of %d differ",
            label, time.wall / Double(rasterizedPagePairs), time.cpu / Double(rasterizedPagePairs),
            time.wall / Double(rasterizedNames.count), differing, rasterizedNames.count))
}

let identicalNames = names.enumerated().filter { $0.offset % 4 == 0 }.map(\.element)
let identicalTime = try milliseconds {
    for name in identicalNames {
        let result = try comparePDFs(
            expected: expectedFolder.appendingPathComponent(name), actual: actualFolder.appendingPathComponent(name))
        precondition(result.byteIdentical)
    }
}
print(String(format: "byte-identical fast path: %.2f ms per file", identicalTime.wall / Double(max(1, identicalNames.count))))

for workers in Set([1, jobs]).sorted() {
    var comparison: FolderComparison?
    let time = try milliseconds {
        comparison = try compareFolders(expected: expectedFolder, actual: actualFolder, jobs: workers)
    }
    let totalPages = pairs * pagesPerDocument
    print(
        String(
            format: "compareFolders, %d job(s): %.0f ms for %d files (CPU %.0f ms), %.1f ms per page (all files), exit %d",
            workers, time.wall, pairs, time.cpu, time.wall / Double(totalPages), comparison!.exitCode))
}

if keep {
    let diffs = root.appendingPathComponent("diffs")
    let comparison = try compareFolders(
        expected: expectedFolder, actual: actualFolder, options: CompareOptions(diffDirectory: diffs), jobs: jobs)
    try writeHTMLReport(comparison, to: root.appendingPathComponent("report.html"))
    print(describe(comparison))
    print("kept \(root.path)")
} else {
    try FileManager.default.removeItem(at: root)
}
