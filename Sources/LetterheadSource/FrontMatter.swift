// Splits a Markdown source into its front matter (between two lines "---" at the very start) and its body.
import LetterheadModel

struct FrontMatterSplit {
    /// Bytes of the YAML between the two "---" lines; it starts at the beginning of line 2.
    var yaml: Range<Int>
    /// Bytes of the Markdown body after the closing "---" line, and the file line it starts on.
    var body: Range<Int>
    var bodyFirstLine: Int

    static func split(_ index: LineIndex, file: String) -> Result<FrontMatterSplit, Problem> {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard isDelimiter(line: 1, index) else {
            let firstText = (1...index.lineCount).first { !index.content(ofLine: $0).isEmpty }
            if let firstText, firstText > 1, isDelimiter(line: firstText, index) {
                return .failure(Problem(.error, at: start, field: "front matter", "blank lines before the opening \"---\"",
                                           hint: "the first line of the file must be \"---\""))
            }
            return .failure(Problem(.error, at: start, field: "front matter", "missing: the file must start with a line \"---\"",
                                       hint: "write \"---\", then sender, to, date and subject, then \"---\", then the text"))
        }
        guard let closing = (2...max(2, index.lineCount)).first(where: { $0 <= index.lineCount && isDelimiter(line: $0, index) })
        else {
            return .failure(Problem(.error, at: start, field: "front matter", "not closed: no line \"---\" after the opening one",
                                       hint: "add a line \"---\" after the last front-matter key"))
        }
        let yamlStart = index.starts[1]
        let yamlEnd = index.starts[closing - 1]
        let bodyStart = closing < index.lineCount ? index.starts[closing] : index.bytes.count
        return .success(FrontMatterSplit(yaml: yamlStart..<yamlEnd, body: bodyStart..<index.bytes.count,
                                         bodyFirstLine: closing + 1))
    }

    /// A line "---", allowing trailing spaces or tabs.
    private static func isDelimiter(line: Int, _ index: LineIndex) -> Bool {
        var text = index.bytes[index.content(ofLine: line)]
        while let last = text.last, last == 0x20 || last == 0x09 { text = text.dropLast() }
        return text.elementsEqual("---".utf8)
    }
}
