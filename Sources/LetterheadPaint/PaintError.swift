// A failure of Cairo while painting, with Cairo's own words for it.
import CPangoCairo

public struct PaintError: Error, CustomStringConvertible, Sendable {
    public var description: String

    init(_ what: String, status: cairo_status_t) {
        description = "\(what): \(String(cString: cairo_status_to_string(status)))"
    }

    init(_ description: String) { self.description = description }

    /// Throws when `status` is not success.
    static func check(_ status: cairo_status_t, _ what: String) throws {
        if status != CAIRO_STATUS_SUCCESS { throw PaintError(what, status: status) }
    }
}
