// Reading a PDF with poppler-glib (loaded at run time): the only code here that sees a Poppler pointer.
// A document is used by one thread at a time; separate documents on separate threads are fine.
import CPangoCairo
import CPopplerLoader
import Foundation

/// The bytes of a file that looks like a whole PDF (header at the start, %%EOF at the end).
struct PDFBytes {
    let url: URL
    let data: Data

    /// Reads the file and checks its frame; throws `CompareError` naming the file.
    init(contentsOf url: URL) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw CompareError.cannotRead(url, reason: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw CompareError.cannotRead(url, reason: "it is a folder, not a file")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CompareError.cannotRead(url, reason: Self.reason(error))
        }
        try self.init(url: url, data: data)
    }

    init(url: URL, data: Data) throws {
        guard !data.isEmpty else { throw CompareError.emptyFile(url) }
        // Readers accept the header anywhere in the first 1024 bytes and %%EOF anywhere in the last 1024.
        let head = data.prefix(1024)
        guard head.range(of: Data("%PDF-".utf8)) != nil else { throw CompareError.notAPDF(url) }
        let tail = data.suffix(1024)
        guard tail.range(of: Data("%%EOF".utf8)) != nil else { throw CompareError.truncated(url) }
        self.url = url
        self.data = data
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue))
        }
        return nsError.localizedDescription
    }
}

/// Owns a PopplerDocument.
final class PDFDocument {
    let url: URL
    let pageCount: Int
    private let document: OpaquePointer

    /// Throws `CompareError.popplerUnavailable` when poppler-glib cannot be loaded, before looking at the bytes.
    init(_ bytes: PDFBytes) throws {
        try Poppler.load()
        url = bytes.url
        // g_bytes_new copies: the document does not depend on the Swift Data staying alive.
        let gBytes = bytes.data.withUnsafeBytes { buffer in
            g_bytes_new(buffer.baseAddress, gsize(buffer.count))
        }
        defer { g_bytes_unref(gBytes) }
        var error: UnsafeMutablePointer<GError>?
        guard let document = lh_poppler_document_new_from_bytes(gBytes, nil, &error) else {
            var reason = "poppler cannot open it"
            if let error {
                if let message = error.pointee.message { reason = String(cString: message) }
                g_error_free(error)
            }
            throw CompareError.damaged(bytes.url, reason: reason)
        }
        if let error { g_error_free(error) }
        self.document = document
        pageCount = Int(lh_poppler_document_get_n_pages(document))
        guard pageCount > 0 else {
            lh_g_object_unref(UnsafeMutableRawPointer(document))
            throw CompareError.damaged(bytes.url, reason: "it has no pages")
        }
    }

    deinit {
        lh_g_object_unref(UnsafeMutableRawPointer(document))
    }

    /// Page `number`, 1-based.
    func page(_ number: Int) throws -> PDFPage {
        guard let page = lh_poppler_document_get_page(document, Int32(number - 1)) else {
            throw CompareError.damaged(url, reason: "page \(number) cannot be read")
        }
        return PDFPage(page, number: number, document: self)
    }
}

/// Owns a PopplerPage (which itself keeps its document alive; the Swift reference is for clarity).
final class PDFPage {
    let number: Int
    private let page: OpaquePointer
    private let document: PDFDocument

    fileprivate init(_ page: OpaquePointer, number: Int, document: PDFDocument) {
        self.page = page
        self.number = number
        self.document = document
    }

    deinit {
        lh_g_object_unref(UnsafeMutableRawPointer(page))
    }

    var documentURL: URL { document.url }

    /// Width and height in PostScript points.
    var sizeInPoints: (width: Double, height: Double) {
        var width = 0.0
        var height = 0.0
        lh_poppler_page_get_size(page, &width, &height)
        return (width, height)
    }

    var size: PageSize {
        let (width, height) = sizeInPoints
        return PageSize(points: width, height)
    }

    /// The page's text as poppler extracts it (reading order, lines separated by newlines).
    var text: String {
        guard let text = lh_poppler_page_get_text(page) else { return "" }
        defer { g_free(text) }
        return String(cString: text)
    }

    /// Renders the page on white at `dpi` into an RGB24 image, in slot `slot` of `buffers` if given.
    func render(dpi: Double, buffers: PixelBuffers? = nil, slot: Int = 0) throws -> RasterImage {
        let (width, height) = sizeInPoints
        let scale = dpi / 72
        // A hair below the next pixel still counts as that pixel (A4 at 100 dpi: 826.77 → 827).
        let pixelWidth = Int((width * scale - 1e-6).rounded(.up))
        let pixelHeight = Int((height * scale - 1e-6).rounded(.up))
        guard pixelWidth > 0, pixelHeight > 0, pixelWidth <= 32767, pixelHeight <= 32767,
            pixelWidth * pixelHeight <= 100_000_000
        else {
            throw CompareError.cannotRender(
                document.url, page: number,
                reason: "a page of \(size) is \(pixelWidth) × \(pixelHeight) pixels at \(dpi) dpi")
        }
        let image: RasterImage
        do {
            image = try RasterImage(width: pixelWidth, height: pixelHeight, buffers: buffers, slot: slot)
        } catch {
            throw CompareError.cannotRender(document.url, page: number, reason: error.reason)
        }
        let cr = cairo_create(image.surface)
        defer { cairo_destroy(cr) }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        lh_poppler_page_render_for_printing(page, cr)
        let status = cairo_status(cr)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw CompareError.cannotRender(
                document.url, page: number, reason: String(cString: cairo_status_to_string(status)))
        }
        cairo_surface_flush(image.surface)
        return image
    }
}
