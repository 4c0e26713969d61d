// The objects of a PDF with a classic cross-reference table (as Cairo writes it): read, edited in place, written anew.
struct PDFObjects {
    struct Object: Equatable {
        var value: PDFValue
        /// A stream's data as stored in the file (still encoded by its /Filter).
        var stream: [UInt8]?
    }

    /// "1.5" for a file that starts "%PDF-1.5".
    let version: String
    var trailer: PDFDictionary
    private(set) var objects: [Int: Object] = [:]
    private(set) var nextNumber: Int

    init(_ bytes: [UInt8]) throws {
        guard bytes.starts(with: Array("%PDF-".utf8)) else { throw PaintError("the PDF to finish does not start with %PDF-") }
        var header = PDFSyntax(bytes, at: 5)
        version = header.word()
        var streamStarts: [Int: Int] = [:]
        let (offsets, trailer) = try Self.crossReferences(bytes)
        self.trailer = trailer
        for (number, offset) in offsets {
            var syntax = PDFSyntax(bytes, at: offset)
            guard syntax.take(String(number)), syntax.take("0"), syntax.take("obj") else {
                throw PaintError("the PDF to finish has no object \(number) at byte \(offset)")
            }
            let value = try Self.parse(&syntax)
            objects[number] = Object(value: value)
            if syntax.take("stream") {
                if syntax.position < bytes.count, bytes[syntax.position] == 0x0D { syntax.position += 1 }
                if syntax.position < bytes.count, bytes[syntax.position] == 0x0A { syntax.position += 1 }
                streamStarts[number] = syntax.position
            }
        }
        nextNumber = (objects.keys.max() ?? 0) + 1
        for (number, start) in streamStarts {
            let lengthValue = objects[number]?.value.dictionary?["Length"]
            guard let length = lengthValue.map(resolve)?.integer, length >= 0, start + length <= bytes.count else {
                throw PaintError("the PDF to finish has a stream (object \(number)) without a valid /Length")
            }
            objects[number]?.stream = Array(bytes[start..<start + length])
        }
    }

    private static func parse(_ syntax: inout PDFSyntax) throws -> PDFValue {
        do { return try syntax.value() } catch let failure as PDFSyntax.Failure {
            throw PaintError("the PDF to finish cannot be read at byte \(failure.offset): \(failure.reason)")
        }
    }

    /// The byte offset of every object in use, and the trailer dictionary.
    private static func crossReferences(_ bytes: [UInt8]) throws -> ([Int: Int], PDFDictionary) {
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
            guard let first = syntax.integer(), let count = syntax.integer() else {
                throw PaintError("the PDF to finish has a damaged cross-reference table")
            }
            for number in first..<first + count {
                let offset = syntax.integer(), _ = syntax.integer()
                syntax.skipSpace()
                if syntax.word() == "n", let offset { offsets[number] = offset }
            }
        }
        guard case .dictionary(let trailer) = try parse(&syntax) else { throw PaintError("the PDF to finish has no trailer") }
        return (offsets, trailer)
    }

    // MARK: Access and edits

    /// The value a reference points to (the value itself when it is not a reference).
    func resolve(_ value: PDFValue) -> PDFValue {
        if case .reference(let number) = value { return objects[number]?.value ?? .null }
        return value
    }

    func dictionary(_ number: Int) -> PDFDictionary? { objects[number]?.value.dictionary }

    mutating func set(_ number: Int, _ value: PDFValue) { objects[number]?.value = value }

    mutating func setStream(_ number: Int, _ data: [UInt8]) { objects[number]?.stream = data }

    /// A new object; its number.
    mutating func add(_ value: PDFValue, stream: [UInt8]? = nil) -> Int {
        let number = nextNumber
        nextNumber += 1
        objects[number] = Object(value: value, stream: stream)
        return number
    }

    /// The page objects in order (the page tree walked depth first).
    var pages: [Int] {
        var result: [Int] = []
        func walk(_ number: Int, depth: Int) {
            guard depth < 64, let node = dictionary(number) else { return }
            if node.isName("Type", "Page") { result.append(number); return }
            for kid in node["Kids"].map(resolve)?.array ?? [] { if let child = kid.reference { walk(child, depth: depth + 1) } }
        }
        if let root = trailer["Root"]?.reference, let pages = dictionary(root)?["Pages"]?.reference { walk(pages, depth: 0) }
        return result
    }
}
