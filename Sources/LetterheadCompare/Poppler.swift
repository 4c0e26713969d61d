// poppler-glib loaded at run time, on the first comparison: rendering never needs it, so no binary links it.
import CPopplerLoader

enum Poppler {
    /// Loads poppler-glib once; throws `CompareError.popplerUnavailable` when it is not installed or not usable.
    static func load() throws {
        if let reason = lh_poppler_load() {
            throw CompareError.popplerUnavailable(reason: String(cString: reason))
        }
    }
}
