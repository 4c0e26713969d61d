// Reads PDF values from bytes: the object syntax of ISO 32000-1 section 7.3 (no content-stream operators).
struct PDFSyntax {
    let bytes: [UInt8]
    var position: Int
    /// Arrays and dictionaries open around the value being read (bounded: a damaged file cannot exhaust the stack).
    private var depth = 0
    private static let maximumDepth = 256

    struct Failure: Error { let offset: Int; let reason: String }

    init(_ bytes: [UInt8], at position: Int) {
        self.bytes = bytes
        self.position = position
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"): true
        default: false
        }
    }

    /// Skips whitespace and comments.
    mutating func skipSpace() {
        while position < bytes.count {
            let byte = bytes[position]
            if Self.isWhitespace(byte) {
                position += 1
            } else if byte == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    /// A run of regular characters: a number, a keyword or (after the slash) a name.
    mutating func word() -> String {
        let start = position
        while position < bytes.count, !Self.isWhitespace(bytes[position]), !Self.isDelimiter(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// The next word as an integer (after whitespace), or nil.
    mutating func integer() -> Int? {
        skipSpace()
        return Int(word())
    }

    /// Consumes `keyword` (after whitespace) when it is next; leaves the position alone otherwise.
    mutating func take(_ keyword: String) -> Bool {
        let saved = position
        skipSpace()
        if word() == keyword { return true }
        position = saved
        return false
    }

    mutating func value() throws -> PDFValue {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw Failure(offset: position, reason: "arrays or dictionaries nested too deep") }
        skipSpace()
        guard position < bytes.count else { throw Failure(offset: position, reason: "the file ends inside an object") }
        switch bytes[position] {
        case UInt8(ascii: "/"):
            position += 1
            return .name(word())
        case UInt8(ascii: "("):
            return .string(try literalString())
        case UInt8(ascii: "<"):
            if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "<") { return .dictionary(try dictionary()) }
            return .string(try hexString())
        case UInt8(ascii: "["):
            position += 1
            var items: [PDFValue] = []
            while true {
                skipSpace()
                guard position < bytes.count else { throw Failure(offset: position, reason: "an array is not closed") }
                if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
                items.append(try value())
            }
        default:
            let start = position
            let text = word()
            switch text {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "null": return .null
            case "": throw Failure(offset: start, reason: "unexpected \"\(Character(Unicode.Scalar(bytes[start])))\"")
            default:
                guard Self.isNumber(text) else { throw Failure(offset: start, reason: "unexpected \"\(text)\"") }
                if let number = Int(text), let reference = referenceAfter(number) { return .reference(reference) }
                return .number(text)
            }
        }
    }

    /// `N G R` after the number N: the reference, with the position after the R; nil (position unchanged) otherwise.
    private mutating func referenceAfter(_ number: Int) -> Int? {
        let saved = position
        skipSpace()
        let digits = position
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
        if position > digits, position < bytes.count, Self.isWhitespace(bytes[position]) {
            skipSpace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "R"),
               position + 1 == bytes.count || Self.isWhitespace(bytes[position + 1]) || Self.isDelimiter(bytes[position + 1]) {
                position += 1
                return number
            }
        }
        position = saved
        return nil
    }

    private mutating func dictionary() throws -> PDFDictionary {
        position += 2
        var result = PDFDictionary()
        while true {
            skipSpace()
            guard position + 1 < bytes.count else { throw Failure(offset: position, reason: "a dictionary is not closed") }
            if bytes[position] == UInt8(ascii: ">"), bytes[position + 1] == UInt8(ascii: ">") {
                position += 2
                return result
            }
            guard case .name(let key) = try value() else { throw Failure(offset: position, reason: "a dictionary key is not a name") }
            result.entries.append(PDFDictionary.Entry(key: key, value: try value()))
        }
    }

    private mutating func literalString() throws -> [UInt8] {
        position += 1
        var result: [UInt8] = []
        var depth = 1
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "("): depth += 1; result.append(byte)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return result }
                result.append(byte)
            case UInt8(ascii: "\\"): escape(into: &result)
            default: result.append(byte)
            }
        }
        throw Failure(offset: position, reason: "a string is not closed")
    }

    private mutating func escape(into result: inout [UInt8]) {
        guard position < bytes.count else { return }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "n"): result.append(0x0A)
        case UInt8(ascii: "r"): result.append(0x0D)
        case UInt8(ascii: "t"): result.append(0x09)
        case UInt8(ascii: "b"): result.append(0x08)
        case UInt8(ascii: "f"): result.append(0x0C)
        case 0x0D: if position < bytes.count, bytes[position] == 0x0A { position += 1 }
        case 0x0A: break
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            var code = Int(byte - UInt8(ascii: "0"))
            for _ in 0..<2 where position < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[position]) {
                code = code * 8 + Int(bytes[position] - UInt8(ascii: "0"))
                position += 1
            }
            result.append(UInt8(truncatingIfNeeded: code))
        default: result.append(byte)
        }
    }

    private mutating func hexString() throws -> [UInt8] {
        position += 1
        var digits: [UInt8] = []
        while position < bytes.count, bytes[position] != UInt8(ascii: ">") {
            let byte = bytes[position]
            position += 1
            if Self.isWhitespace(byte) { continue }
            guard let digit = Self.hexDigit(byte) else { throw Failure(offset: position - 1, reason: "a hex string holds a non-hex character") }
            digits.append(digit)
        }
        guard position < bytes.count else { throw Failure(offset: position, reason: "a hex string is not closed") }
        position += 1
        if digits.count % 2 == 1 { digits.append(0) }
        return stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
    }

    /// An integer or real in PDF syntax: an optional sign, digits with at most one period.
    private static func isNumber(_ text: String) -> Bool {
        var digits = 0, periods = 0
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."): periods += 1
            case UInt8(ascii: "+"), UInt8(ascii: "-"): if index > 0 { return false }
            default: return false
            }
        }
        return digits > 0 && periods <= 1
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
