// SIGINT and SIGTERM during a batch: the first stops it cleanly (summary, exit 128 + signal); a second exits at once.
import Foundation

public final class BatchSignals {
    private let sources: [DispatchSourceSignal]

    /// From now until `restore()`: the first signal cancels `runner` and calls `onStop`; another one removes the
    /// temporary files of PDFs being written and exits with 128 + the signal.
    public init(runner: BatchRunner, onStop: @escaping @Sendable (Int32) -> Void = { _ in }) {
        let queue = DispatchQueue(label: "letterhead.batch.signals")
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                if runner.cancel(signal: number) {
                    onStop(number)
                } else {
                    runner.removeTemporaries()
                    _exit(128 + number)
                }
            }
            source.resume()
            return source
        }
    }

    /// The default handling of both signals again.
    public func restore() {
        for source in sources {
            source.cancel()
            signal(Int32(source.handle), SIG_DFL)
        }
    }
}
