// A PDF object's value as the finishing step reads and writes it: numbers keep their text, dictionaries their order.
enum PDFValue: Equatable {
    case null
    case bool(Bool)
    /// An integer or real number, exactly as written (no reformatting on output).
    case number(String)
    /// A name without its slash, as written (with any #xx escapes).
    case name(String)
    /// A string's bytes (escapes undone); written back as a literal string.
    case string([UInt8])
    case array([PDFValue])
    case dictionary(PDFDictionary)
    case reference(Int)

    static func integer(_ value: Int) -> PDFValue { .number(String(value)) }

    /// A text string: ASCII as it is, anything else as UTF-16BE with a byte order mark.
    static func text(_ value: String) -> PDFValue {
        if value.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return .string(Array(value.utf8)) }
        var bytes: [UInt8] = [0xFE, 0xFF]
        for unit in value.utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        return .string(bytes)
    }

    var dictionary: PDFDictionary? { if case .dictionary(let value) = self { value } else { nil } }
    var array: [PDFValue]? { if case .array(let value) = self { value } else { nil } }
    var nameValue: String? { if case .name(let value) = self { value } else { nil } }
    var reference: Int? { if case .reference(let value) = self { value } else { nil } }
    var integer: Int? { if case .number(let text) = self { Int(text) } else { nil } }
    var boolValue: Bool? { if case .bool(let value) = self { value } else { nil } }

    /// A text string decoded: UTF-16BE with a byte order mark, else PDFDocEncoding (read as Latin-1).
    var textValue: String? {
        guard case .string(let bytes) = self else { return nil }
        if bytes.starts(with: [0xFE, 0xFF]) {
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
            return String(decoding: units, as: UTF16.self)
        }
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }
}

/// A dictionary with its keys (names without the slash) in the order they were written.
struct PDFDictionary: Equatable {
    struct Entry: Equatable {
        var key: String
        var value: PDFValue
    }

    var entries: [Entry] = []

    init(_ pairs: KeyValuePairs<String, PDFValue> = [:]) {
        entries = pairs.map { Entry(key: $0.key, value: $0.value) }
    }

    subscript(key: String) -> PDFValue? {
        get { entries.first { $0.key == key }?.value }
        set {
            let index = entries.firstIndex { $0.key == key }
            switch (index, newValue) {
            case (let index?, let value?): entries[index].value = value
            case (let index?, nil): entries.remove(at: index)
            case (nil, let value?): entries.append(Entry(key: key, value: value))
            case (nil, nil): break
            }
        }
    }

    func isName(_ key: String, _ name: String) -> Bool { self[key]?.nameValue == name }
}
