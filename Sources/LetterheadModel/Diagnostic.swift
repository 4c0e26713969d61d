// An error or warning with its place, the field or construct it concerns, and what would be valid.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    public var severity: Severity
    public var location: SourceLocation
    /// The front-matter key (`sender.website`) or body construct (`image`) concerned, if any.
    public var field: String?
    public var message: String
    /// What would be valid, or how to fix it.
    public var hint: String?

    public init(_ severity: Severity, at location: SourceLocation, field: String? = nil, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.field = field
        self.message = message
        self.hint = hint
    }

    /// `nota.md:4:7: error: date: "2026-13-45" is not a date (expected YYYY-MM-DD)`
    public var description: String {
        var text = "\(location): \(severity.rawValue): "
        if let field { text += "\(field): " }
        text += message
        if let hint { text += " (\(hint))" }
        return text
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
