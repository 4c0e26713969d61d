// An invalid layout file: which file, line and key, and what would be valid.
public struct LayoutFileError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var column: Int
    public var key: String
    public var message: String

    public init(file: String, line: Int, column: Int, key: String, message: String) {
        self.file = file; self.line = line; self.column = column; self.key = key; self.message = message
    }

    public var description: String { "\(file):\(line):\(column): error: \(key.isEmpty ? "" : key + ": ")\(message)" }
}
