// The first check of any source: not empty, UTF-8, no NUL bytes; drops a UTF-8 byte order mark.
import LetterheadModel

enum TextCheck {
    /// The bytes to read (without a byte order mark), or the one error that makes the file unreadable as text.
    static func text(_ bytes: [UInt8], file: String,
                     emptyHint: String = "a document starts with front matter between two lines \"---\"") -> Result<[UInt8], Problem> {
        let start = SourceLocation(file: file, line: 1, column: 1)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return .failure(Problem(.error, at: start, "the file is empty", hint: emptyHint))
        }
        if let nul = bytes.firstIndex(of: 0) {
            return .failure(Problem(.error, at: start, "the file holds NUL bytes: it is binary, not text",
                                       hint: "first NUL at byte \(nul); save the document as UTF-8 text"))
        }
        if let bad = firstInvalidUTF8(bytes) {
            return .failure(Problem(.error, at: start, "the file is not UTF-8 text",
                                       hint: "first invalid byte at offset \(bad) (line \(line(of: bad, in: bytes))); save it as UTF-8"))
        }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        return .success(bytes.starts(with: bom) ? Array(bytes.dropFirst(3)) : bytes)
    }

    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    private static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        LineIndex(Array(bytes[..<offset])).lineCount
    }
}
