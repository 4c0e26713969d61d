// A document read from its source: metadata and body blocks, with where it came from.
public struct Document: Hashable, Sendable {
    public var meta: Metadata
    public var body: [Block]
    /// The file name used in diagnostics.
    public var file: String
    /// Where each front-matter field stands in the source, by its dotted key (`sender.website`, `to`).
    public var fieldLocations: [String: SourceLocation]

    public init(meta: Metadata, body: [Block], file: String, fieldLocations: [String: SourceLocation] = [:]) {
        self.meta = meta
        self.body = body
        self.file = file
        self.fieldLocations = fieldLocations
    }

    /// The location of a front-matter field, or of the start of the file when it is not known.
    public func location(ofField key: String) -> SourceLocation {
        fieldLocations[key] ?? SourceLocation(file: file, line: 1, column: 1)
    }
}
