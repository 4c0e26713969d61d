// Guards Yams against input that would exhaust it: nesting deeper than 64 levels (its recursion could overflow a
// thread's stack) and anchors (&name), whose aliases can multiply a few lines into millions of values.
enum YAMLPrescan {
    static let maxDepth = 64

    struct Finding {
        var offset: Int
        var message: String
        var hint: String
    }

    /// Scans the YAML in `range` token by token (quotes, comments and block scalars skipped); nil when it is safe.
    static func check(_ bytes: [UInt8], _ range: Range<Int>) -> Finding? {
        var scanner = Scanner(bytes: bytes, end: range.upperBound, position: range.lowerBound)
        return scanner.run()
    }

    private struct Scanner {
        let bytes: [UInt8]
        let end: Int
        var position: Int
        var flowDepth = 0
        var indents: [Int] = []

        func byte(_ offset: Int) -> UInt8 { offset < end ? bytes[offset] : 0x0A }
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

        mutating func run() -> Finding? {
            while position < end {
                if let finding = line() { return finding }
            }
            return nil
        }

        /// One line: its indentation gives the block depth; then its tokens.
        mutating func line() -> Finding? {
            var indent = 0
            while byte(position + indent) == 0x20 { indent += 1 }
            position += indent
            let first = byte(position)
            if first == 0x0A || first == 0x0D || first == UInt8(ascii: "#") { return skipLine() }
            if flowDepth == 0 {
                while let last = indents.last, last >= indent { indents.removeLast() }
                indents.append(indent)
            }
            var tokenStart = true
            var sequenceMarks = 0
            while position < end {
                let current = byte(position)
                let next = byte(position + 1)
                switch current {
                case 0x0A, 0x0D:
                    position += 1
                    return nil
                case 0x20, 0x09:
                    position += 1
                    continue
                case UInt8(ascii: "#") where tokenStart || isBlank(byte(position - 1)):
                    return skipLine()
                case _ where tokenStart && Self.isOne(of: "\"'", current):
                    skipQuoted(current)
                    tokenStart = false
                    continue
                case _ where tokenStart && flowDepth == 0 && Self.isOne(of: "|>", current):
                    _ = skipLine()
                    skipBlockScalar(deeperThan: indent)
                    return nil
                case UInt8(ascii: "!") where tokenStart:
                    // A tag (`!!seq`) keeps the token open: an anchor may follow it.
                    while position < end, !isBlank(bytes[position]) { position += 1 }
                    continue
                case UInt8(ascii: "&") where tokenStart && !isBlank(next):
                    return Finding(offset: position, message: "anchors (&name) and aliases (*name) are not supported",
                                   hint: "write each value out; put text that starts with & in quotes")
                case _ where tokenStart && Self.isOne(of: "[{", current):
                    flowDepth += 1
                case _ where flowDepth > 0 && Self.isOne(of: "]}", current):
                    flowDepth -= 1
                    tokenStart = false
                case UInt8(ascii: ",") where flowDepth > 0:
                    tokenStart = true
                case _ where tokenStart && Self.isOne(of: "-?", current) && isBlank(next):
                    sequenceMarks += 1
                case UInt8(ascii: ":") where isBlank(next) || flowDepth > 0:
                    tokenStart = true
                default:
                    tokenStart = false
                }
                if indents.count + sequenceMarks + flowDepth > YAMLPrescan.maxDepth {
                    return Finding(offset: position, message: "nested more than \(YAMLPrescan.maxDepth) levels deep",
                                   hint: "a front matter needs a few levels at most")
                }
                position += 1
            }
            return nil
        }

        /// Whether `byte` is one of the ASCII `characters` (a guard on a case must hold for every pattern in it).
        static func isOne(of characters: StaticString, _ byte: UInt8) -> Bool {
            characters.withUTF8Buffer { $0.contains(byte) }
        }

        mutating func skipLine() -> Finding? {
            while position < end, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            if position < end { position += 1 }
            return nil
        }

        /// Past a quoted scalar, which may span lines; `''` and `\"` do not close it.
        mutating func skipQuoted(_ quote: UInt8) {
            position += 1
            while position < end {
                let current = bytes[position]
                if quote == UInt8(ascii: "\""), current == UInt8(ascii: "\\") {
                    position += 2
                    continue
                }
                position += 1
                if current == quote {
                    guard quote == UInt8(ascii: "'"), byte(position) == quote else { return }
                    position += 1
                }
            }
        }

        /// Past the lines of a `|` or `>` scalar: blank lines and lines indented deeper than its key.
        mutating func skipBlockScalar(deeperThan indent: Int) {
            while position < end {
                var spaces = 0
                while byte(position + spaces) == 0x20 { spaces += 1 }
                let first = byte(position + spaces)
                guard spaces > indent || first == 0x0A || first == 0x0D else { return }
                _ = skipLine()
            }
        }
    }
}
