// Stopping a batch: the interruption flag workers check, and the outputs being written when it came.
import Foundation

final class BatchControl: @unchecked Sendable {
    private let lock = NSLock()
    private var interruption: Int32?
    private var writing: Set<String> = []

    /// The signal that stopped the batch, if one did.
    var signal: Int32? { lock.withLock { interruption } }
    var isCancelled: Bool { signal != nil }

    /// Records the first interruption; returns false when the batch was already interrupted.
    @discardableResult
    func cancel(signal: Int32) -> Bool {
        lock.withLock {
            guard interruption == nil else { return false }
            interruption = signal
            return true
        }
    }

    /// Runs `write` for the output at `path` unless the batch is interrupted; false when it was not run.
    func write(_ path: String, _ write: () throws -> Void) rethrows -> Bool {
        let started = lock.withLock {
            guard interruption == nil else { return false }
            writing.insert(path)
            return true
        }
        guard started else { return false }
        defer { lock.withLock { _ = writing.remove(path) } }
        try write()
        return true
    }

    /// Removes the temporary files of the outputs still being written (AtomicFile names them `.NAME.PID.*.tmp`
    /// beside the output): for a process about to exit without waiting for its workers.
    func removeTemporaries() {
        let paths = lock.withLock { writing }
        let pid = ProcessInfo.processInfo.processIdentifier
        for path in paths {
            let folder = (path as NSString).deletingLastPathComponent, prefix = ".\((path as NSString).lastPathComponent).\(pid)."
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
            for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
                unlink((folder as NSString).appendingPathComponent(name))
            }
        }
    }
}
