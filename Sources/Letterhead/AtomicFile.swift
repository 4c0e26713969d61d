// Writes output files whole or not at all: a temporary file beside the target, then a rename.
//
// Not flushed to disk (no fsync): an interrupted or killed process leaves only whole files, and a power failure
// may leave a PDF cut short, which `batch --skip-existing` recognises (no %%EOF at the end) and renders again.
// An fsync per document cost about 1 ms on this machine's disk, a seventh of a document's rendering.
import Foundation

public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp")
        if let reason = writeWhole(data, to: temporary.path) {
            unlink(temporary.path)
            throw LetterheadError("\(url.path): cannot write (\(reason))")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw LetterheadError("\(url.path): cannot write (\(reason))")
        }
    }

    /// Writes a new file; the reason when that fails.
    private static func writeWhole(_ data: Data, to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        return failure
    }

    /// Whether a PDF at `path` is whole: it ends with %%EOF (and an end of line).
    public static func isCompletePDF(at path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd(), size >= 6 else { return false }
        try? handle.seek(toOffset: size - min(size, 32))
        let tail = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        return tail.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("%%EOF")
    }
}
