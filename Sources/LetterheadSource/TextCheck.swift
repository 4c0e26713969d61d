// The first check of any source, in one pass: not empty, no NUL bytes, UTF-8; drops a UTF-8 byte order mark.
import LetterheadModel

enum TextCheck {
    /// The bytes to read (without a byte order mark), or the one error that makes the file unreadable as text.
    static func text(_ bytes: [UInt8], file: String,
                     emptyHint: String = "a document starts with front matter between two lines \"---\"") -> Result<[UInt8], Problem> {
        let start = SourceLocation(file: file, line: 1, column: 1)
        var blank = true
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == 0 {
                return .failure(Problem(.error, at: start, "the file holds NUL bytes: it is binary, not text",
                                        hint: "first NUL at byte \(offset); save the document as UTF-8 text"))
            }
            if byte < 0x80 {
                if blank, byte != 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { blank = false }
                offset += 1
                continue
            }
            guard let width = sequenceWidth(bytes, at: offset) else {
                let line = LineIndex(Array(bytes[..<offset])).lineCount
                return .failure(Problem(.error, at: start, "the file is not UTF-8 text",
                                        hint: "first invalid byte at offset \(offset) (line \(line)); save it as UTF-8"))
            }
            blank = false
            offset += width
        }
        if blank { return .failure(Problem(.error, at: start, "the file is empty", hint: emptyHint)) }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        return .success(bytes.starts(with: bom) ? Array(bytes.dropFirst(3)) : bytes)
    }

    /// The length of the well-formed UTF-8 sequence of 2 to 4 bytes at `offset`, or nil (Unicode table 3-7).
    private static func sequenceWidth(_ bytes: [UInt8], at offset: Int) -> Int? {
        let lead = bytes[offset]
        let (width, low, high): (Int, UInt8, UInt8)
        switch lead {
        case 0xC2...0xDF: (width, low, high) = (2, 0x80, 0xBF)
        case 0xE0: (width, low, high) = (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (width, low, high) = (3, 0x80, 0xBF)
        case 0xED: (width, low, high) = (3, 0x80, 0x9F)
        case 0xF0: (width, low, high) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (width, low, high) = (4, 0x80, 0xBF)
        case 0xF4: (width, low, high) = (4, 0x80, 0x8F)
        default: return nil
        }
        guard offset + width <= bytes.count, (low...high).contains(bytes[offset + 1]) else { return nil }
        for next in bytes[(offset + 2)..<(offset + width)] where next & 0xC0 != 0x80 { return nil }
        return width
    }
}
