// Shared by the batch tests: the checkout's environment, scratch folders, sources good and bad, and a run that keeps rows.
import Foundation
import Letterhead
import XCTest

enum BatchFixtures {
    static let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardizedFileURL

    static let environment: Environment = {
        let resources = Resources(fonts: checkout.appendingPathComponent("Fonts"), layouts: checkout.appendingPathComponent("Layouts"))
        return try! Environment(resources: resources)
    }()

    /// A small valid nota; its date stands at line 5, column 7.
    static func source(subject: String = "Onderwerp", date: String = "2026-06-08") -> String {
        """
        ---
        to: Minister van Asiel en Migratie
        sender:
          organisation: Immigratie- en Naturalisatiedienst (IND)
        date: \(date)
        subject: \(subject)
        ---

        # Aanleiding

        Tekst.

        """
    }

    static let invalidDate = source(date: "2026-13-45")

    /// A fresh folder under the temporary folder, removed when the test ends.
    static func scratchFolder(_ test: XCTestCase) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("letterhead-batch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    /// Writes `files` (relative path: text) under `folder`, making the folders between.
    static func write(_ files: [String: String], in folder: String) throws {
        for (name, text) in files {
            let path = (folder as NSString).appendingPathComponent(name)
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
    }

    /// Every file under `folder`, as sorted relative paths (hidden ones included).
    static func files(in folder: String) -> [String] {
        let all = FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []
        return all.filter { name in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(name), isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted()
    }

    /// Runs a batch and returns its summary and its rows, sorted by source.
    static func run(_ inputs: [String], options: BatchOptions) throws -> (summary: BatchSummary, rows: [BatchRow]) {
        let rows = Rows()
        let summary = try BatchRunner(environment: environment, options: options).run(inputs) { row, _ in rows.append(row) }
        return (summary, rows.sorted)
    }

    /// Whether `path` holds a whole PDF: the header at the start and the end-of-file marker at the end.
    static func isWholePDF(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        return data.starts(with: Data("%PDF-".utf8)) && String(decoding: data.suffix(8), as: UTF8.self).contains("%%EOF")
    }

    final class Rows: @unchecked Sendable {
        private let lock = NSLock()
        private var rows: [BatchRow] = []
        func append(_ row: BatchRow) { lock.withLock { rows.append(row) } }
        var sorted: [BatchRow] { lock.withLock { rows.sorted { $0.source < $1.source } } }
        var count: Int { lock.withLock { rows.count } }
    }
}
