// Lines drawn as outlines (the wordmark) written as a compressed PDF content stream, once for every document.
//
// The wordmark is a few thousand path operators. Drawn through Cairo it is converted, formatted, compressed,
// then decompressed and compressed again by the finishing step, for every document, although it never changes.
// Here its outlines come from Cairo once, and PDFFinisher puts the stored stream in front of the page's own.
import CPangoCairo
import Foundation
import LetterheadLayout

final class OutlineArtwork {
    private let faces: FontFaces
    private var streams: [[PlacedLine]: [UInt8]] = [:]

    init(faces: FontFaces) {
        self.faces = faces
    }

    /// The lines of a page that become artwork: drawn as outlines and held by no structure element.
    static func lines(of page: Page) -> [PlacedLine] {
        page.lines.filter { $0.role.isDrawnAsOutlines && $0.isArtifact }
    }

    /// The page without its artwork lines (what Cairo draws).
    static func remainder(of page: Page) -> Page {
        var page = page
        page.items.removeAll { if case .text(let line) = $0 { line.role.isDrawnAsOutlines && line.isArtifact } else { false } }
        return page
    }

    /// A Flate-compressed content stream that fills the lines' outlines as an artifact, in a page `height` high.
    func stream(for lines: [PlacedLine], pageHeight height: Double) throws -> [UInt8] {
        if let stream = streams[lines] { return stream }
        var text = "q 1 0 0 -1 0 \(String(format: "%.6f", height)) cm /Artifact BMC\n"  // the page flip, as Cairo writes it
        for line in lines {
            for run in line.line.runs where !run.glyphs.isEmpty {
                text += "\(PDFNumber.text(run.color.red)) \(PDFNumber.text(run.color.green)) \(PDFNumber.text(run.color.blue)) rg\n"
                text += try outline(of: run, in: line)
                text += "f\n"
            }
        }
        text += "EMC Q\n"
        let stream = try Flate.compress(Array(text.utf8))
        streams[lines] = stream
        return stream
    }

    /// The run's glyph outlines as PDF path operators, in page coordinates (y down).
    private func outline(of run: GlyphRun, in line: PlacedLine) throws -> String {
        let surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nil)
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        // Unhinted, as on a PDF surface: hinting would fit the outlines to a grid of 1/72 inch.
        let options = cairo_font_options_create()
        defer { cairo_font_options_destroy(options) }
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_set_font_options(cr, options)
        cairo_set_font_face(cr, try faces.face(run.face))
        cairo_set_font_size(cr, run.size)
        let glyphs = run.glyphs.map { cairo_glyph_t(index: UInt($0.id), x: line.origin.x + $0.x, y: line.origin.y + $0.y) }
        cairo_glyph_path(cr, glyphs, Int32(glyphs.count))
        guard let path = cairo_copy_path(cr) else { throw PaintError("Cairo gives no outline for the wordmark") }
        defer { cairo_path_destroy(path) }
        try PaintError.check(path.pointee.status, "tracing the wordmark")
        var text = ""
        var index = 0
        while index < Int(path.pointee.num_data) {
            let header = path.pointee.data[index].header
            let points = (1..<Int(header.length)).map { path.pointee.data[index + $0].point }
            let coordinates = points.map { "\(PDFNumber.text($0.x)) \(PDFNumber.text($0.y))" }.joined(separator: " ")
            switch header.type {
            case CAIRO_PATH_MOVE_TO: text += coordinates + " m\n"
            case CAIRO_PATH_LINE_TO: text += coordinates + " l\n"
            case CAIRO_PATH_CURVE_TO: text += coordinates + " c\n"
            default: text += "h\n"
            }
            index += Int(header.length)
        }
        return text
    }
}

/// Numbers in PDF content: at most three decimals (a thousandth of a point), no exponent, no trailing zeros.
enum PDFNumber {
    static func text(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded(.toNearestOrEven))  // as printf("%.3f"), which Cairo uses
        let sign = thousandths < 0 ? "-" : ""
        let whole = abs(thousandths) / 1000, fraction = abs(thousandths) % 1000
        guard fraction != 0 else { return thousandths == 0 ? "0" : sign + String(whole) }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 3 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return sign + String(whole) + "." + digits
    }
}
