// What a batch shows on standard error: each document's diagnostics, a live progress bar on a terminal, the summary.
import Foundation

public final class BatchTerminal: @unchecked Sendable {
    private let lock = NSLock()
    private let showsProgress: Bool
    private let started = DispatchTime.now().uptimeNanoseconds
    private var total: Int?
    private var finished = 0
    private var lastDrawn: UInt64 = 0
    private var barShown = false

    /// progress: draw the bar (only sensible when standard error is a terminal; see `standardErrorIsTerminal`).
    public init(progress: Bool) {
        showsProgress = progress
    }

    public static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// The number of documents, once known: the bar then shows a share and an ETA.
    public func setTotal(_ total: Int) {
        lock.withLock { self.total = total }
    }

    /// Prints the document's diagnostics and, at most ten times a second, redraws the bar.
    public func document(_ row: BatchRow, counts: BatchCounts) {
        lock.withLock {
            finished = counts.finished
            if !row.diagnostics.isEmpty {
                write(clearBar() + row.diagnostics.map { $0 + "\n" }.joined())
            }
            let now = DispatchTime.now().uptimeNanoseconds
            if showsProgress, !barShown || now - lastDrawn > 100_000_000 || finished == total {
                lastDrawn = now
                barShown = true
                write("\r" + Self.progressLine(finished: finished, total: total, seconds: Double(now - started) / 1e9) + "\u{1B}[K")
            }
        }
    }

    /// Prints a line, above the bar.
    public func message(_ line: String) {
        lock.withLock { write(clearBar() + line + "\n") }
    }

    /// Clears the bar and prints the summary line (and why the report is not whole, if it is not).
    public func finish(_ summary: BatchSummary) {
        lock.withLock {
            write(clearBar() + (summary.reportFailure.map { "letterhead: error: \($0)\n" } ?? "") + summary.description + "\n")
        }
    }

    /// `[#########-----------]  450/1000  45%  81.2 documents/s  ETA 0:07`; without a total, count and rate only.
    public static func progressLine(finished: Int, total: Int?, seconds: Double) -> String {
        let rate = seconds > 0 ? Double(finished) / seconds : 0
        let speed = String(format: "%.1f documents/s", rate)
        guard let total, total > 0 else { return "\(finished) documents  \(speed)" }
        let share = min(Double(finished) / Double(total), 1)
        let filled = Int((share * 30).rounded(.down))
        let bar = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: 30 - filled) + "]"
        let eta = rate > 0 ? duration(Double(max(total - finished, 0)) / rate) : "?"
        return "\(bar) \(finished)/\(total)  \(Int(share * 100))%  \(speed)  ETA \(eta)"
    }

    /// `0:07`, `12:34`, `1:02:03`.
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        let (hours, minutes, rest) = (whole / 3600, whole % 3600 / 60, whole % 60)
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(rest))" : "\(minutes):\(two(rest))"
    }

    private func clearBar() -> String {
        guard barShown else { return "" }
        barShown = false
        return "\r\u{1B}[K"
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
