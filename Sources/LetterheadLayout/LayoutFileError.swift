// An invalid layout file: which file, line and key, and what would be valid.
public struct LayoutFileError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var column: Int
    public var key: String
    public var message: String

    public var description: String { "\(file):\(line):\(column): error: \(key.isEmpty ? "" : key + ": ")\(message)" }
}
