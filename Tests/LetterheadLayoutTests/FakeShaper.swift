// A shaper without fonts for layout tests: every character is half an em wide, lines break at spaces.
import LetterheadLayout
import LetterheadModel

struct FakeShaper: TextShaper {
    func shape(_ spans: [StyledSpan], style: TextStyle, width: Double?, language: Language) -> ShapedParagraph {
        let advance = style.size * 0.5
        let text = spans.map(\.text).joined()
        var lines: [ShapedLine] = []
        for hardLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in hardLine.split(separator: " ") {
                let candidate = current.isEmpty ? String(word) : current + " " + word
                if let width, !current.isEmpty, Double(candidate.count) * advance > width {
                    lines.append(line(current, advance: advance, style: style))
                    current = String(word)
                } else {
                    current = candidate
                }
            }
            lines.append(line(current, advance: advance, style: style))
        }
        return ShapedParagraph(lines: lines)
    }

    private func line(_ text: String, advance: Double, style: TextStyle) -> ShapedLine {
        let glyphs = text.enumerated().map { Glyph(id: 1, x: Double($0.offset) * advance, y: 0) }
        let run = GlyphRun(face: FontFace(path: style.family), size: style.size, color: style.color, glyphs: glyphs, text: text,
                           clusters: text.map { TextCluster(bytes: $0.utf8.count, glyphs: 1) },
                           x: 0, width: Double(text.count) * advance)
        return ShapedLine(runs: [run], width: run.width)
    }
}
