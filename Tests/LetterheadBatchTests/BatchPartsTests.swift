// The small parts: the bounded queue's back-pressure and cancellation, the progress line, the summary line.
import Foundation
@testable import Letterhead
import XCTest

final class BatchPartsTests: XCTestCase {
    func testQueueHoldsAtMostItsCapacityAndStopsWhenCancelled() throws {
        let queue = BatchQueue<Int>(capacity: 2)
        XCTAssertTrue(queue.push(1))
        XCTAssertTrue(queue.push(2))
        let pushed = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            _ = queue.push(3)
            pushed.signal()
        }
        XCTAssertEqual(pushed.wait(timeout: .now() + 0.2), .timedOut, "a push into a full queue must wait")
        XCTAssertEqual(queue.pop(), 1)
        XCTAssertEqual(pushed.wait(timeout: .now() + 5), .success)
        queue.close()
        XCTAssertEqual([queue.pop(), queue.pop(), queue.pop()], [2, 3, nil])

        let cancelled = BatchQueue<Int>(capacity: 1)
        XCTAssertTrue(cancelled.push(1))
        cancelled.cancel()
        XCTAssertFalse(cancelled.push(2))
        XCTAssertNil(cancelled.pop())
    }

    func testProgressLine() {
        XCTAssertEqual(BatchTerminal.progressLine(finished: 450, total: 1000, seconds: 5),
                       "[#############-----------------] 450/1000  45%  90.0 documents/s  ETA 0:07")
        XCTAssertEqual(BatchTerminal.progressLine(finished: 12, total: nil, seconds: 2), "12 documents  6.0 documents/s")
        XCTAssertEqual(BatchTerminal.duration(3723), "1:02:03")
        XCTAssertEqual(BatchTerminal.duration(59.2), "1:00")
    }

    func testSummaryLineAndExitStatus() {
        var summary = BatchSummary(counts: BatchCounts(rendered: 98, failed: 2, skipped: 5), seconds: 1.25)
        XCTAssertEqual(summary.description, "letterhead batch: 98 rendered, 2 failed, 5 skipped in 1.25 s (80.0 documents/s)")
        XCTAssertEqual(summary.exitStatus, 1)
        summary.counts.failed = 0
        XCTAssertEqual(summary.exitStatus, 0)
        summary.interruption = SIGINT
        XCTAssertEqual(summary.exitStatus, 130)
        XCTAssertTrue(summary.description.hasSuffix(", interrupted by signal 2"))
    }
}
