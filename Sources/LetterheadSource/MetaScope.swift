// Reads the keys of one front-matter mapping as typed values; reports unknown, missing and wrongly typed keys.
import LetterheadModel

struct MetaScope {
    /// Dotted path of this mapping ("sender"), or nil at the top.
    let path: String?
    /// Where missing keys are reported.
    let location: SourceLocation
    let log: DiagnosticLog
    private var values: [String: MetaNode] = [:]

    /// Reads `node` as a mapping of `known` keys; a node that is not a mapping is an error, and gives nil.
    /// Missing keys are reported at `location`, by default the mapping's own place.
    /// `label` names a top mapping (path nil) in messages.
    init?(_ node: MetaNode, path: String?, label: String = "front matter", known: [String], expected: String,
          location: SourceLocation? = nil, log: DiagnosticLog) {
        self.path = path
        self.location = location ?? node.location
        self.log = log
        guard case .mapping(let pairs) = node.kind else {
            log.error(node.location, path ?? label, "found \(node.found)", hint: "expected \(expected)")
            return nil
        }
        for (key, value) in pairs {
            guard case .scalar(let name, _) = key.kind else {
                log.error(key.location, path, "found \(key.found) as a key", hint: "a key is a name such as \"subject\"")
                continue
            }
            values[name] = value
            if !known.contains(name) {
                let hint = KeySuggestion.nearest(to: name, in: known).map { "did you mean \"\($0)\"?" }
                    ?? "known keys: " + known.joined(separator: ", ")
                log.warning(key.location, field(name), "unknown key", hint: hint)
            }
        }
    }

    /// An empty mapping at `location`, for empty front matter.
    init(emptyAt location: SourceLocation, log: DiagnosticLog) {
        self.path = nil
        self.location = location
        self.log = log
    }

    func field(_ key: String) -> String { path.map { "\($0).\(key)" } ?? key }

    /// The value of `key`; absent or empty values are nil, and an error when the key is required
    /// (`example` shows a value in the hint to add it, unless `missingHint` says it all).
    func value(_ key: String, required: Bool = false, expected: String, example: String = "...",
               missingHint: String? = nil) -> MetaNode? {
        guard let node = values[key] else {
            if required {
                let hint = path.map { "add \"\(key): \(example)\" under \"\($0):\"" } ?? "add a line \"\(key): \(example)\""
                log.error(location, field(key), "required key is missing", hint: missingHint ?? hint)
            }
            return nil
        }
        if node.isNull {
            if required { log.error(node.location, field(key), "has no value", hint: "expected \(expected)") }
            return nil
        }
        log.fieldLocations[field(key)] = node.location
        return node
    }

    // MARK: Typed values

    func text(_ key: String, required: Bool = false) -> String? {
        guard let node = value(key, required: required, expected: "text") else { return nil }
        guard let text = node.text(field(key), log: log) else { return nil }
        if text.isEmpty {
            if required { log.error(node.location, field(key), "is empty", hint: "expected text") }
            return nil
        }
        return text
    }

    /// Text or a list of text, as lines; a text with line breaks (`|`) gives several lines.
    func lines(_ key: String, required: Bool = false) -> [String]? {
        guard let node = value(key, required: required, expected: "text or a list of lines") else { return nil }
        let lines: [String]?
        switch node.kind {
        case .scalar: lines = node.text(field(key), log: log).map(Self.splitLines)
        case .sequence(let items): lines = items.textItems(field(key), log: log)
        case .mapping:
            log.error(node.location, field(key), "found \(node.found)", hint: "expected text or a list of lines")
            return nil
        }
        guard let lines else { return nil }
        if lines.isEmpty, required { log.error(node.location, field(key), "is empty", hint: "expected text or a list of lines") }
        return lines.isEmpty ? nil : lines
    }

    /// A text that `parse` must accept; else an error saying `problem` and what was `expected`.
    func word<T>(_ key: String, required: Bool = false, expected: String, example: String = "...",
                 _ parse: (String) -> T?, problem: (String) -> String) -> T? {
        guard let node = value(key, required: required, expected: expected, example: example),
              let text = node.text(field(key), log: log)
        else { return nil }
        guard let parsed = parse(text) else {
            log.error(node.location, field(key), problem(text), hint: "expected \(expected)")
            return nil
        }
        return parsed
    }

    func bool(_ key: String) -> Bool? {
        word(key, expected: "true or false", {
            switch $0.lowercased() {
            case "true", "yes": return true
            case "false", "no": return false
            default: return nil
            }
        }, problem: { "\(MetaNode.quote($0)) is not true or false" })
    }

    /// A name as layouts and profiles have: `[a-z0-9-]+`.
    static func isName(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    static func splitLines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}

extension MetaNode {
    /// This value as text (trimmed); anything but a scalar is an error naming `field`.
    func text(_ field: String, log: DiagnosticLog) -> String? {
        guard case .scalar(let text, _) = kind, !isNull else {
            log.error(location, field, "found \(found)", hint: "expected text")
            return nil
        }
        return Substring(text).trimmingWhitespace()
    }
}

extension Array where Element == MetaNode {
    /// Each item as text; an item that is not text is an error naming the item's number.
    func textItems(_ field: String, log: DiagnosticLog) -> [String]? {
        var texts: [String] = []
        var valid = true
        for (number, item) in zip(1..., self) {
            if let text = item.text("\(field)[\(number)]", log: log) {
                if !text.isEmpty { texts.append(text) }
            } else {
                valid = false
            }
        }
        return valid ? texts : nil
    }
}

extension Substring {
    func trimmingWhitespace() -> String {
        var text = self
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }
}
