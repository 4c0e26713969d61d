// The batch's counters and its closing summary: the line on standard error and the exit status.
import Foundation

public struct BatchCounts: Sendable, Equatable, Encodable {
    public var rendered = 0
    public var failed = 0
    public var skipped = 0
    public var finished: Int { rendered + failed + skipped }

    public init(rendered: Int = 0, failed: Int = 0, skipped: Int = 0) {
        self.rendered = rendered
        self.failed = failed
        self.skipped = skipped
    }

    mutating func add(_ status: BatchRow.Status) {
        switch status {
        case .ok: rendered += 1
        case .failed: failed += 1
        case .skipped: skipped += 1
        }
    }
}

public struct BatchSummary: Sendable, Encodable, CustomStringConvertible {
    public var counts: BatchCounts
    public var seconds: Double
    /// The signal (SIGINT, SIGTERM) that stopped the batch early, if any.
    public var interruption: Int32?
    /// Why the --report file could not be written whole, if it could not.
    public var reportFailure: String?

    /// Documents rendered or failed (not skipped) per second of the whole run.
    public var documentsPerSecond: Double {
        seconds > 0 ? Double(counts.rendered + counts.failed) / seconds : 0
    }

    /// 0 when every document was rendered or skipped, 1 when any failed (or the report could not be written),
    /// 128 + the signal when interrupted.
    public var exitStatus: Int32 {
        if let interruption { return 128 + interruption }
        return counts.failed > 0 || reportFailure != nil ? 1 : 0
    }

    /// `letterhead batch: 98 rendered, 2 failed, 0 skipped in 1.25 s (80.0 documents/s)`
    public var description: String {
        var text = "letterhead batch: \(counts.rendered) rendered, \(counts.failed) failed, \(counts.skipped) skipped in "
            + String(format: "%.2f s (%.1f documents/s)", seconds, documentsPerSecond)
        if let interruption { text += ", interrupted by signal \(interruption)" }
        return text
    }

    private enum CodingKeys: String, CodingKey {
        case rendered, failed, skipped, seconds, documentsPerSecond, interruption
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(counts.rendered, forKey: .rendered)
        try container.encode(counts.failed, forKey: .failed)
        try container.encode(counts.skipped, forKey: .skipped)
        try container.encode(seconds, forKey: .seconds)
        try container.encode(documentsPerSecond, forKey: .documentsPerSecond)
        try container.encode(interruption, forKey: .interruption)
    }
}
