// Cairo RGB24 images and the pixel comparison between two of them.
import CPangoCairo
import Foundation

/// A Cairo status that is not success, as an error.
struct CairoError: Error {
    let reason: String

    init(_ status: cairo_status_t) {
        reason = String(cString: cairo_status_to_string(status))
    }
}

extension Error {
    var reason: String { (self as? CairoError)?.reason ?? String(describing: self) }
}

/// Memory for page images that is reused from page to page and file to file: a fresh 4 MB
/// surface per A4 page costs about as much in page faults as drawing the page.
/// One per thread; an image made from it keeps it alive and must be gone before its slot is reused.
final class PixelBuffers {
    private var slots: [(pointer: UnsafeMutableRawPointer, bytes: Int)?] = [nil, nil]

    /// At least `bytes` bytes of slot `index` (0 or 1); earlier contents are not kept.
    func memory(slot index: Int, bytes: Int) -> UnsafeMutableRawPointer {
        if let slot = slots[index], slot.bytes >= bytes { return slot.pointer }
        slots[index]?.pointer.deallocate()
        let pointer = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
        slots[index] = (pointer, bytes)
        return pointer
    }

    deinit {
        for slot in slots { slot?.pointer.deallocate() }
    }
}

/// Owns a Cairo RGB24 image surface: one 32-bit word per pixel, 0xXXRRGGBB in native byte order.
final class RasterImage {
    let surface: OpaquePointer
    let width: Int
    let height: Int
    /// Bytes per row.
    let stride: Int
    /// The memory the surface draws into, when it is not Cairo's own.
    private let buffers: PixelBuffers?

    /// A new image in memory of its own, or in slot `slot` of `buffers` (contents undefined until painted).
    init(width: Int, height: Int, buffers: PixelBuffers? = nil, slot: Int = 0) throws {
        let surface: OpaquePointer
        if let buffers {
            let stride = cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, Int32(width))
            guard stride > 0 else { throw CairoError(CAIRO_STATUS_INVALID_STRIDE) }
            let memory = buffers.memory(slot: slot, bytes: Int(stride) * height)
            surface = cairo_image_surface_create_for_data(
                memory.assumingMemoryBound(to: UInt8.self), CAIRO_FORMAT_RGB24, Int32(width), Int32(height), stride)!
        } else {
            surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))!
        }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw CairoError(status)
        }
        self.surface = surface
        self.width = width
        self.height = height
        self.buffers = buffers
        stride = Int(cairo_image_surface_get_stride(surface))
    }

    deinit {
        cairo_surface_destroy(surface)
    }

    /// Row `y` as 32-bit pixels. Call `cairo_surface_flush` before reading after drawing, and
    /// `cairo_surface_mark_dirty` after writing before drawing with Cairo again.
    @inline(__always)
    func row(_ y: Int) -> UnsafeMutablePointer<UInt32> {
        let base = cairo_image_surface_get_data(surface)!
        return UnsafeMutableRawPointer(base + y * stride).assumingMemoryBound(to: UInt32.self)
    }

    func writePNG(to url: URL) throws {
        let status = cairo_surface_write_to_png(surface, url.path)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw CompareError.cannotWrite(url, reason: CairoError(status).reason)
        }
    }
}

/// The differing pixels of two images, on a canvas as large as the larger of the two in each
/// direction; outside an image its pixels count as white.
struct PixelDifference: Equatable {
    var count = 0
    var canvasWidth = 0
    var canvasHeight = 0
    var minX = Int.max
    var minY = Int.max
    var maxX = -1
    var maxY = -1

    var comparedPixels: Int { canvasWidth * canvasHeight }

    /// The bounding box of the differing pixels in millimetres from the top-left, nil if none differ.
    func box(dpi: Double) -> MillimetreBox? {
        guard count > 0 else { return nil }
        let millimetresPerPixel = 25.4 / dpi
        return MillimetreBox(
            x: Double(minX) * millimetresPerPixel, y: Double(minY) * millimetresPerPixel,
            width: Double(maxX - minX + 1) * millimetresPerPixel,
            height: Double(maxY - minY + 1) * millimetresPerPixel)
    }
}

private let white: UInt32 = 0xFFFF_FFFF
/// New ink (the actual pixel is darker): red.
private let red: UInt32 = 0xFFFF_0000
/// Ink that went away (the expected pixel is darker): pale red, so the old place reads as a ghost.
private let paleRed: UInt32 = 0xFFFF_B4B4

/// Whether one of the red, green or blue values differs by more than `tolerance`.
@inline(__always)
private func differs(_ a: UInt32, _ b: UInt32, tolerance: Int32) -> Bool {
    if (a ^ b) & 0x00FF_FFFF == 0 { return false }
    let red = abs(Int32(truncatingIfNeeded: (a >> 16) & 0xFF) - Int32(truncatingIfNeeded: (b >> 16) & 0xFF))
    let green = abs(Int32(truncatingIfNeeded: (a >> 8) & 0xFF) - Int32(truncatingIfNeeded: (b >> 8) & 0xFF))
    let blue = abs(Int32(truncatingIfNeeded: a & 0xFF) - Int32(truncatingIfNeeded: b & 0xFF))
    return red > tolerance || green > tolerance || blue > tolerance
}

@inline(__always)
private func luminance(_ pixel: UInt32) -> UInt32 {
    let r = (pixel >> 16) & 0xFF
    let g = (pixel >> 8) & 0xFF
    let b = pixel & 0xFF
    return (r * 54 + g * 183 + b * 19) >> 8
}

/// `pixel` in light grey: its darkness reduced to about a third.
@inline(__always)
private func lightGrey(_ pixel: UInt32) -> UInt32 {
    let luminance = luminance(pixel)
    let light = 255 - (((255 - luminance) * 85) >> 8)
    return 0xFF00_0000 | light << 16 | light << 8 | light
}

/// Counts the pixels of `expected` and `actual` that differ by more than `tolerance` in a channel
/// and their bounding box. With `diffImage` (canvas-sized), also paints it: expected in light
/// grey, differing pixels in red (pale red where the expected pixel is the darker one). Reads the surfaces' memory directly; allocates nothing per pixel.
func comparePixels(
    _ expected: RasterImage, _ actual: RasterImage, tolerance: Int, paintingInto diffImage: RasterImage? = nil
) -> PixelDifference {
    var result = PixelDifference()
    result.canvasWidth = max(expected.width, actual.width)
    result.canvasHeight = max(expected.height, actual.height)
    let tolerance = Int32(clamping: tolerance)
    let sameWidth = expected.width == actual.width
    let rowBytes = expected.width * 4
    for y in 0..<result.canvasHeight {
        let expectedRow: UnsafeMutablePointer<UInt32>? = y < expected.height ? expected.row(y) : nil
        let actualRow: UnsafeMutablePointer<UInt32>? = y < actual.height ? actual.row(y) : nil
        let expectedWidth = expectedRow == nil ? 0 : expected.width
        let actualWidth = actualRow == nil ? 0 : actual.width
        let out: UnsafeMutablePointer<UInt32>? = diffImage?.row(y)
        // Fast path: identical rows (the usual case) are skipped with one memcmp.
        if out == nil, sameWidth, let expectedRow, let actualRow, memcmp(expectedRow, actualRow, rowBytes) == 0 {
            continue
        }
        var rowMin = Int.max
        var rowMax = -1
        var rowCount = 0
        for x in 0..<result.canvasWidth {
            let e = x < expectedWidth ? expectedRow.unsafelyUnwrapped[x] : white
            let a = x < actualWidth ? actualRow.unsafelyUnwrapped[x] : white
            if differs(e, a, tolerance: tolerance) {
                rowCount &+= 1
                if x < rowMin { rowMin = x }
                rowMax = x
                if let out { out[x] = luminance(a) <= luminance(e) ? red : paleRed }
            } else if let out {
                out[x] = lightGrey(e)
            }
        }
        if rowCount > 0 {
            result.count += rowCount
            result.minX = min(result.minX, rowMin)
            result.maxX = max(result.maxX, rowMax)
            result.minY = min(result.minY, y)
            result.maxY = y
        }
    }
    if let diffImage {
        cairo_surface_mark_dirty(diffImage.surface)
    }
    return result
}

/// The diff image of two pages: expected in light grey, differing pixels in red where the actual
/// page has the darker pixel (new ink) and pale red where expected has (ink that went away, so a
/// moved item shows its old place as a ghost and its new place in full red), and a thin blue
/// frame a few pixels outside the bounding box so that even a small change is found at a glance.
func makeDiffImage(_ expected: RasterImage, _ actual: RasterImage, tolerance: Int) throws -> RasterImage {
    let image = try RasterImage(width: max(expected.width, actual.width), height: max(expected.height, actual.height))
    let difference = comparePixels(expected, actual, tolerance: tolerance, paintingInto: image)
    if difference.count > 0 {
        let cr = cairo_create(image.surface)
        defer { cairo_destroy(cr) }
        let margin = 4.0
        cairo_rectangle(
            cr, Double(difference.minX) - margin + 0.5, Double(difference.minY) - margin + 0.5,
            Double(difference.maxX - difference.minX) + 2 * margin,
            Double(difference.maxY - difference.minY) + 2 * margin)
        cairo_set_source_rgb(cr, 0.1, 0.4, 1)
        cairo_set_line_width(cr, 1)
        cairo_stroke(cr)
        cairo_surface_flush(image.surface)
    }
    return image
}
