// Reading a layout file's YAML nodes with their positions, so every error names the file, line and key.
import Yams

struct LayoutNode {
    let node: Node
    let path: String
    let file: String

    var line: Int { node.mark?.line ?? 1 }
    var column: Int { node.mark?.column ?? 1 }

    func error(_ message: String) -> LayoutFileError {
        LayoutFileError(file: file, line: line, column: column, key: path, message: message)
    }

    /// The mapping's keys and values; an error unless this is a mapping whose keys are all in `allowed` (nil: any key).
    func fields(allowed: Set<String>?) throws -> [String: LayoutNode] {
        guard let mapping = node.mapping else { throw error("expected a mapping") }
        var result: [String: LayoutNode] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            let child = LayoutNode(node: value, path: path.isEmpty ? name : "\(path).\(name)", file: file)
            if let allowed, !allowed.contains(name) {
                throw LayoutNode(node: key, path: child.path, file: file)
                    .error("unknown key (expected one of \(allowed.sorted().joined(separator: ", ")))")
            }
            result[name] = child
        }
        return result
    }

    func stringMap() throws -> [String: String] {
        try fields(allowed: nil).mapValues { try $0.text() }
    }

    func text() throws -> String {
        guard let value = node.scalar?.string else { throw error("expected text") }
        return value
    }

    func number() throws -> Double {
        guard let text = node.scalar?.string, let value = Double(text), value.isFinite else {
            throw error("expected a number, found \(describe)")
        }
        return value
    }

    func integer() throws -> Int {
        guard let text = node.scalar?.string, let value = Int(text), value >= 0 else {
            throw error("expected a whole number, found \(describe)")
        }
        return value
    }

    func bool() throws -> Bool {
        switch node.scalar?.string {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw error("expected true or false, found \(describe)")
        }
    }

    func texts() throws -> [String] {
        guard let sequence = node.sequence else { throw error("expected a list of text") }
        return try sequence.enumerated().map { index, item in
            try LayoutNode(node: item, path: "\(path)[\(index)]", file: file).text()
        }
    }

    private var describe: String {
        if let text = node.scalar?.string { return "\"\(text)\"" }
        return node.mapping != nil ? "a mapping" : "a list"
    }
}

extension Dictionary where Key == String, Value == LayoutNode {
    /// The field `key`, or an error at `parent` saying it is missing.
    func require(_ key: String, in parent: LayoutNode) throws -> LayoutNode {
        guard let value = self[key] else { throw parent.error("missing key \"\(key)\"") }
        return value
    }
}
