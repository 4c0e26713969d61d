// Draws the pieces of a page into a Cairo context: rectangles, and glyph runs as text (or as outlines).
import CPangoCairo
import LetterheadLayout

struct PageDrawing {
    let cr: OpaquePointer
    let faces: FontFaces

    func draw(_ piece: DrawnPiece) throws {
        switch piece {
        case .rectangle(let rect, let color):
            cairo_set_source_rgb(cr, color.red, color.green, color.blue)
            cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
            cairo_fill(cr)
        case .runs(let line, let range):
            for run in line.line.runs[range] where !run.glyphs.isEmpty || !run.text.isEmpty {
                try draw(run, of: line)
            }
        }
    }

    /// Every item of a page, untagged (for images).
    func draw(_ page: Page) throws {
        for item in page.items {
            switch item {
            case .rectangle(let rect, let color): try draw(.rectangle(rect, color))
            case .text(let line): try draw(.runs(line, line.line.runs.indices))
            case .link: continue
            }
        }
        try PaintError.check(cairo_status(cr), "drawing a page")
    }

    private func draw(_ run: GlyphRun, of line: PlacedLine) throws {
        cairo_set_font_face(cr, try faces.face(run.face))
        cairo_set_font_size(cr, run.size)
        cairo_set_source_rgb(cr, run.color.red, run.color.green, run.color.blue)
        let glyphs = run.glyphs.map { cairo_glyph_t(index: UInt($0.id), x: line.origin.x + $0.x, y: line.origin.y + $0.y) }
        if line.role.isDrawnAsOutlines {
            cairo_glyph_path(cr, glyphs, Int32(glyphs.count))
            cairo_fill(cr)
            return
        }
        let clusters = run.clusters.map { cairo_text_cluster_t(num_bytes: Int32($0.bytes), num_glyphs: Int32($0.glyphs)) }
        let text = run.text
        cairo_show_text_glyphs(cr, text, Int32(text.utf8.count), glyphs, Int32(glyphs.count),
                               clusters, Int32(clusters.count), cairo_text_cluster_flags_t(rawValue: 0))
    }

    /// A string value inside a cairo tag attribute: backslash and quote escaped.
    static func escaped(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}
