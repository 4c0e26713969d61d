// Where the workers' rows meet: counters, the streamed report, and the observer, one row at a time.
import Foundation

final class BatchLedger: @unchecked Sendable {
    private let lock = NSLock()
    private let started = DispatchTime.now().uptimeNanoseconds
    private var counts = BatchCounts()
    private let report: BatchReport?
    private let observer: @Sendable (BatchRow, BatchCounts) -> Void

    init(report: BatchReport?, observer: @escaping @Sendable (BatchRow, BatchCounts) -> Void) {
        self.report = report
        self.observer = observer
    }

    /// Counts the row, adds it to the report and tells the observer (never two rows at once).
    func record(_ row: BatchRow) {
        lock.withLock {
            counts.add(row.status)
            report?.append(row)
            observer(row, counts)
        }
    }

    /// The summary of the rows recorded; with a report, also writes its closing part.
    func finish(interruption: Int32?) -> BatchSummary {
        lock.withLock {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            var summary = BatchSummary(counts: counts, seconds: seconds, interruption: interruption)
            summary.reportFailure = report?.finish(summary)
            return summary
        }
    }
}
