// Line starts of a UTF-8 text: turns byte offsets into 1-based lines and columns (columns count Unicode scalars).
import LetterheadModel

struct LineIndex {
    let bytes: [UInt8]
    /// Byte offset where each line starts; a line ends at LF, CR LF or a lone CR (as in CommonMark and YAML).
    private(set) var starts: [Int] = [0]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
            if bytes[i] == 0x0A || bytes[i] == 0x0D { starts.append(i + 1) }
            i += 1
        }
    }

    var lineCount: Int { starts.count }

    /// The 1-based line holding `offset`.
    func line(containing offset: Int) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// Byte range of a 1-based line without its line ending.
    func content(ofLine line: Int) -> Range<Int> {
        let start = starts[line - 1]
        var end = line < starts.count ? starts[line] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// The byte offset of a 1-based line and 1-based byte column (as cmark counts), clamped to the text.
    func offset(line: Int, byteColumn: Int) -> Int {
        let line = min(max(line, 1), starts.count)
        return min(starts[line - 1] + max(byteColumn - 1, 0), bytes.count)
    }

    func location(ofOffset offset: Int, file: String) -> SourceLocation {
        let offset = min(max(offset, 0), bytes.count)
        let line = line(containing: offset)
        var column = 1
        for byte in bytes[starts[line - 1]..<offset] where byte & 0xC0 != 0x80 { column += 1 }
        return SourceLocation(file: file, line: line, column: column)
    }
}

/// Places offsets that mostly grow, as a parser or a tree walk visits them, in time proportional to the distance
/// moved (so a long single-line JSON text is not scanned again for every value); going back costs one line scan.
final class LineCursor {
    let index: LineIndex
    private var offset = 0
    private var line = 1
    private var column = 1

    init(_ index: LineIndex) {
        self.index = index
    }

    func location(ofOffset target: Int, file: String) -> SourceLocation {
        let bytes = index.bytes
        guard target >= offset, target <= bytes.count else { return index.location(ofOffset: target, file: file) }
        while offset < target {
            let byte = bytes[offset]
            let crBeforeLF = byte == 0x0D && offset + 1 < bytes.count && bytes[offset + 1] == 0x0A
            if byte == 0x0A || (byte == 0x0D && !crBeforeLF) {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 && !crBeforeLF {
                column += 1
            }
            offset += 1
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
