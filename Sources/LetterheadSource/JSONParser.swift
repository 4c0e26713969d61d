// A strict JSON (RFC 8259) parser that keeps the file line and column of every value, for the JSON source form.
import LetterheadModel

struct JSONParser {
    /// A point where decoded string bytes and source bytes line up again (after an escape).
    struct Anchor {
        var decoded: Int
        var source: Int
    }

    /// A string value of the top object, decoded, with where its bytes came from in the file.
    struct MappedString {
        var bytes: [UInt8]
        var anchors: [Anchor]

        /// The file offset of a decoded byte offset.
        func sourceOffset(of decoded: Int) -> Int {
            var low = 0, high = anchors.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if anchors[mid].decoded <= decoded { low = mid } else { high = mid - 1 }
            }
            return anchors[low].source + (decoded - anchors[low].decoded)
        }
    }

    private struct Failure: Error {
        var offset: Int
        var message: String
    }

    static let maxDepth = 64

    let index: LineIndex
    let file: String
    /// The string values directly in the top object, by key, with their source maps (for the body).
    private(set) var topStrings: [String: MappedString] = [:]
    private var pos = 0
    private var depth = 0
    private let cursor: LineCursor
    private var bytes: [UInt8] { index.bytes }

    init(_ index: LineIndex, file: String) {
        self.index = index
        self.file = file
        self.cursor = LineCursor(index)
    }

    /// The whole text as one JSON value, or the first syntax error.
    mutating func parse() -> Result<MetaNode, Problem> {
        do {
            skipSpace()
            let root = try value(key: nil)
            skipSpace()
            if pos < bytes.count { throw Failure(offset: pos, message: "unexpected \(describe(pos)) after the end of the JSON value") }
            return .success(root)
        } catch let failure as Failure {
            return .failure(Problem(.error, at: index.location(ofOffset: failure.offset, file: file), field: "JSON",
                                       failure.message))
        } catch {
            return .failure(Problem(.error, at: index.location(ofOffset: pos, file: file), field: "JSON", "\(error)"))
        }
    }

    private func location(_ offset: Int) -> SourceLocation { cursor.location(ofOffset: offset, file: file) }

    private mutating func skipSpace() {
        while pos < bytes.count, bytes[pos] == 0x20 || bytes[pos] == 0x0A || bytes[pos] == 0x0D || bytes[pos] == 0x09 {
            pos += 1
        }
    }

    private func describe(_ offset: Int) -> String {
        guard offset < bytes.count else { return "end of the text" }
        let scalar = String(decoding: bytes[offset..<min(offset + 4, bytes.count)], as: UTF8.self).unicodeScalars.first
        return "character \"\(scalar.map(String.init) ?? "?")\""
    }

    /// `key` is the key of this value when it sits directly in the top object.
    private mutating func value(key: String?) throws -> MetaNode {
        let start = pos
        guard pos < bytes.count else { throw Failure(offset: pos, message: "unexpected end of the text: a value is missing") }
        switch bytes[pos] {
        case UInt8(ascii: "{"): return try nested { try $0.object(start: start) }
        case UInt8(ascii: "["): return try nested { try $0.array(start: start) }
        case UInt8(ascii: "\""):
            let string = try string()
            let text = String(decoding: string.bytes, as: UTF8.self)
            if let key { topStrings[key] = string }
            return MetaNode(kind: .scalar(text, plain: false), location: location(start))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return MetaNode(kind: .scalar(try number(), plain: true), location: location(start))
        default:
            for word in ["true", "false", "null"] where bytes[pos...].starts(with: word.utf8) {
                pos += word.utf8.count
                return MetaNode(kind: .scalar(word, plain: true), location: location(start))
            }
            throw Failure(offset: pos, message: "unexpected \(describe(pos)): expected a value (text in double quotes, a number, true, false, null, {...} or [...])")
        }
    }

    private mutating func nested(_ body: (inout JSONParser) throws -> MetaNode) throws -> MetaNode {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth { throw Failure(offset: pos, message: "nested more than \(Self.maxDepth) levels deep") }
        return try body(&self)
    }

    private mutating func object(start: Int) throws -> MetaNode {
        pos += 1
        var pairs: [(key: MetaNode, value: MetaNode)] = []
        var seen: Set<String> = []
        skipSpace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") {
            pos += 1
            return MetaNode(kind: .mapping([]), location: location(start))
        }
        while true {
            skipSpace()
            let keyStart = pos
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") else {
                throw Failure(offset: pos, message: "unexpected \(describe(pos)): expected a key in double quotes")
            }
            let key = String(decoding: try string().bytes, as: UTF8.self)
            guard seen.insert(key).inserted else {
                throw Failure(offset: keyStart, message: "key \(MetaNode.quote(key)) appears more than once")
            }
            skipSpace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else {
                throw Failure(offset: pos, message: "unexpected \(describe(pos)): expected \":\" after the key")
            }
            pos += 1
            skipSpace()
            let value = try value(key: depth == 1 ? key : nil)
            pairs.append((MetaNode(kind: .scalar(key, plain: false), location: location(keyStart)), value))
            skipSpace()
            guard pos < bytes.count else { throw Failure(offset: pos, message: "unexpected end of the text: \"}\" is missing") }
            pos += 1
            switch bytes[pos - 1] {
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "}"): return MetaNode(kind: .mapping(pairs), location: location(start))
            default: throw Failure(offset: pos - 1, message: "unexpected \(describe(pos - 1)): expected \",\" or \"}\"")
            }
        }
    }

    private mutating func array(start: Int) throws -> MetaNode {
        pos += 1
        var items: [MetaNode] = []
        skipSpace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") {
            pos += 1
            return MetaNode(kind: .sequence([]), location: location(start))
        }
        while true {
            skipSpace()
            items.append(try value(key: nil))
            skipSpace()
            guard pos < bytes.count else { throw Failure(offset: pos, message: "unexpected end of the text: \"]\" is missing") }
            pos += 1
            switch bytes[pos - 1] {
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "]"): return MetaNode(kind: .sequence(items), location: location(start))
            default: throw Failure(offset: pos - 1, message: "unexpected \(describe(pos - 1)): expected \",\" or \"]\"")
            }
        }
    }

    private mutating func number() throws -> String {
        let start = pos
        func digits(_ parser: inout JSONParser) -> Int {
            let from = parser.pos
            while parser.pos < parser.bytes.count, (0x30...0x39).contains(parser.bytes[parser.pos]) { parser.pos += 1 }
            return parser.pos - from
        }
        if bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        let leadingZero = pos < bytes.count && bytes[pos] == UInt8(ascii: "0")
        let integer = digits(&self)
        var valid = integer > 0 && !(leadingZero && integer > 1)
        if valid, pos < bytes.count, bytes[pos] == UInt8(ascii: ".") {
            pos += 1
            valid = digits(&self) > 0
        }
        if valid, pos < bytes.count, bytes[pos] | 0x20 == UInt8(ascii: "e") {
            pos += 1
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
            valid = digits(&self) > 0
        }
        guard valid else { throw Failure(offset: start, message: "not a valid number") }
        return String(decoding: bytes[start..<pos], as: UTF8.self)
    }

    private mutating func string() throws -> MappedString {
        let open = pos
        pos += 1
        var out: [UInt8] = []
        var anchors = [Anchor(decoded: 0, source: pos)]
        while true {
            guard pos < bytes.count else { throw Failure(offset: open, message: "text is not closed: the closing \" is missing") }
            let byte = bytes[pos]
            if byte == UInt8(ascii: "\"") {
                pos += 1
                return MappedString(bytes: out, anchors: anchors)
            }
            if byte < 0x20 {
                throw Failure(offset: pos, message: "a line break or control character inside text; write it as \\n")
            }
            if byte != UInt8(ascii: "\\") {
                out.append(byte)
                pos += 1
                continue
            }
            try escape(into: &out)
            anchors.append(Anchor(decoded: out.count, source: pos))
        }
    }

    /// Decodes one escape (`\n`, `\u00e9`, a surrogate pair, ...) at `pos`.
    private mutating func escape(into out: inout [UInt8]) throws {
        let start = pos
        guard pos + 1 < bytes.count else { throw Failure(offset: start, message: "text is not closed: the closing \" is missing") }
        let simple: [UInt8: UInt8] = [0x22: 0x22, 0x5C: 0x5C, 0x2F: 0x2F, 0x62: 0x08, 0x66: 0x0C, 0x6E: 0x0A, 0x72: 0x0D, 0x74: 0x09]
        if let decoded = simple[bytes[pos + 1]] {
            out.append(decoded)
            pos += 2
            return
        }
        guard bytes[pos + 1] == UInt8(ascii: "u"), var code = hex4(at: pos + 2) else {
            throw Failure(offset: start, message: "unknown escape \(describe(pos + 1)) after \\ (valid: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)")
        }
        pos += 6
        if (0xD800...0xDBFF).contains(code), pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\"),
           bytes[pos + 1] == UInt8(ascii: "u"), let low = hex4(at: pos + 2), (0xDC00...0xDFFF).contains(low) {
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            pos += 6
        }
        guard code != 0, let scalar = Unicode.Scalar(code) else {
            throw Failure(offset: start, message: code == 0 ? "\\u0000 (NUL) is not allowed in text" : "\\u escape is half of a surrogate pair")
        }
        out.append(contentsOf: String(scalar).utf8)
    }

    private func hex4(at offset: Int) -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[offset..<offset + 4] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
