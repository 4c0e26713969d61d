// Collects the bytes Cairo writes: a plain growing buffer, since Cairo calls for every few bytes it writes.
import CPangoCairo
import Foundation

final class ByteSink {
    private struct Buffer {
        var start: UnsafeMutablePointer<UInt8>?
        var count = 0
        var capacity = 0
    }

    /// Kept outside the object, so that a write touches no reference count and no exclusivity check.
    private let buffer = UnsafeMutablePointer<Buffer>.allocate(capacity: 1)

    init() { buffer.initialize(to: Buffer()) }

    deinit {
        free(buffer.pointee.start)
        buffer.deallocate()
    }

    /// What `write` is given with each call.
    var closure: UnsafeMutableRawPointer { UnsafeMutableRawPointer(buffer) }

    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: buffer.pointee.start, count: buffer.pointee.count)) }

    var data: Data { Data(UnsafeBufferPointer(start: buffer.pointee.start, count: buffer.pointee.count)) }

    static let write: cairo_write_func_t = { closure, data, length in
        let buffer = closure!.assumingMemoryBound(to: Buffer.self)
        let needed = buffer.pointee.count + Int(length)
        if needed > buffer.pointee.capacity {
            var capacity = max(buffer.pointee.capacity, 1 << 16)
            while capacity < needed { capacity *= 2 }
            guard let grown = realloc(buffer.pointee.start, capacity) else { return CAIRO_STATUS_WRITE_ERROR }
            buffer.pointee.start = grown.assumingMemoryBound(to: UInt8.self)
            buffer.pointee.capacity = capacity
        }
        if length > 0, let data { (buffer.pointee.start! + buffer.pointee.count).update(from: data, count: Int(length)) }
        buffer.pointee.count = needed
        return CAIRO_STATUS_SUCCESS
    }
}
