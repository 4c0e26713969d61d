// The objects of a PDF with a classic cross-reference table (as Cairo writes it): read on demand, edited, written.
//
// Only the objects the finishing step looks at are parsed; the others are copied as they are when writing.
final class PDFObjects {
    struct Object {
        var value: PDFValue
        /// A stream's data as stored in the file (still encoded by its /Filter).
        var stream: [UInt8]?
    }

    /// "1.5" for a file that starts "%PDF-1.5".
    let version: String
    var trailer: PDFDictionary
    let bytes: [UInt8]
    /// Where each object of the file is written, "N 0 obj" to the next object (or the cross-reference table).
    let spans: [Int: Range<Int>]
    private var parsed: [Int: Object] = [:]
    /// Objects changed or added; written anew.
    private(set) var edited: Set<Int> = []
    /// Objects taken out; free in the new cross-reference table.
    private(set) var removed: Set<Int> = []
    private(set) var nextNumber: Int

    init(_ bytes: [UInt8]) throws {
        guard bytes.starts(with: Array("%PDF-".utf8)) else { throw PaintError("the PDF to finish does not start with %PDF-") }
        self.bytes = bytes
        var header = PDFSyntax(bytes, at: 5)
        version = header.word()
        let (offsets, table, trailer) = try Self.crossReferences(bytes)
        self.trailer = trailer
        let starts = offsets.sorted { $0.value < $1.value }
        var spans: [Int: Range<Int>] = [:]
        for (index, entry) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1].value : table
            guard entry.value < end, end <= bytes.count else { throw PaintError("the PDF to finish has a damaged cross-reference table") }
            spans[entry.key] = entry.value..<end
        }
        self.spans = spans
        nextNumber = (spans.keys.max() ?? 0) + 1
    }

    /// The byte offset of every object in use, the offset of the table, and the trailer dictionary.
    private static func crossReferences(_ bytes: [UInt8]) throws -> ([Int: Int], Int, PDFDictionary) {
        let tail = Array(bytes.suffix(64))
        let marker = Array("startxref".utf8)
        guard let found = (0...max(0, tail.count - marker.count)).last(where: { tail[$0...].starts(with: marker) }) else {
            throw PaintError("the PDF to finish has no startxref")
        }
        var syntax = PDFSyntax(bytes, at: bytes.count - tail.count + found + marker.count)
        guard let start = syntax.integer(), start < bytes.count else { throw PaintError("the PDF to finish has a bad startxref") }
        syntax.position = start
        guard syntax.take("xref") else { throw PaintError("the PDF to finish has no cross-reference table at byte \(start)") }
        var offsets: [Int: Int] = [:]
        while !syntax.take("trailer") {
            guard let first = syntax.integer(), let count = syntax.integer(), first >= 0, count >= 0,
                  count <= bytes.count / 20 else {
                throw PaintError("the PDF to finish has a damaged cross-reference table")
            }
            for number in first..<first + count {
                let offset = syntax.integer(), _ = syntax.integer()
                syntax.skipSpace()
                if syntax.word() == "n", let offset { offsets[number] = offset }
            }
        }
        guard case .dictionary(let trailer) = try parse(&syntax) else { throw PaintError("the PDF to finish has no trailer") }
        return (offsets, start, trailer)
    }

    private static func parse(_ syntax: inout PDFSyntax) throws -> PDFValue {
        do { return try syntax.value() } catch let failure as PDFSyntax.Failure {
            throw PaintError("the PDF to finish cannot be read at byte \(failure.offset): \(failure.reason)")
        }
    }

    // MARK: Reading

    /// The object numbers in use, ascending.
    var numbers: [Int] { (1..<nextNumber).filter { (spans[$0] != nil || edited.contains($0)) && !removed.contains($0) } }

    /// The first bytes of an object as the file has it (at most 512: a stream's dictionary, not its data).
    func opening(of number: Int) -> ArraySlice<UInt8> {
        guard let span = spans[number], !edited.contains(number) else { return [] }
        return bytes[span.lowerBound..<min(span.upperBound, span.lowerBound + 512)]
    }

    func object(_ number: Int) throws -> Object? {
        if let object = parsed[number] { return object }
        guard let span = spans[number], !removed.contains(number) else { return nil }
        var syntax = PDFSyntax(bytes, at: span.lowerBound)
        guard syntax.take(String(number)), syntax.take("0"), syntax.take("obj") else {
            throw PaintError("the PDF to finish has no object \(number) at byte \(span.lowerBound)")
        }
        var object = Object(value: try Self.parse(&syntax))
        if syntax.take("stream") {
            if syntax.position < bytes.count, bytes[syntax.position] == 0x0D { syntax.position += 1 }
            if syntax.position < bytes.count, bytes[syntax.position] == 0x0A { syntax.position += 1 }
            let start = syntax.position
            let lengthValue = object.value.dictionary?["Length"] ?? .null
            guard let length = try resolve(lengthValue).integer, length >= 0, start + length <= span.upperBound else {
                throw PaintError("the PDF to finish has a stream (object \(number)) without a valid /Length")
            }
            object.stream = Array(bytes[start..<start + length])
        }
        parsed[number] = object
        return object
    }

    /// The value a reference points to (the value itself when it is not a reference).
    func resolve(_ value: PDFValue) throws -> PDFValue {
        if case .reference(let number) = value { return try object(number)?.value ?? .null }
        return value
    }

    func dictionary(_ number: Int) throws -> PDFDictionary? { try object(number)?.value.dictionary }

    /// The page objects in order (the page tree walked depth first).
    func pages() throws -> [Int] {
        var result: [Int] = []
        func walk(_ number: Int, depth: Int) throws {
            guard depth < 64, let node = try dictionary(number) else { return }
            if node.isName("Type", "Page") { result.append(number); return }
            for kid in try resolve(node["Kids"] ?? .null).array ?? [] { if let child = kid.reference { try walk(child, depth: depth + 1) } }
        }
        if let root = trailer["Root"]?.reference, let pages = try dictionary(root)?["Pages"]?.reference { try walk(pages, depth: 0) }
        return result
    }

    // MARK: Editing

    func set(_ number: Int, _ value: PDFValue) throws {
        guard var object = try object(number) else { return }
        object.value = value
        parsed[number] = object
        edited.insert(number)
    }

    /// New data for a stream; its /Length is written as a number, so an object that held the length goes.
    func setStream(_ number: Int, _ data: [UInt8]) throws {
        guard var object = try object(number) else { return }
        if let length = object.value.dictionary?["Length"]?.reference { removed.insert(length) }
        object.stream = data
        parsed[number] = object
        edited.insert(number)
    }

    /// A new object; its number.
    func add(_ value: PDFValue, stream: [UInt8]? = nil) -> Int {
        let number = nextNumber
        nextNumber += 1
        parsed[number] = Object(value: value, stream: stream)
        edited.insert(number)
        return number
    }

    func remove(_ number: Int) { removed.insert(number) }
}

extension ArraySlice where Element == UInt8 {
    /// Whether the bytes hold `marker` (ASCII).
    func contains(marker: String) -> Bool {
        let pattern = Array(marker.utf8)
        guard let first = pattern.first else { return true }
        var index = startIndex
        while let found = self[index...].firstIndex(of: first) {
            if self[found...].starts(with: pattern) { return true }
            index = found + 1
        }
        return false
    }
}
