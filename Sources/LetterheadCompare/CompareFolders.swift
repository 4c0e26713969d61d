// Comparing two folders of PDFs: the files with the same relative path, in parallel.
import Dispatch
import Foundation

/// One file of a folder comparison.
public struct FolderEntry: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable, CaseIterable {
        case equal
        case differ
        /// In the expected folder only: the actual run did not produce it.
        case missing
        /// In the actual folder only.
        case extra
        /// One of the two files cannot be read or is not a sound PDF.
        case error
    }

    /// Path relative to the two folders, with `/` between folder names.
    public var name: String
    public var status: Status
    /// Set for `equal` and `differ`.
    public var result: ComparisonResult?
    /// Set for `error`.
    public var error: CompareError?

    public init(name: String, status: Status, result: ComparisonResult? = nil, error: CompareError? = nil) {
        self.name = name
        self.status = status
        self.result = result
        self.error = error
    }
}

/// The outcome of comparing two folders, entries sorted by name.
public struct FolderComparison: Sendable, Equatable {
    public var expected: URL
    public var actual: URL
    public var entries: [FolderEntry]

    public init(expected: URL, actual: URL, entries: [FolderEntry]) {
        self.expected = expected
        self.actual = actual
        self.entries = entries
    }

    /// Every file is in both folders and compares equal.
    public var equal: Bool { entries.allSatisfy { $0.status == .equal } }

    public func count(_ status: FolderEntry.Status) -> Int {
        entries.count(where: { $0.status == status })
    }

    /// 2 if a file cannot be read, else 1 if anything differs, is missing or extra, else 0.
    public var exitCode: Int32 {
        if count(.error) > 0 { return 2 }
        return equal ? 0 : 1
    }
}

/// Compares every PDF (by extension, case-insensitive, in subfolders too, hidden files skipped)
/// in `expected` with the file of the same relative path in `actual`, `jobs` files at a time.
/// Files in only one folder are reported as missing or extra; a file that cannot be read is an
/// `error` entry and does not stop the others. Diff images go into subfolders of
/// `options.diffDirectory` named like the files.
///
/// - Throws: `CompareError` only when a folder itself cannot be read, the options are invalid or poppler-glib
///   cannot be loaded (once for the run, not once per file).
public func compareFolders(
    expected: URL, actual: URL, options: CompareOptions = CompareOptions(),
    jobs: Int = ProcessInfo.processInfo.activeProcessorCount
) throws -> FolderComparison {
    try options.validate()
    try Poppler.load()
    let expectedNames = Set(try pdfFiles(in: expected))
    let actualNames = Set(try pdfFiles(in: actual))
    let both = expectedNames.intersection(actualNames).sorted()

    let results = ResultSlots(count: both.count)
    let workers = max(1, min(jobs, both.count))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
        let buffers = PixelBuffers()
        while let index = results.take() {
            let name = both[index]
            let entry: FolderEntry
            do {
                let result = try comparePDFs(
                    expected: expected.appendingPathComponent(name), actual: actual.appendingPathComponent(name),
                    options: options, imageName: (name as NSString).deletingPathExtension, buffers: buffers)
                entry = FolderEntry(name: name, status: result.equal ? .equal : .differ, result: result)
            } catch let error as CompareError {
                entry = FolderEntry(name: name, status: .error, error: error)
            } catch {
                entry = FolderEntry(
                    name: name, status: .error,
                    error: .cannotRead(actual.appendingPathComponent(name), reason: "\(error)"))
            }
            results.store(entry, at: index)
        }
    }

    var entries = results.entries
    entries += expectedNames.subtracting(actualNames).map { FolderEntry(name: $0, status: .missing) }
    entries += actualNames.subtracting(expectedNames).map { FolderEntry(name: $0, status: .extra) }
    entries.sort { $0.name < $1.name }
    return FolderComparison(expected: expected, actual: actual, entries: entries)
}

/// Relative paths of the PDF files under `folder`.
private func pdfFiles(in folder: URL) throws -> [String] {
    let fileManager = FileManager.default
    var isDirectory: ObjCBool = false
    guard fileManager.fileExists(atPath: folder.path, isDirectory: &isDirectory) else {
        throw CompareError.cannotRead(folder, reason: "no such folder")
    }
    guard isDirectory.boolValue else { throw CompareError.notADirectory(folder) }
    guard let enumerator = fileManager.enumerator(atPath: folder.path) else {
        throw CompareError.cannotRead(folder, reason: "cannot list its files")
    }
    var names: [String] = []
    while let name = enumerator.nextObject() as? String {
        let components = name.split(separator: "/")
        if components.contains(where: { $0.hasPrefix(".") }) { continue }
        guard (name as NSString).pathExtension.lowercased() == "pdf" else { continue }
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder),
            !isFolder.boolValue
        {
            names.append(name)
        }
    }
    return names
}

/// Hands out indices to worker threads and collects their results.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var slots: [FolderEntry?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ entry: FolderEntry, at index: Int) {
        lock.lock()
        slots[index] = entry
        lock.unlock()
    }

    var entries: [FolderEntry] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
