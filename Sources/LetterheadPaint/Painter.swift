// Paints laid-out pages with Cairo into PDF bytes or PNG page images. One painter per thread, reused.
import CPangoCairo
import Foundation
import LetterheadLayout

public final class Painter {
    private let faces: FontFaces

    public init() throws {
        faces = try FontFaces()
    }

    /// All pages as one PDF, fonts embedded and subset, with the given document information.
    public func pdf(_ pages: [Page], metadata: PDFMetadata) throws -> Data {
        let sink = ByteSink()
        let first = pages.first ?? Page(width: 595.276, height: 841.89)
        let surface = cairo_pdf_surface_create_for_stream({ closure, data, length in
            let sink = Unmanaged<ByteSink>.fromOpaque(closure!).takeUnretainedValue()
            sink.data.append(data!, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(sink).toOpaque(), first.width, first.height)
        defer { cairo_surface_destroy(surface) }
        try PaintError.check(cairo_surface_status(surface), "creating the PDF")
        for (key, value) in [(CAIRO_PDF_METADATA_TITLE, metadata.title), (CAIRO_PDF_METADATA_AUTHOR, metadata.author),
                             (CAIRO_PDF_METADATA_SUBJECT, metadata.subject), (CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords),
                             (CAIRO_PDF_METADATA_CREATOR, metadata.creator), (CAIRO_PDF_METADATA_CREATE_DATE, metadata.createDate)]
        where !value.isEmpty {
            cairo_pdf_surface_set_metadata(surface, key, value)
        }
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        let drawing = PageDrawing(cr: cr, faces: faces, links: true)
        for page in pages {
            cairo_pdf_surface_set_size(surface, page.width, page.height)
            try drawing.draw(page)
            cairo_show_page(cr)
        }
        cairo_surface_finish(surface)
        try PaintError.check(cairo_surface_status(surface), "writing the PDF")
        return sink.data
    }

    /// One page as a PNG image at `dpi` dots per inch, on white.
    public func png(_ page: Page, dpi: Double) throws -> Data {
        let scale = dpi / 72
        let width = Int32((page.width * scale).rounded()), height = Int32((page.height * scale).rounded())
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height)
        defer { cairo_surface_destroy(surface) }
        try PaintError.check(cairo_surface_status(surface), "creating a \(width)×\(height) image")
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        try PageDrawing(cr: cr, faces: faces, links: false).draw(page)
        cairo_surface_flush(surface)
        let sink = ByteSink()
        let status = cairo_surface_write_to_png_stream(surface, { closure, data, length in
            let sink = Unmanaged<ByteSink>.fromOpaque(closure!).takeUnretainedValue()
            sink.data.append(data!, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(sink).toOpaque())
        try PaintError.check(status, "writing the PNG")
        return sink.data
    }
}

/// Collects the bytes Cairo writes.
private final class ByteSink {
    var data = Data()
}
