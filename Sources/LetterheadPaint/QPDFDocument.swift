// A thin owner of a qpdf document (qpdf's C API): read from memory, object helpers, write deterministically.
import CQPDF
import Foundation

final class QPDFDocument {
    let q: qpdf_data
    /// qpdf reads from this buffer without copying it: it lives as long as the document.
    private let input: UnsafeMutableRawBufferPointer

    init(_ pdf: Data) throws {
        q = qpdf_init()
        input = UnsafeMutableRawBufferPointer.allocate(byteCount: pdf.count, alignment: 1)
        pdf.copyBytes(to: input)
        qpdf_silence_errors(q)
        qpdf_set_suppress_warnings(q, QPDF_TRUE)
        let status = qpdf_read_memory(q, "letterhead.pdf", input.baseAddress!.assumingMemoryBound(to: CChar.self),
                                      UInt64(pdf.count), nil)
        if status & QPDF_ERRORS != 0 { throw PaintError("qpdf cannot read Cairo's PDF: \(lastError())") }
    }

    deinit {
        var data: qpdf_data? = q
        qpdf_cleanup(&data)
        input.deallocate()
    }

    private func lastError() -> String {
        guard qpdf_has_error(q) != 0, let error = qpdf_get_error(q) else { return "unknown error" }
        return String(cString: qpdf_get_error_full_text(q, error))
    }

    // MARK: Objects

    var root: qpdf_oh { qpdf_get_root(q) }
    var trailer: qpdf_oh { qpdf_get_trailer(q) }

    func key(_ object: qpdf_oh, _ name: String) -> qpdf_oh { qpdf_oh_get_key(q, object, name) }
    func has(_ object: qpdf_oh, _ name: String) -> Bool { qpdf_oh_has_key(q, object, name) != 0 }
    func set(_ object: qpdf_oh, _ name: String, _ value: qpdf_oh) { qpdf_oh_replace_key(q, object, name, value) }
    func parse(_ text: String) -> qpdf_oh { qpdf_oh_parse(q, text) }
    func name(_ object: qpdf_oh) -> String? {
        qpdf_oh_is_name(q, object) != 0 ? String(cString: qpdf_oh_get_name(q, object)) : nil
    }
    func isName(_ object: qpdf_oh, _ key: String, _ value: String) -> Bool { name(self.key(object, key)) == value }
    func string(_ value: String) -> qpdf_oh { qpdf_oh_new_unicode_string(q, value) }
    func utf8(_ object: qpdf_oh) -> String? {
        qpdf_oh_is_string(q, object) != 0 ? String(cString: qpdf_oh_get_utf8_value(q, object)) : nil
    }
    func objectID(_ object: qpdf_oh) -> Int32 { qpdf_oh_get_object_id(q, object) }
    func items(_ array: qpdf_oh) -> [qpdf_oh] {
        guard qpdf_oh_is_array(q, array) != 0 else { return [] }
        return (0..<qpdf_oh_get_array_n_items(q, array)).map { qpdf_oh_get_array_item(q, array, $0) }
    }

    /// Every indirect object of the file (the trailer's /Size bounds the object numbers).
    func allObjects() -> [qpdf_oh] {
        let size = qpdf_oh_get_int_value_as_int(q, key(trailer, "/Size"))
        return (1..<max(1, size)).map { qpdf_get_object_by_id(q, $0, 0) }.filter { qpdf_oh_is_null(q, $0) == 0 }
    }

    var pages: [qpdf_oh] { (0..<max(0, Int(qpdf_get_num_pages(q)))).map { qpdf_get_page_n(q, $0) } }

    /// A stream's data with its compression undone.
    func streamData(_ stream: qpdf_oh) throws -> Data {
        var buffer: UnsafeMutablePointer<UInt8>?
        var length = 0
        guard qpdf_oh_get_stream_data(q, stream, qpdf_dl_generalized, nil, &buffer, &length) & QPDF_ERRORS == 0,
              let buffer else { throw PaintError("qpdf cannot read a content stream: \(lastError())") }
        defer { free(buffer) }
        return Data(bytes: buffer, count: length)
    }

    /// Replaces a stream's data with `data`, uncompressed (qpdf compresses it when writing).
    func replaceStream(_ stream: qpdf_oh, with data: Data) {
        data.withUnsafeBytes { bytes in
            qpdf_oh_replace_stream_data(q, stream, bytes.bindMemory(to: UInt8.self).baseAddress, data.count,
                                        qpdf_oh_new_null(q), qpdf_oh_new_null(q))
        }
    }

    func newStream(_ data: Data, dictionary: String) -> qpdf_oh {
        let stream = qpdf_oh_new_stream(q)
        replaceStream(stream, with: data)
        let dict = qpdf_oh_get_dict(q, stream)
        let entries = parse(dictionary)
        qpdf_oh_begin_dict_key_iter(q, entries)
        while qpdf_oh_dict_more_keys(q) != 0 {
            let name = String(cString: qpdf_oh_dict_next_key(q))
            set(dict, name, key(entries, name))
        }
        return stream  // a new stream is already an indirect object
    }

    // MARK: Writing

    /// The whole file, with an /ID derived from its content so that the same input gives the same bytes.
    func write(compressStreams: Bool = true) throws -> Data {
        guard qpdf_init_write_memory(q) & QPDF_ERRORS == 0 else { throw PaintError("qpdf: \(lastError())") }
        qpdf_set_deterministic_ID(q, QPDF_TRUE)
        qpdf_set_compress_streams(q, compressStreams ? QPDF_TRUE : QPDF_FALSE)
        // Streams Cairo compressed stay as they are; only the ones replaced here (uncompressed) get compressed.
        qpdf_set_decode_level(q, qpdf_dl_none)
        guard qpdf_write(q) & QPDF_ERRORS == 0 else { throw PaintError("qpdf cannot write the PDF: \(lastError())") }
        return Data(bytes: qpdf_get_buffer(q), count: qpdf_get_buffer_length(q))
    }
}
