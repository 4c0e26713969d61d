// zlib's deflate and inflate for PDF streams (/FlateDecode).
import CZlib

enum Flate {
    /// `level`: zlib's 1 (fastest) to 9 (smallest); the default is 6. The window and hash table are sized to the
    /// input (a page's content is a few kilobytes): zlib's full 256 KB state would be mostly set up for nothing.
    static func compress(_ bytes: [UInt8], level: Int32 = Z_DEFAULT_COMPRESSION) throws -> [UInt8] {
        var windowBits: Int32 = 9
        while windowBits < 15, 1 << windowBits < bytes.count { windowBits += 1 }
        var stream = z_stream()
        guard deflateInit2_(&stream, level, Z_DEFLATED, windowBits, max(1, windowBits - 7), Z_DEFAULT_STRATEGY,
                             ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw PaintError("zlib cannot start compressing")
        }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))))
        let status = output.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { input in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw PaintError("zlib cannot compress a stream (status \(status))") }
        output.removeLast(output.count - Int(stream.total_out))
        return output
    }

    static func decompress(_ bytes: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw PaintError("zlib cannot start inflating")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: max(16_384, bytes.count * 4))
        var status = Z_OK
        bytes.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = uInt(input.count)
            repeat {
                chunk.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    output += out[0..<(out.count - Int(stream.avail_out))]
                }
            } while status == Z_OK
        }
        // Z_BUF_ERROR: the input ended before the stream did.
        guard status == Z_STREAM_END else { throw PaintError("a Flate stream is damaged or cut short (zlib status \(status))") }
        return output
    }
}
