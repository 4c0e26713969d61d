// Stacks shaped lines downwards from a first baseline: the reference column, addressee, wordmark.
import LetterheadModel

struct TextStack {
    let shaper: any TextShaper
    let language: Language
    let x: Double
    let width: Double?
    /// Baseline of the next line.
    private(set) var baseline: Double
    private(set) var lines: [PlacedLine] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var isEmpty = true

    init(shaper: any TextShaper, language: Language, x: Double, baseline: Double, width: Double?) {
        self.shaper = shaper
        self.language = language
        self.x = x
        self.width = width
        self.baseline = baseline
    }

    /// Baseline of the last line placed.
    var lastBaseline: Double? { lines.last?.origin.y }

    /// Adds `gap` points to the space before the next line (not before the first).
    mutating func skip(_ gap: Double) {
        if !isEmpty { baseline += gap }
    }

    /// Adds `spans`, broken into lines, held by `structure` (empty: an artifact).
    mutating func add(_ spans: [StyledSpan], style: TextStyle, role: TextRole, block: Int, at location: SourceLocation,
                      field: String? = nil, structure: [StructureElement] = []) {
        let shaped = shaper.shape(spans, style: style, width: width, language: language)
        diagnostics += ShapingWarnings.diagnostics(for: shaped, at: location, field: field)
        for line in shaped.lines {
            lines.append(PlacedLine(origin: Point(x: x, y: baseline), line: line, role: role, block: block, structure: structure))
            baseline += style.leading
        }
        isEmpty = isEmpty && shaped.lines.isEmpty
    }

    mutating func add(_ text: String, style: TextStyle, role: TextRole, block: Int, at location: SourceLocation,
                      field: String? = nil, link: String? = nil, structure: [StructureElement] = []) {
        add([StyledSpan(text, link: link)], style: style, role: role, block: block, at: location, field: field,
            structure: structure)
    }
}
