// The lines of a file read in chunks, so a manifest of any length is never in memory whole.
import Foundation

/// Yields each line (without its LF or CR LF) with its 1-based number. Stops quietly at a read error.
struct BatchLines: IteratorProtocol {
    private let handle: FileHandle
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private var number = 0

    init(handle: FileHandle, chunkSize: Int = 64 * 1024) {
        self.handle = handle
        self.chunkSize = chunkSize
    }

    mutating func next() -> (number: Int, bytes: Data)? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                return take(start..<end, resumeAt: newline + 1)
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                return take(start..<buffer.count, resumeAt: buffer.count)
            }
            // Drop what was consumed before reading more: the buffer holds at most one line and one chunk.
            buffer.removeFirst(start)
            start = 0
            let chunk = (try? handle.read(upToCount: chunkSize)) ?? nil
            if let chunk, !chunk.isEmpty { buffer.append(contentsOf: chunk) } else { atEnd = true }
        }
    }

    private mutating func take(_ range: Range<Int>, resumeAt: Int) -> (number: Int, bytes: Data) {
        number += 1
        start = resumeAt
        return (number, Data(buffer[range]))
    }
}
