// A document read from its source: metadata and body blocks, with where it came from.
public struct Document: Hashable, Sendable {
    public var meta: Metadata
    public var body: [Block]
    /// The file name used in diagnostics.
    public var file: String

    public init(meta: Metadata, body: [Block], file: String) {
        self.meta = meta
        self.body = body
        self.file = file
    }
}
