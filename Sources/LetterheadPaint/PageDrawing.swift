// Draws one page of positioned items into a Cairo context: rectangles, glyph runs, link areas.
import CPangoCairo
import LetterheadLayout

struct PageDrawing {
    let cr: OpaquePointer
    let faces: FontFaces
    /// Link annotations are written only into PDF.
    let links: Bool

    func draw(_ page: Page) throws {
        for item in page.items {
            switch item {
            case .rectangle(let rect, let color):
                cairo_set_source_rgb(cr, color.red, color.green, color.blue)
                cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
                cairo_fill(cr)
            case .text(let line):
                try draw(line)
            case .link(let rect, let target):
                guard links else { continue }
                let attributes = "rect=[\(rect.x) \(rect.y) \(rect.width) \(rect.height)] uri='\(Self.escaped(target))'"
                cairo_tag_begin(cr, CAIRO_TAG_LINK, attributes)
                cairo_tag_end(cr, CAIRO_TAG_LINK)
            }
        }
        try PaintError.check(cairo_status(cr), "drawing a page")
    }

    private func draw(_ line: PlacedLine) throws {
        for run in line.line.runs where !run.glyphs.isEmpty || !run.text.isEmpty {
            cairo_set_font_face(cr, try faces.face(run.face))
            cairo_set_font_size(cr, run.size)
            cairo_set_source_rgb(cr, run.color.red, run.color.green, run.color.blue)
            let glyphs = run.glyphs.map {
                cairo_glyph_t(index: UInt($0.id), x: line.origin.x + $0.x, y: line.origin.y + $0.y)
            }
            let clusters = run.clusters.map { cairo_text_cluster_t(num_bytes: Int32($0.bytes), num_glyphs: Int32($0.glyphs)) }
            if line.role.isDrawnAsOutlines {
                cairo_glyph_path(cr, glyphs, Int32(glyphs.count))
                cairo_fill(cr)
                continue
            }
            let text = run.text
            cairo_show_text_glyphs(cr, text, Int32(text.utf8.count), glyphs, Int32(glyphs.count),
                                   clusters, Int32(clusters.count), cairo_text_cluster_flags_t(rawValue: 0))
        }
    }

    /// A string value inside a cairo tag attribute: backslash and quote escaped.
    static func escaped(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}
