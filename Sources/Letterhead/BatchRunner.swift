// Renders many documents on a pool of threads, each with its own Renderer, fed from the inputs through a bounded queue.
import Foundation

public struct BatchOptions: Sendable {
    /// The folder the PDFs go to (created when missing); outputs are paths relative to it.
    public var outputDirectory: String
    /// Worker threads, each with its own Renderer (Pango font maps are not thread-safe).
    public var jobs: Int
    /// Skip documents whose output file exists (to resume a batch).
    public var skipExisting: Bool
    /// Where to write the JSON report of every document, if anywhere.
    public var reportPath: String?

    public init(outputDirectory: String, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                skipExisting: Bool = false, reportPath: String? = nil) {
        self.outputDirectory = outputDirectory
        self.jobs = max(jobs, 1)
        self.skipExisting = skipExisting
        self.reportPath = reportPath
    }
}

/// Runs one batch (a runner runs once). The environment is shared read-only; jobs are read from the inputs as the
/// workers need them, never more than a few per worker ahead, so memory does not grow with the number of documents.
public final class BatchRunner: @unchecked Sendable {
    public let environment: Environment
    public let options: BatchOptions
    private let control = BatchControl()
    private let queue: BatchQueue<BatchJob>
    private let started = NSLock()
    private var hasRun = false

    public init(environment: Environment, options: BatchOptions) {
        self.environment = environment
        self.options = options
        queue = BatchQueue(capacity: options.jobs * 4)
    }

    /// Renders every document of `inputs` (source files, folders, `.jsonl` manifests); `onDocument` hears of each
    /// one as it finishes, one at a time. Throws only when the output folder, the report or a renderer cannot be made.
    public func run(_ inputs: [String], onDocument: @escaping @Sendable (BatchRow, BatchCounts) -> Void = { _, _ in })
        throws -> BatchSummary {
        try started.withLock {
            guard !hasRun else { throw LetterheadError("a BatchRunner runs once; make a new one for another batch") }
            hasRun = true
        }
        do {
            try FileManager.default.createDirectory(atPath: options.outputDirectory, withIntermediateDirectories: true)
        } catch {
            throw LetterheadError("\(options.outputDirectory): cannot create the output folder (\((error as NSError).localizedDescription))")
        }
        let renderers = try (0..<options.jobs).map { _ in try Renderer(environment: environment) }
        let ledger = BatchLedger(report: try options.reportPath.map(BatchReport.init(path:)), observer: onDocument)
        let finished = DispatchGroup()
        for renderer in renderers {
            let worker = Unchecked(BatchWorker(renderer: renderer, outputDirectory: options.outputDirectory,
                                               skipExisting: options.skipExisting, control: control))
            finished.enter()
            let thread = Thread { [queue] in
                while let job = queue.pop() {
                    if let row = worker.value.process(job) { ledger.record(row) }
                }
                finished.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        var jobs = BatchInputs(inputs)
        while !control.isCancelled, let job = jobs.next(), queue.push(job) {}
        queue.close()
        finished.wait()
        return ledger.finish(interruption: control.signal)
    }

    /// How many documents `inputs` name (bad inputs included): reads folder listings and manifest lines, no documents.
    public static func count(_ inputs: [String]) -> Int {
        BatchInputs.count(inputs)
    }

    /// Stops the batch (from a signal handler's queue, or any thread): no new document is started, documents not yet
    /// written are dropped, and `run` returns once the workers are done with the document they hold.
    /// Returns false when the batch was already stopped.
    @discardableResult
    public func cancel(signal: Int32 = SIGINT) -> Bool {
        guard control.cancel(signal: signal) else { return false }
        queue.cancel()
        return true
    }

    /// Removes the temporary files of PDFs being written right now: for a process that exits without waiting.
    public func removeTemporaries() {
        control.removeTemporaries()
    }
}

/// A value handed to exactly one thread, which alone uses it from then on.
private struct Unchecked<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
