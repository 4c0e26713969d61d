// Recognises a section number typed by hand at the start of a heading ("1. ", "4.1 ", "4.1.2. ").
enum HeadingNumber {
    /// The typed number (such as "4.1.") and the text after it, or nil when the heading does not start with one.
    /// A single number needs its dot ("1. Aanleiding"), so "2026 in cijfers" is not taken for a number.
    static func split(_ text: String) -> (number: Substring, rest: Substring)? {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var groups = 0
        var endsWithDot = false
        while index < scalars.endIndex, ("0"..."9").contains(scalars[index]) {
            while index < scalars.endIndex, ("0"..."9").contains(scalars[index]) { index = scalars.index(after: index) }
            groups += 1
            endsWithDot = index < scalars.endIndex && scalars[index] == "."
            guard endsWithDot else { break }
            index = scalars.index(after: index)
        }
        guard groups > 0, endsWithDot || groups > 1, index < scalars.endIndex, scalars[index] == " " || scalars[index] == "\t"
        else { return nil }
        let number = text[text.startIndex..<index]
        var rest = text[index...]
        while rest.first == " " || rest.first == "\t" { rest = rest.dropFirst() }
        return (number, rest)
    }
}
