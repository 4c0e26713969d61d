// Lines drawn as outlines (the wordmark) written as a compressed PDF content stream, once for every document.
//
// The wordmark is a few thousand path operators. Drawn through Cairo it is converted, formatted, compressed,
// then decompressed and compressed again by the finishing step, for every document, although it never changes.
// Here its outlines come from Cairo once, and PDFFinisher puts the stored stream in front of the page's own.
import CPangoCairo
import LetterheadLayout

final class OutlineArtwork {
    private let faces: FontFaces
    /// By wordmark (one per organisation, about 9 KB each); emptied when full, so that memory stays flat.
    private var streams: [[PlacedLine]: [UInt8]] = [:]
    private let capacity = 64

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
        var content: [UInt8] = []
        content.reserveCapacity(1 << 15)
        content.append(contentsOf: "q 1 0 0 -1 0 ".utf8)
        PDFNumber.append(height, to: &content, decimals: 6)  // the page flip, as Cairo writes it
        content.append(contentsOf: " cm /Artifact BMC\n".utf8)
        for line in lines {
            for run in line.line.runs where !run.glyphs.isEmpty {
                for component in [run.color.red, run.color.green, run.color.blue] {
                    PDFNumber.append(component, to: &content)
                    content.append(0x20)
                }
                content.append(contentsOf: "rg\n".utf8)
                try appendOutline(of: run, in: line, to: &content)
                content.append(contentsOf: "f\n".utf8)
            }
        }
        content.append(contentsOf: "EMC Q\n".utf8)
        // Compressed once per painter; the fastest level keeps a single render quick (9 KB instead of 8).
        let stream = try Flate.compress(content, level: 1)
        if streams.count >= capacity { streams.removeAll(keepingCapacity: true) }
        streams[lines] = stream
        return stream
    }

    /// The run's glyph outlines as PDF path operators, in page coordinates (y down).
    private func appendOutline(of run: GlyphRun, in line: PlacedLine, to content: inout [UInt8]) throws {
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
        let data = path.pointee.data!
        var index = 0
        while index < Int(path.pointee.num_data) {
            let header = data[index].header
            for offset in 1..<Int(header.length) {
                PDFNumber.append(data[index + offset].point.x, to: &content)
                content.append(0x20)
                PDFNumber.append(data[index + offset].point.y, to: &content)
                content.append(0x20)
            }
            switch header.type {
            case CAIRO_PATH_MOVE_TO: content.append(contentsOf: "m\n".utf8)
            case CAIRO_PATH_LINE_TO: content.append(contentsOf: "l\n".utf8)
            case CAIRO_PATH_CURVE_TO: content.append(contentsOf: "c\n".utf8)
            default: content.append(contentsOf: "h\n".utf8)
            }
            index += Int(header.length)
        }
    }
}

/// Numbers in PDF content: at most three decimals (a thousandth of a point), no exponent, no trailing zeros.
enum PDFNumber {
    static func text(_ value: Double, decimals: Int = 3) -> String {
        var bytes: [UInt8] = []
        append(value, to: &bytes, decimals: decimals)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `decimals`: 1 to 9; rounded half to even, as printf("%.3f"), which Cairo uses.
    static func append(_ value: Double, to out: inout [UInt8], decimals: Int = 3) {
        var scale: UInt = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((value * Double(scale)).rounded(.toNearestOrEven))
        if scaled < 0 { out.append(UInt8(ascii: "-")) }
        let magnitude = scaled.magnitude
        appendDigits(magnitude / scale, to: &out)
        var fraction = magnitude % scale
        guard fraction != 0 else { return }
        out.append(UInt8(ascii: "."))
        var divisor = scale / 10
        while fraction != 0 {
            out.append(UInt8(ascii: "0") + UInt8(fraction / divisor))
            fraction %= divisor
            divisor /= 10
        }
    }

    private static func appendDigits(_ value: UInt, to out: inout [UInt8]) {
        if value >= 10 { appendDigits(value / 10, to: &out) }
        out.append(UInt8(ascii: "0") + UInt8(value % 10))
    }
}
