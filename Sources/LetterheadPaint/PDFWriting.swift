// Writes the edited objects as a new file: unchanged objects copied, edited ones written anew, a cross-reference
// table with the removed ones free, and an /ID from the content, so the same objects always give the same bytes.
import CPangoCairo

extension PDFObjects {
    func written() throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + edited.count * 256 + 8192)
        out.append(contentsOf: "%PDF-\(version)\n%".utf8)
        out.append(contentsOf: [0xBF, 0xF7, 0xA2, 0xFE, 0x0A])
        var offsets: [Int?] = Array(repeating: nil, count: nextNumber)
        for number in 1..<nextNumber where !removed.contains(number) {
            if edited.contains(number), let object = try object(number) {
                offsets[number] = out.count
                out.append(contentsOf: "\(number) 0 obj\n".utf8)
                if let stream = object.stream, var dictionary = object.value.dictionary {
                    dictionary["Length"] = .integer(stream.count)
                    PDFValue.dictionary(dictionary).write(to: &out)
                    out.append(contentsOf: "\nstream\n".utf8)
                    out.append(contentsOf: stream)
                    out.append(contentsOf: "\nendstream\nendobj\n".utf8)
                } else {
                    object.value.write(to: &out)
                    out.append(contentsOf: "\nendobj\n".utf8)
                }
            } else if let span = spans[number] {
                offsets[number] = out.count
                out.append(contentsOf: bytes[span])
            }
        }
        let id = Self.md5(out)
        let table = out.count
        out.append(contentsOf: "xref\n0 \(nextNumber)\n".utf8)
        // Free entries form a list: each names the next free object, the last names object 0.
        let free = (1..<nextNumber).filter { offsets[$0] == nil }
        out.append(contentsOf: Self.entry(free.first ?? 0, generation: 65535, kind: "f"))
        var nextFree = 1
        for number in 1..<nextNumber {
            if let offset = offsets[number] {
                out.append(contentsOf: Self.entry(offset, generation: 0, kind: "n"))
            } else {
                out.append(contentsOf: Self.entry(nextFree < free.count ? free[nextFree] : 0, generation: 1, kind: "f"))
                nextFree += 1
            }
        }
        out.append(contentsOf: "trailer\n<< /Size \(nextNumber)".utf8)
        for key in ["Root", "Info"] {
            if let number = trailer[key]?.reference { out.append(contentsOf: " /\(key) \(number) 0 R".utf8) }
        }
        out.append(contentsOf: " /ID [<\(id)><\(id)>] >>\nstartxref\n\(table)\n%%EOF\n".utf8)
        return out
    }

    /// A cross-reference entry: 20 bytes, "0000012345 00000 n \n".
    private static func entry(_ value: Int, generation: Int, kind: String) -> [UInt8] {
        var bytes = [UInt8](repeating: UInt8(ascii: "0"), count: 20)
        var number = value
        for index in stride(from: 9, through: 0, by: -1) where number > 0 {
            bytes[index] = UInt8(ascii: "0") + UInt8(number % 10)
            number /= 10
        }
        bytes[10] = 0x20
        number = generation
        for index in stride(from: 15, through: 11, by: -1) where number > 0 {
            bytes[index] = UInt8(ascii: "0") + UInt8(number % 10)
            number /= 10
        }
        bytes[16] = 0x20
        bytes[17] = kind.utf8.first!
        bytes[18] = 0x20
        bytes[19] = 0x0A
        return bytes
    }

    private static func md5(_ bytes: [UInt8]) -> String {
        let checksum = bytes.withUnsafeBufferPointer { g_compute_checksum_for_data(G_CHECKSUM_MD5, $0.baseAddress, gsize($0.count)) }!
        defer { g_free(checksum) }
        return String(cString: checksum)
    }
}

extension PDFValue {
    /// The value in PDF syntax.
    func write(to out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let text): out.append(contentsOf: text.utf8)
        case .name(let name): out.append(UInt8(ascii: "/")); out.append(contentsOf: name.utf8)
        case .string(let bytes): Self.writeLiteral(bytes, to: &out)
        case .reference(let number): out.append(contentsOf: "\(number) 0 R".utf8)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for item in items { out.append(0x20); item.write(to: &out) }
            out.append(contentsOf: " ]".utf8)
        case .dictionary(let dictionary):
            out.append(contentsOf: "<<".utf8)
            for entry in dictionary.entries {
                out.append(contentsOf: " /".utf8)
                out.append(contentsOf: entry.key.utf8)
                out.append(0x20)
                entry.value.write(to: &out)
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
