// Reads a laid-out PangoLayout into plain lines of glyph runs: glyph ids, positions, fonts, text and clusters.
import CPangoCairo
import LetterheadLayout

struct GlyphRuns {
    let layout: OpaquePointer
    let text: String
    let style: TextStyle
    let face: (UnsafeMutableRawPointer) -> FontFace
    /// The linked spans only (most paragraphs have none): looked up for every cluster.
    private let links: [(range: Range<Int>, target: String)]

    init(layout: OpaquePointer, text: String, spans: [(range: Range<Int>, span: StyledSpan)], style: TextStyle,
         face: @escaping (UnsafeMutableRawPointer) -> FontFace) {
        self.layout = layout; self.text = text; self.style = style; self.face = face
        links = spans.compactMap { entry in entry.span.link.map { (entry.range, $0) } }
    }

    private static let empty = lh_glyph_empty()
    private static let unknownFlag = lh_glyph_unknown_flag()
    private static let scale = Double(PANGO_SCALE)

    func paragraph() -> ShapedParagraph {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [ShapedLine] = []
            var missing: [Character] = []
            var node = pango_layout_get_lines_readonly(layout)
            while let current = node {
                if let line = current.pointee.data?.assumingMemoryBound(to: PangoLayoutLine.self) {
                    lines.append(shapedLine(line, bytes: bytes, missing: &missing))
                }
                node = current.pointee.next
            }
            return ShapedParagraph(lines: lines, missingCharacters: missing)
        }
    }

    private func shapedLine(_ line: UnsafeMutablePointer<PangoLayoutLine>, bytes: UnsafeBufferPointer<UInt8>,
                            missing: inout [Character]) -> ShapedLine {
        var runs: [GlyphRun] = []
        var x = 0.0
        var inkEnd = 0.0
        var node = line.pointee.runs
        while let current = node {
            node = current.pointee.next
            guard let glyphItem = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
                  let item = glyphItem.pointee.item, let glyphs = glyphItem.pointee.glyphs else { continue }
            let font = face(UnsafeMutableRawPointer(item.pointee.analysis.font))
            let itemStart = Int(item.pointee.offset)
            let itemEnd = itemStart + Int(item.pointee.length)
            let count = Int(glyphs.pointee.num_glyphs)
            let yOffset = Double(glyphItem.pointee.y_offset) / Self.scale
            var builder: RunBuilder? = nil
            var index = 0
            while index < count {
                // One cluster: the glyphs that share a start byte.
                let clusterStart = itemStart + Int(glyphs.pointee.log_clusters[index])
                var end = index + 1
                while end < count, glyphs.pointee.log_clusters[end] == glyphs.pointee.log_clusters[index] { end += 1 }
                let clusterEnd = end < count ? itemStart + Int(glyphs.pointee.log_clusters[end]) : itemEnd
                let link = link(at: clusterStart)
                if builder == nil || builder!.link != link {
                    if let finished = builder?.run() { runs.append(finished) }
                    builder = RunBuilder(face: font, size: style.size, color: style.color, link: link)
                }
                let drawnBefore = builder!.glyphs.count
                for g in index..<end {
                    let info = glyphs.pointee.glyphs[g]
                    var id = info.glyph
                    if id != Self.empty {
                        if id & Self.unknownFlag != 0 {
                            if let scalar = Unicode.Scalar(id & ~Self.unknownFlag) {
                                let character = Character(scalar)
                                if !missing.contains(character) { missing.append(character) }
                            }
                            id = 0
                        }
                        builder!.glyphs.append(Glyph(id: id, x: x + Double(info.geometry.x_offset) / Self.scale,
                                                     y: yOffset + Double(info.geometry.y_offset) / Self.scale))
                    }
                    x += Double(info.geometry.width) / Self.scale
                }
                index = end
                let drawn = builder!.glyphs.count - drawnBefore
                let textBefore = builder!.text.count
                let cluster = UnsafeBufferPointer(rebasing: bytes[clusterStart..<clusterEnd])
                guard ClusterText.append(cluster, drawn: drawn > 0, to: &builder!.text) else { continue }
                if builder!.hasInk(after: textBefore) { inkEnd = x }
                builder!.addCluster(bytes: builder!.text.count - textBefore, glyphs: drawn,
                                    startX: drawn > 0 ? builder!.glyphs[drawnBefore].x : nil, end: x)
            }
            if let finished = builder?.run() { runs.append(finished) }
        }
        return ShapedLine(runs: runs, width: inkEnd)
    }

    private func link(at byte: Int) -> String? {
        for entry in links where entry.range.contains(byte) { return entry.target }
        return nil
    }
}

/// Collects the clusters of one glyph run.
private struct RunBuilder {
    let face: FontFace
    let size: Double
    let color: Color
    let link: String?
    var glyphs: [Glyph] = []
    var text: [UInt8] = []
    var clusters: [TextCluster] = []
    var start: Double?
    var end = 0.0

    init(face: FontFace, size: Double, color: Color, link: String?) {
        self.face = face; self.size = size; self.color = color; self.link = link
    }

    /// Whether the text from byte `start` on holds more than white space.
    func hasInk(after start: Int) -> Bool {
        for index in start..<text.count where !ClusterText.isWhitespace(text[index]) { return true }
        return false
    }

    /// Records a cluster whose `glyphCount` glyphs and `byteCount` bytes of text were just appended.
    mutating func addCluster(bytes byteCount: Int, glyphs glyphCount: Int, startX: Double?, end: Double) {
        guard byteCount > 0 || glyphCount > 0 else { return }
        if start == nil { start = startX ?? end }
        clusters.append(TextCluster(bytes: byteCount, glyphs: glyphCount))
        self.end = end
    }

    func run() -> GlyphRun? {
        guard let start, !clusters.isEmpty else { return nil }
        return GlyphRun(face: face, size: size, color: color, glyphs: glyphs, text: String(decoding: text, as: UTF8.self),
                        clusters: clusters, x: start, width: end - start, link: link)
    }
}

/// The UTF-8 text a cluster contributes to what a reader copies.
enum ClusterText {
    /// Appends a cluster's text to `text`. A soft hyphen where the line breaks copies as a hyphen; one inside a
    /// word (drawn as nothing) not at all; a line separator drawn as nothing is left out. False: the cluster adds
    /// nothing (and `text` is unchanged).
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, drawn: Bool, to text: inout [UInt8]) -> Bool {
        if bytes.count == 2, bytes[0] == 0xC2, bytes[1] == 0xAD {
            if drawn { text.append(UInt8(ascii: "-")) }
            return drawn
        }
        if !drawn && bytes.allSatisfy({ $0 == 0x0A || $0 == 0x0D }) { return false }
        guard bytes.contains(0xAD) else {
            text.append(contentsOf: bytes)
            return true
        }
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xAD {
                index += 2
            } else {
                text.append(bytes[index])
                index += 1
            }
        }
        return true
    }

    static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
}
