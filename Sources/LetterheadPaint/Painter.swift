// Paints laid-out pages with Cairo into tagged, finished PDF bytes or PNG page images. One painter per thread.
import CPangoCairo
import Foundation
import LetterheadLayout

public final class Painter {
    private let faces: FontFaces
    private let artwork: OutlineArtwork

    public init() throws {
        CairoStreamCompression.leaveToFinisher()
        faces = try FontFaces()
        artwork = OutlineArtwork(faces: faces)
    }

    /// All pages as one accessible PDF: tagged in reading order, bookmarks for the headings, fonts embedded
    /// and subset, then finished (language, XMP, artifacts) by PDFFinisher. The wordmark's outlines are
    /// stored artwork (OutlineArtwork) put under the page's content.
    public func pdf(_ pages: [Page], outline: [OutlineEntry], metadata: PDFMetadata) throws -> Data {
        let sink = ByteSink()
        let first = pages.first ?? Page(width: 595.276, height: 841.89)
        let surface = cairo_pdf_surface_create_for_stream(ByteSink.write, sink.closure,
                                                          first.width, first.height)
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
        var underlays: [Int: [UInt8]] = [:]
        for (index, page) in pages.enumerated() {
            let lines = OutlineArtwork.lines(of: page)
            if !lines.isEmpty { underlays[index] = try artwork.stream(for: lines, pageHeight: page.height) }
        }
        try drawTagged(pages.map(OutlineArtwork.remainder(of:)), cr: cr, surface: surface)
        addOutline(outline, surface: surface)
        cairo_surface_finish(surface)
        try PaintError.check(cairo_surface_status(surface), "writing the PDF")
        return try PDFFinisher.finish(sink.bytes, metadata: metadata, underlays: underlays)
    }

    /// Draws the pages in reading order, opening and closing structure tags as the plan says. At a page break
    /// only the elements that go on (a paragraph continued on the next page) stay open.
    private func drawTagged(_ pages: [Page], cr: OpaquePointer, surface: OpaquePointer?) throws {
        let drawing = PageDrawing(cr: cr, faces: faces)
        let steps = TaggedContent.plan(pages)
        var open: [TagElement] = []
        func keep(_ path: [TagElement]) {
            let shared = path.sharedPrefixCount(with: open)
            for element in open[shared...].reversed() { cairo_tag_end(cr, element.type) }
            open.removeLast(open.count - shared)
        }
        var next = steps.startIndex
        cairo_tag_begin(cr, "Document", nil)
        for (index, page) in pages.enumerated() {
            // Cairo 1.16 breaks the tag structure when the size is set while tags are open: set it only on change.
            if index > 0, page.width != pages[index - 1].width || page.height != pages[index - 1].height {
                cairo_pdf_surface_set_size(surface, page.width, page.height)
            }
            while next < steps.endIndex, steps[next].page == index {
                let step = steps[next]
                keep(step.path)
                for element in step.path[open.count...] {
                    cairo_tag_begin(cr, element.type, element.attributes)
                    open.append(element)
                }
                try drawing.draw(step.piece)
                next += 1
            }
            keep(next < steps.endIndex ? steps[next].path : [])
            if index == pages.count - 1 { cairo_tag_end(cr, "Document") }
            cairo_show_page(cr)
        }
        try PaintError.check(cairo_status(cr), "drawing the pages")
    }

    /// Bookmarks: one per numbered heading, nested by level, opening at the heading.
    private func addOutline(_ outline: [OutlineEntry], surface: OpaquePointer?) {
        var parents: [(level: Int, id: Int32)] = []
        for entry in outline {
            while let last = parents.last, last.level >= entry.level { parents.removeLast() }
            let parent = parents.last?.id ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
            let target = "page=\(entry.page + 1) pos=[\(entry.x) \(entry.y)]"
            let id = cairo_pdf_surface_add_outline(surface, parent, entry.title, target,
                                                   cairo_pdf_outline_flags_t(rawValue: CAIRO_PDF_OUTLINE_FLAG_OPEN.rawValue))
            parents.append((entry.level, id))
        }
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
        // Unhinted outlines: at preview resolutions hinting would bend small type (6.5 pt is 5 pixels at 60 dpi).
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        cairo_set_font_options(cr, options)
        cairo_font_options_destroy(options)
        cairo_scale(cr, scale, scale)
        try PageDrawing(cr: cr, faces: faces).draw(page)
        cairo_surface_flush(surface)
        let sink = ByteSink()
        try PaintError.check(cairo_surface_write_to_png_stream(surface, ByteSink.write, sink.closure),
                             "writing the PNG")
        return sink.data
    }
}
