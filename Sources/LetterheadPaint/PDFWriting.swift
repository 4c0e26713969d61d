// Writes PDF objects as a new file: objects reachable from the trailer, numbered 1...n, a cross-reference table, an /ID.
import CPangoCairo

extension PDFObjects {
    /// The file. Objects nothing refers to any more are left out; the /ID is the MD5 of everything before the trailer,
    /// so the same objects always give the same bytes.
    func written() -> [UInt8] {
        let order = reachableNumbers()
        var numbering: [Int: Int] = [:]
        for (index, number) in order.enumerated() { numbering[number] = index + 1 }
        var out: [UInt8] = []
        out.reserveCapacity(objects.values.reduce(4096) { $0 + ($1.stream?.count ?? 0) + 256 })
        out += Array("%PDF-\(version)\n%\u{BF}\u{F7}\u{A2}\u{FE}\n".unicodeScalars.map { UInt8($0.value) })
        var offsets: [Int] = []
        offsets.reserveCapacity(order.count)
        for number in order {
            guard let object = objects[number] else { continue }
            offsets.append(out.count)
            out.append(contentsOf: "\(numbering[number]!) 0 obj\n".utf8)
            if let stream = object.stream, var dictionary = object.value.dictionary {
                dictionary["Length"] = .integer(stream.count)
                PDFValue.dictionary(dictionary).write(to: &out, numbering: numbering)
                out.append(contentsOf: "\nstream\n".utf8)
                out += stream
                out.append(contentsOf: "\nendstream\nendobj\n".utf8)
            } else {
                object.value.write(to: &out, numbering: numbering)
                out.append(contentsOf: "\nendobj\n".utf8)
            }
        }
        let id = Self.md5(out)
        let table = out.count
        out.append(contentsOf: "xref\n0 \(order.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets {
            let digits = String(offset)
            out.append(contentsOf: String(repeating: "0", count: max(0, 10 - digits.count)).utf8)
            out.append(contentsOf: digits.utf8)
            out.append(contentsOf: " 00000 n \n".utf8)
        }
        let root = trailer["Root"]?.reference.flatMap { numbering[$0] } ?? 0
        let info = trailer["Info"]?.reference.flatMap { numbering[$0] }.map { " /Info \($0) 0 R" } ?? ""
        out.append(contentsOf: "trailer\n<< /Size \(order.count + 1) /Root \(root) 0 R\(info) /ID [<\(id)><\(id)>] >>\n".utf8)
        out.append(contentsOf: "startxref\n\(table)\n%%EOF\n".utf8)
        return out
    }

    /// Object numbers reachable from the trailer's /Root and /Info, in ascending order.
    private func reachableNumbers() -> [Int] {
        var seen = Set<Int>()
        var pending = ["Root", "Info"].compactMap { trailer[$0]?.reference }
        while let number = pending.popLast() {
            guard seen.insert(number).inserted, let object = objects[number] else { continue }
            var value = object.value
            if object.stream != nil, var dictionary = value.dictionary {
                dictionary["Length"] = nil  // written as a number
                value = .dictionary(dictionary)
            }
            value.forEachReference { pending.append($0) }
        }
        return seen.filter { objects[$0] != nil }.sorted()
    }

    private static func md5(_ bytes: [UInt8]) -> String {
        let checksum = bytes.withUnsafeBufferPointer { g_compute_checksum_for_data(G_CHECKSUM_MD5, $0.baseAddress, gsize($0.count)) }!
        defer { g_free(checksum) }
        return String(cString: checksum)
    }
}

extension PDFValue {
    func forEachReference(_ body: (Int) -> Void) {
        switch self {
        case .reference(let number): body(number)
        case .array(let items): for item in items { item.forEachReference(body) }
        case .dictionary(let dictionary): for entry in dictionary.entries { entry.value.forEachReference(body) }
        default: break
        }
    }

    /// The value in PDF syntax, references renumbered.
    func write(to out: inout [UInt8], numbering: [Int: Int]) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out += Array((value ? "true" : "false").utf8)
        case .number(let text): out.append(contentsOf: text.utf8)
        case .name(let name): out.append(UInt8(ascii: "/")); out.append(contentsOf: name.utf8)
        case .string(let bytes): Self.writeLiteral(bytes, to: &out)
        case .reference(let number): out.append(contentsOf: "\(numbering[number] ?? 0) 0 R".utf8)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for item in items { out.append(0x20); item.write(to: &out, numbering: numbering) }
            out.append(contentsOf: " ]".utf8)
        case .dictionary(let dictionary):
            out.append(contentsOf: "<<".utf8)
            for entry in dictionary.entries {
                out.append(contentsOf: " /".utf8)
                out.append(contentsOf: entry.key.utf8)
                out.append(0x20)
                entry.value.write(to: &out, numbering: numbering)
            }
            out.append(contentsOf: " >>".utf8)
        }
    }

    private static func writeLiteral(_ bytes: [UInt8], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "("))
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
            case 0x20..<0x7F: out.append(byte)
            default:
                out.append(UInt8(ascii: "\\"))
                for shift in [6, 3, 0] { out.append(UInt8(ascii: "0") + (byte >> UInt8(shift)) & 7) }
            }
        }
        out.append(UInt8(ascii: ")"))
    }
}
