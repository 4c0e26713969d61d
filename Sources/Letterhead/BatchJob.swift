// One unit of batch work (a source file, an inline manifest document, or an input that cannot be read) and its report row.
import Foundation

/// What a worker renders: where the document comes from and the output path relative to the output folder.
struct BatchJob: Sendable {
    enum Content: Sendable {
        /// A source file (`.md` or `.json`) at this path.
        case file(String)
        /// The JSON form `{"meta": ..., "body": ...}` from line `line` of the manifest `manifest`.
        case inline(Data, manifest: String, line: Int)
        /// An input that names no renderable document: these messages say why.
        case invalid([String])
    }

    /// The source as shown to the user: a path, or `MANIFEST:LINE` for an inline document.
    var source: String
    /// The output path relative to the output folder (empty for an invalid input).
    var output: String
    var content: Content

    static func invalid(_ source: String, _ messages: [String]) -> BatchJob {
        BatchJob(source: source, output: "", content: .invalid(messages))
    }
}

/// What became of one document: one row of the report.
public struct BatchRow: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable {
        case ok, failed, skipped
    }

    public var source: String
    /// The output file's path (the output folder joined with the mirrored name); empty when there is none.
    public var output: String
    public var status: Status
    public var pages: Int
    public var bytes: Int
    public var milliseconds: Double
    /// Every diagnostic (errors and warnings) as `FILE:LINE:COL: error: ...`, or why the input could not be read.
    public var diagnostics: [String]

    public init(source: String, output: String, status: Status, pages: Int = 0, bytes: Int = 0,
                milliseconds: Double = 0, diagnostics: [String] = []) {
        self.source = source
        self.output = output
        self.status = status
        self.pages = pages
        self.bytes = bytes
        self.milliseconds = milliseconds
        self.diagnostics = diagnostics
    }
}
