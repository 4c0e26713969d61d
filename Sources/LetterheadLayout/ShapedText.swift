// Text after shaping: lines of glyph runs, each glyph with its font and position. No C types.

/// A font file (and face index in it) that the painter loads to draw glyphs.
public struct FontFace: Hashable, Sendable {
    public var path: String
    public var index: Int
    public init(path: String, index: Int = 0) { self.path = path; self.index = index }
}

public struct Glyph: Hashable, Sendable {
    public var id: UInt32
    /// Position of the glyph origin relative to the line's origin (baseline, left), in points.
    public var x: Double
    public var y: Double
    public init(id: UInt32, x: Double, y: Double) { self.id = id; self.x = x; self.y = y }
}

/// How many bytes of the run's UTF-8 text map to how many glyphs (for copyable text in the PDF).
public struct TextCluster: Hashable, Sendable {
    public var bytes: Int
    public var glyphs: Int
    public init(bytes: Int, glyphs: Int) { self.bytes = bytes; self.glyphs = glyphs }
}

public struct GlyphRun: Hashable, Sendable {
    public var face: FontFace
    public var size: Double
    public var color: Color
    public var glyphs: [Glyph]
    /// The characters these glyphs show, as a reader would copy them.
    public var text: String
    public var clusters: [TextCluster]
    /// Horizontal extent relative to the line origin.
    public var x: Double
    public var width: Double
    /// The link target when this run is (part of) a link.
    public var link: String?

    public init(face: FontFace, size: Double, color: Color, glyphs: [Glyph], text: String, clusters: [TextCluster],
                x: Double, width: Double, link: String? = nil) {
        self.face = face; self.size = size; self.color = color; self.glyphs = glyphs; self.text = text
        self.clusters = clusters; self.x = x; self.width = width; self.link = link
    }
}

public struct ShapedLine: Hashable, Sendable {
    public var runs: [GlyphRun]
    /// Advance width of the whole line, in points.
    public var width: Double
    public init(runs: [GlyphRun], width: Double) { self.runs = runs; self.width = width }

    public var text: String { runs.map(\.text).joined() }
}
