// Word-by-word difference of two page texts (longest common subsequence).

/// Splits text into words at white space (Unicode's, with a fast path for ASCII). A word
/// hyphenated at the end of a line is joined again and soft hyphens are dropped, so that text
/// that only reflowed, or broke at another syllable, has the same words.
func words(of text: String) -> [String] {
    var words: [String] = []
    let scalars = joiningHyphenatedLines(text).unicodeScalars
    var start: String.Index?
    var index = scalars.startIndex
    while index < scalars.endIndex {
        let value = scalars[index].value
        let isSpace =
            value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : scalars[index].properties.isWhitespace
        if isSpace {
            if let wordStart = start {
                words.append(String(scalars[wordStart..<index]))
                start = nil
            }
        } else if start == nil {
            start = index
        }
        index = scalars.index(after: index)
    }
    if let wordStart = start { words.append(String(scalars[wordStart..<scalars.endIndex])) }
    return words
}

/// `text` without soft hyphens (U+00AD) and without a hyphen (-, U+2010) that ends a line after
/// a letter, together with that line break.
func joiningHyphenatedLines(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    guard scalars.contains(where: { $0 == "\u{00AD}" || $0 == "-" || $0 == "\u{2010}" }) else { return text }
    var joined = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
        let scalar = scalars[index]
        let breaksAfter = index + 1 < scalars.count && scalars[index + 1] == "\n"
        if scalar == "\u{00AD}" {
            index += breaksAfter ? 2 : 1
            continue
        }
        if (scalar == "-" || scalar == "\u{2010}"), breaksAfter, index > 0, scalars[index - 1].properties.isAlphabetic {
            index += 2
            continue
        }
        joined.append(scalar)
        index += 1
    }
    return String(joined)
}

/// The words that changed from `expected` to `actual`, nil when they are the same words.
/// White space (line breaks, spacing) does not count.
func wordChange(expected: String, actual: String) -> TextChange? {
    let old = words(of: expected)
    let new = words(of: actual)
    if old == new { return nil }
    return TextChange(hunks: diffWords(old, new))
}

/// Hunks of removed/added words between `old` and `new`.
func diffWords(_ old: [String], _ new: [String]) -> [TextHunk] {
    // Common prefix and suffix first: most page edits are local, which keeps the table small.
    var prefix = 0
    while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < old.count - prefix, suffix < new.count - prefix,
        old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
    {
        suffix += 1
    }
    let a = Array(old[prefix..<(old.count - suffix)])
    let b = Array(new[prefix..<(new.count - suffix)])
    if a.isEmpty && b.isEmpty { return [] }
    // Above about 4 million cells (two pages of 2000 different words) report one hunk.
    if a.isEmpty || b.isEmpty || a.count * b.count > 4_000_000 {
        return [TextHunk(removed: a, added: b, expectedWordIndex: prefix)]
    }

    // lengths[i * (m + 1) + j]: length of the LCS of a[i...] and b[j...].
    let n = a.count
    let m = b.count
    var lengths = [Int32](repeating: 0, count: (n + 1) * (m + 1))
    for i in stride(from: n - 1, through: 0, by: -1) {
        for j in stride(from: m - 1, through: 0, by: -1) {
            lengths[i * (m + 1) + j] =
                a[i] == b[j]
                ? lengths[(i + 1) * (m + 1) + j + 1] + 1
                : max(lengths[(i + 1) * (m + 1) + j], lengths[i * (m + 1) + j + 1])
        }
    }

    var hunks: [TextHunk] = []
    var current = TextHunk(removed: [], added: [], expectedWordIndex: prefix)
    func flush(at index: Int) {
        if !current.removed.isEmpty || !current.added.isEmpty { hunks.append(current) }
        current = TextHunk(removed: [], added: [], expectedWordIndex: index)
    }
    var i = 0
    var j = 0
    while i < n || j < m {
        if i < n, j < m, a[i] == b[j] {
            i += 1
            j += 1
            flush(at: prefix + i)
        } else if j == m || (i < n && lengths[(i + 1) * (m + 1) + j] >= lengths[i * (m + 1) + j + 1]) {
            if current.removed.isEmpty && current.added.isEmpty { current.expectedWordIndex = prefix + i }
            current.removed.append(a[i])
            i += 1
        } else {
            if current.removed.isEmpty && current.added.isEmpty { current.expectedWordIndex = prefix + i }
            current.added.append(b[j])
            j += 1
        }
    }
    flush(at: prefix + n)
    return hunks
}
