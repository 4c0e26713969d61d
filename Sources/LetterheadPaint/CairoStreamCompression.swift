// Lets Cairo write page content and ToUnicode maps plain, so the finisher compresses them once instead of twice.
import Foundation

/// Cairo 1.16 deflates every content stream as it draws, and the finisher must inflate the page content again to
/// mark artifacts, then deflate it anew. Cairo has no API to write content plain, but when a PDF surface is made
/// it reads the CAIRO_DEBUG_PDF variable, and with it set leaves content and ToUnicode streams uncompressed (font
/// subsets stay compressed). The finisher compresses whatever Cairo left plain, except the XMP packet.
public enum CairoStreamCompression {
    /// Sets the variable once per process (a value the user gave is kept). setenv is not safe beside another
    /// thread's getenv, so the facade calls this on the main thread, before any worker starts.
    public static func leaveToFinisher() { _ = isSet }

    private static let isSet: Bool = setenv("CAIRO_DEBUG_PDF", "1", 0) == 0
}
