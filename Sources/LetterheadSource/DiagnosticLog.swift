// Collects diagnostics while one source is read, so every problem is reported, not only the first.
import LetterheadModel

final class DiagnosticLog {
    private(set) var items: [Diagnostic] = []
    /// Where each front-matter field was found, by dotted key, so later stages (layout) can point at it.
    var fieldLocations: [String: SourceLocation] = [:]

    var hasErrors: Bool { items.hasErrors }

    func error(_ location: SourceLocation, _ field: String?, _ message: String, hint: String? = nil) {
        items.append(Diagnostic(.error, at: location, field: field, message, hint: hint))
    }

    func warning(_ location: SourceLocation, _ field: String?, _ message: String, hint: String? = nil) {
        items.append(Diagnostic(.warning, at: location, field: field, message, hint: hint))
    }

    func append(_ diagnostic: Diagnostic) {
        items.append(diagnostic)
    }

    func append(contentsOf diagnostics: [Diagnostic]) {
        items.append(contentsOf: diagnostics)
    }
}

/// One diagnostic that stops a stage (the file is not text, the YAML does not parse), as a Result's failure.
struct Problem: Error {
    var diagnostic: Diagnostic

    init(_ diagnostic: Diagnostic) {
        self.diagnostic = diagnostic
    }

    init(_ severity: Diagnostic.Severity, at location: SourceLocation, field: String? = nil, _ message: String, hint: String? = nil) {
        diagnostic = Diagnostic(severity, at: location, field: field, message, hint: hint)
    }
}
