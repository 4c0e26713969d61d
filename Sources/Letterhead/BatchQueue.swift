// A bounded blocking queue between the input stream and the workers: the producer waits while it is full.
import Foundation

final class BatchQueue<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Element] = []
    private var head = 0
    private let capacity: Int
    private var closed = false
    private var cancelled = false

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
    }

    /// Adds an element, waiting while the queue is full; false (and nothing added) once cancelled.
    func push(_ element: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= capacity, !cancelled { condition.wait() }
        guard !cancelled else { return false }
        if head > capacity {
            items.removeFirst(head)
            head = 0
        }
        items.append(element)
        condition.broadcast()
        return true
    }

    /// The next element, waiting while the queue is empty; nil when it is closed and drained, or cancelled.
    func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count, !closed, !cancelled { condition.wait() }
        guard !cancelled, head < items.count else { return nil }
        let element = items[head]
        head += 1
        condition.broadcast()
        return element
    }

    /// No more elements will come: workers stop when the queue is drained.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Stop now: waiting pushes and pops return at once, and what is queued is dropped.
    func cancel() {
        condition.lock()
        cancelled = true
        items.removeAll()
        head = 0
        condition.broadcast()
        condition.unlock()
    }
}
