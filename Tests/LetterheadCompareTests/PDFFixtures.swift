// Small PDFs drawn with Cairo for the comparison tests, and helpers to look at the results.
import CPangoCairo
import Foundation
import Testing

let pointsPerMillimetre = 72 / 25.4
let a4 = (width: 595.276, height: 841.89)
let letter = (width: 612.0, height: 792.0)

/// One page to draw: its size in points and what goes on it (coordinates in points, top-left origin).
struct FixturePage {
    var width = a4.width
    var height = a4.height
    var items: [Item] = []

    enum Item {
        /// A filled rectangle, in millimetres, in a grey level (0 black, 1 white).
        case rectangle(x: Double, y: Double, width: Double, height: Double, grey: Double = 0)
        /// A line of text with its baseline at (x, y) millimetres.
        case text(String, x: Double, y: Double, size: Double = 12)
    }
}

/// Cairo, the FreeType face and the test PDFs are drawn one at a time (tests run in parallel).
private let drawingLock = NSLock()

/// DejaVu Sans from the project's Fonts folder, so the fixtures do not depend on the machine's fonts.
nonisolated(unsafe) private var fontFace: OpaquePointer?

private func dejaVuSans() throws -> OpaquePointer {
    if let fontFace { return fontFace }
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fonts/DejaVuSans.ttf").path
    var library: FT_Library?
    try #require(FT_Init_FreeType(&library) == 0)
    var face: FT_Face?
    try #require(FT_New_Face(library, path, 0, &face) == 0, "cannot load \(path)")
    // Both stay alive for the whole test run.
    let created = try #require(cairo_ft_font_face_create_for_ft_face(face, 0))
    fontFace = created
    return created
}

/// Writes a PDF with `pages` to `url`, with `date` as its creation date (the date changes the bytes).
func writePDF(_ url: URL, pages: [FixturePage], date: String = "2026-01-05T09:30:00") throws {
    drawingLock.lock()
    defer { drawingLock.unlock() }
    let font = try dejaVuSans()
    let first = try #require(pages.first)
    let surface = try #require(cairo_pdf_surface_create(url.path, first.width, first.height))
    defer { cairo_surface_destroy(surface) }
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, "Fixture")
    let cr = try #require(cairo_create(surface))
    for page in pages {
        cairo_pdf_surface_set_size(surface, page.width, page.height)
        for item in page.items {
            switch item {
            case .rectangle(let x, let y, let width, let height, let grey):
                cairo_set_source_rgb(cr, grey, grey, grey)
                cairo_rectangle(
                    cr, x * pointsPerMillimetre, y * pointsPerMillimetre, width * pointsPerMillimetre,
                    height * pointsPerMillimetre)
                cairo_fill(cr)
            case .text(let text, let x, let y, let size):
                cairo_set_source_rgb(cr, 0, 0, 0)
                cairo_set_font_face(cr, font)
                cairo_set_font_size(cr, size)
                cairo_move_to(cr, x * pointsPerMillimetre, y * pointsPerMillimetre)
                cairo_show_text(cr, text)
            }
        }
        cairo_show_page(cr)
    }
    cairo_destroy(cr)
    cairo_surface_finish(surface)
    try #require(cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS)
}

/// A fresh temporary folder, removed by `cleanUp`.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "LetterheadCompareTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    func cleanUp() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Counts the pixels of a PNG file that are clearly red (255, 0, 0) and pale red (255, 180, 180),
/// and returns its size.
func redPixels(inPNG url: URL) throws -> (red: Int, paleRed: Int, width: Int, height: Int) {
    let surface = try #require(cairo_image_surface_create_from_png(url.path))
    defer { cairo_surface_destroy(surface) }
    try #require(cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, "cannot read \(url.path)")
    let width = Int(cairo_image_surface_get_width(surface))
    let height = Int(cairo_image_surface_get_height(surface))
    let stride = Int(cairo_image_surface_get_stride(surface))
    let data = try #require(cairo_image_surface_get_data(surface))
    var red = 0
    var paleRed = 0
    for y in 0..<height {
        let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
        for x in 0..<width {
            let pixel = row[x]
            let (r, g, b) = ((pixel >> 16) & 0xFF, (pixel >> 8) & 0xFF, pixel & 0xFF)
            if r > 200 && g < 60 && b < 60 { red += 1 }
            if r > 240 && (150...210).contains(g) && (150...210).contains(b) { paleRed += 1 }
        }
    }
    return (red, paleRed, width, height)
}
