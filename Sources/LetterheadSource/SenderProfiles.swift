// Sender profiles: `NAME.yaml` files in one folder, each a mapping with the keys of `sender`; each read once.
import Foundation
import LetterheadModel

final class SenderProfiles: @unchecked Sendable {
    let directory: URL
    private let lock = NSLock()
    private var loaded: [String: (sender: Sender?, diagnostics: [Diagnostic])] = [:]

    init(directory: URL) {
        self.directory = directory
    }

    /// The profile's sender, or nil with the problems of its file; nil altogether when there is no such profile.
    func profile(_ name: String) -> (sender: Sender?, diagnostics: [Diagnostic])? {
        if let cached = locked({ loaded[name] }) { return cached }
        let url = directory.appendingPathComponent("\(name).yaml")
        guard let data = try? Data(contentsOf: url) else { return nil }
        let result = Self.read(Array(data), file: url.relativePath)
        locked { loaded[name] = result }
        return result
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    /// Names of the profiles in the folder, sorted.
    func available() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    private static func read(_ bytes: [UInt8], file: String) -> (sender: Sender?, diagnostics: [Diagnostic]) {
        let text: [UInt8]
        switch TextCheck.text(bytes, file: file, emptyHint: "a profile holds organisation, unit, addresses, website") {
        case .success(let checked): text = checked
        case .failure(let problem): return (nil, [problem.diagnostic])
        }
        let log = DiagnosticLog()
        let index = LineIndex(text)
        switch YAMLSource(index: index, range: 0..<text.count, file: file, what: "sender profile").compose() {
        case .failure(let problem): return (nil, [problem.diagnostic])
        case .success(nil):
            return (nil, [Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), "the sender profile is empty")])
        case .success(let root?):
            let sender = SenderReader.read(root, path: nil, log: log)
            return (log.hasErrors ? nil : sender, log.items)
        }
    }
}
