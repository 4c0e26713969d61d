// The --report file, written as the batch goes: {"documents": [row, ...], "summary": {...}}; rows are not kept.
import Foundation

final class BatchReport {
    private let path: String
    private let handle: FileHandle
    private let encoder = JSONEncoder()
    private var rows = 0
    /// The first write that failed; the rows after it are dropped and `finish` throws it.
    private var failure: Error?

    init(path: String) throws {
        self.path = path
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw LetterheadError("\(path): cannot write the report")
        }
        self.handle = handle
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        write(Data("{\"documents\": [".utf8))
    }

    func append(_ row: BatchRow) {
        guard let json = try? encoder.encode(row) else { return }
        write(Data((rows == 0 ? "\n" : ",\n").utf8) + json)
        rows += 1
    }

    /// Closes the file after the summary; why the report is not whole, if it is not.
    func finish(_ summary: BatchSummary) -> String? {
        let json = (try? encoder.encode(summary)) ?? Data("null".utf8)
        write(Data("\n],\n\"summary\": ".utf8) + json + Data("}\n".utf8))
        try? handle.close()
        return failure.map { "\(path): cannot write the report (\(($0 as NSError).localizedDescription))" }
    }

    private func write(_ data: Data) {
        guard failure == nil else { return }
        do { try handle.write(contentsOf: data) } catch { failure = error }
    }
}
