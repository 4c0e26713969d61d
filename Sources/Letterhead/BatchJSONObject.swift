// The top-level members of a one-line JSON object with their byte ranges: read a manifest line's keys and pass the
// document's own members on unchanged, at their original columns.
import Foundation

struct BatchJSONObject {
    struct Member {
        var key: String
        var keyStart: Int
        var value: Range<Int>
        /// The comma that follows the member, if another follows.
        var comma: Int?
    }

    /// A syntax error at a byte offset of the line.
    struct Problem: Error {
        var offset: Int
        var message: String
    }

    let bytes: [UInt8]
    private(set) var members: [Member] = []
    private var open = 0
    private var close = 0

    init(_ bytes: [UInt8]) throws(Problem) {
        self.bytes = bytes
        var i = skipSpace(0)
        guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { throw Problem(offset: i, message: "expected a JSON object {...}") }
        open = i
        i = skipSpace(i + 1)
        while i < bytes.count, bytes[i] != UInt8(ascii: "}") {
            guard bytes[i] == UInt8(ascii: "\"") else { throw Problem(offset: i, message: "expected a key in double quotes") }
            let keyEnd = try scanString(i)
            guard let key = Self.decodeString(bytes[i..<keyEnd]) else { throw Problem(offset: i, message: "invalid key") }
            guard !members.contains(where: { $0.key == key }) else { throw Problem(offset: i, message: "duplicate key \"\(key)\"") }
            let colon = skipSpace(keyEnd)
            guard colon < bytes.count, bytes[colon] == UInt8(ascii: ":") else { throw Problem(offset: colon, message: "expected : after the key") }
            let valueStart = skipSpace(colon + 1)
            let valueEnd = try scanValue(valueStart)
            var member = Member(key: key, keyStart: i, value: valueStart..<valueEnd)
            i = skipSpace(valueEnd)
            if i < bytes.count, bytes[i] == UInt8(ascii: ",") {
                member.comma = i
                i = skipSpace(i + 1)
                guard i < bytes.count, bytes[i] != UInt8(ascii: "}") else { throw Problem(offset: i, message: "expected a key after the comma") }
            } else if i >= bytes.count || bytes[i] != UInt8(ascii: "}") {
                throw Problem(offset: i, message: "expected , or } after the value")
            }
            members.append(member)
        }
        guard i < bytes.count else { throw Problem(offset: i, message: "the object is not closed with }") }
        close = i
        let rest = skipSpace(i + 1)
        guard rest == bytes.count else { throw Problem(offset: rest, message: "text after the JSON object") }
    }

    func member(_ key: String) -> Member? { members.first { $0.key == key } }

    /// The member's value when it is a JSON string.
    func string(_ key: String) -> String? {
        member(key).flatMap { Self.decodeString(bytes[$0.value]) }
    }

    /// The line with every member but `keys` blanked: each removed character becomes one space, so the kept members
    /// stand at the same columns (counted in Unicode scalars) as in the line.
    func keeping(_ keys: Set<String>) -> Data {
        let kept = members.filter { keys.contains($0.key) }
        var keep = [Bool](repeating: false, count: bytes.count)
        keep[open] = true
        keep[close] = true
        for (index, member) in kept.enumerated() {
            for offset in member.keyStart..<member.value.upperBound { keep[offset] = true }
            if index < kept.count - 1, let comma = member.comma { keep[comma] = true }
        }
        var result = [UInt8]()
        result.reserveCapacity(bytes.count)
        for (offset, byte) in bytes.enumerated() {
            if keep[offset] { result.append(byte) } else if byte & 0xC0 != 0x80 { result.append(0x20) }
        }
        return Data(result)
    }

    /// The 1-based column of a byte offset of a line, counting Unicode scalars as the source reader does.
    static func column(ofOffset offset: Int, in bytes: [UInt8]) -> Int {
        1 + bytes[..<min(offset, bytes.count)].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
    }

    // MARK: Scanning

    private func skipSpace(_ start: Int) -> Int {
        var i = start
        while i < bytes.count, [0x20, 0x09, 0x0D, 0x0A].contains(bytes[i]) || (i < 3 && [0xEF, 0xBB, 0xBF].contains(bytes[i])) { i += 1 }
        return i
    }

    /// The offset after the string that starts (with its quote) at `start`.
    private func scanString(_ start: Int) throws(Problem) -> Int {
        var i = start + 1
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\\"): i += 2
            case UInt8(ascii: "\""): return i + 1
            default: i += 1
            }
        }
        throw Problem(offset: start, message: "the string is not closed with \"")
    }

    /// The offset after the value at `start`: a string, an object or array (brackets balanced), or a literal.
    private func scanValue(_ start: Int) throws(Problem) -> Int {
        guard start < bytes.count else { throw Problem(offset: start, message: "expected a value") }
        switch bytes[start] {
        case UInt8(ascii: "\""):
            return try scanString(start)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0, i = start
            while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "\""): i = try scanString(i) - 1
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return i + 1 }
                default: break
                }
                i += 1
            }
            throw Problem(offset: start, message: "the \(bytes[start] == UInt8(ascii: "{") ? "object" : "array") is not closed")
        default:
            var i = start
            while i < bytes.count, ![0x20, 0x09, 0x0D, 0x0A, UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]")].contains(bytes[i]) { i += 1 }
            guard i > start else { throw Problem(offset: start, message: "expected a value") }
            return i
        }
    }

    private static func decodeString(_ slice: ArraySlice<UInt8>) -> String? {
        (try? JSONSerialization.jsonObject(with: Data(slice), options: .fragmentsAllowed)) as? String
    }
}
