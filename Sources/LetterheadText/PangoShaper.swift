// The TextShaper over Pango: shapes styled text with the bundled fonts and breaks it into lines of glyph runs.
import CPangoCairo
import LetterheadLayout
import LetterheadModel

/// Not thread-safe: Pango font maps and contexts belong to one thread. Make one per worker and reuse it.
public final class PangoShaper: TextShaper {
    public let fonts: FontLibrary
    private let fontMap: OpaquePointer
    private let context: OpaquePointer
    private let layout: OpaquePointer
    private let hyphenator = Hyphenator()
    private var descriptions: [TextStyle: OpaquePointer] = [:]
    private var faces: [UnsafeMutableRawPointer: FontFace] = [:]
    private var language: Language?

    public init(fonts: FontLibrary) {
        self.fonts = fonts
        fontMap = OpaquePointer(pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT))
        pango_fc_font_map_set_config(fontMap, fonts.config)
        pango_cairo_font_map_set_resolution(fontMap, 72)
        context = pango_font_map_create_context(UnsafeMutablePointer<PangoFontMap>(fontMap))
        // Unhinted metrics and unrounded positions: widths as designed, the same at any output resolution.
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context, 0)
        layout = pango_layout_new(context)
    }

    deinit {
        for description in descriptions.values { pango_font_description_free(description) }
        lh_g_object_unref(UnsafeMutableRawPointer(layout))
        lh_g_object_unref(UnsafeMutableRawPointer(context))
        lh_g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    public func shape(_ spans: [StyledSpan], style: TextStyle, width: Double?, language: Language) -> ShapedParagraph {
        setLanguage(language)
        let paragraph = layOut(spans, style: style, width: width, wrap: PANGO_WRAP_WORD)
        guard let width else { return paragraph }
        let candidates = Self.wordsToHyphenate(paragraph.lines, width: width)
        guard !candidates.isEmpty else { return paragraph }
        let hyphenated = spans.map { span in
            var span = span
            span.text = Self.mapWords(span.text) { candidates.contains($0) ? hyphenator.hyphenate($0, language: language) : $0 }
            return span
        }
        var result = layOut(hyphenated, style: style, width: width, wrap: PANGO_WRAP_WORD)
        let unbreakable = Set(result.lines.filter { $0.width > width + 0.01 }.flatMap { Self.words($0.text) })
        if !unbreakable.isEmpty {
            // Still wider than the line (no hyphenation point fits): break inside the word at the column edge.
            result = layOut(hyphenated, style: style, width: width, wrap: PANGO_WRAP_WORD_CHAR)
            result.brokenWords = unbreakable.filter { $0.count >= 2 }.sorted()
        }
        return result
    }

    /// Words worth hyphenating: those wider than the line, and in text columns (150 pt or wider) a word that
    /// takes most of a line (over 70 %) and so left the line before it less than 60 % full. Other words are never
    /// hyphenated, as in the house-style templates; names in the narrow reference column stay whole.
    static func wordsToHyphenate(_ lines: [ShapedLine], width: Double) -> Set<String> {
        var words = Set(lines.filter { $0.width > width + 0.01 }.flatMap { Self.words($0.text) })
        guard width >= 150 else { return words }
        for (line, next) in zip(lines, lines.dropFirst()) where line.width < width * 0.6 && !line.text.hasSuffix("\n") {
            let text = next.text
            guard let first = Self.words(text).first, !text.isEmpty else { continue }
            let estimatedWidth = next.width * Double(first.count) / Double(text.count)
            if estimatedWidth > width * 0.7 { words.insert(first) }
        }
        return words
    }

    private func setLanguage(_ language: Language) {
        guard self.language != language else { return }
        self.language = language
        pango_context_set_language(context, pango_language_from_string(language.tag))
        pango_layout_context_changed(layout)
    }

    private func layOut(_ spans: [StyledSpan], style: TextStyle, width: Double?, wrap: PangoWrapMode) -> ShapedParagraph {
        var text = ""
        var ranges: [(range: Range<Int>, span: StyledSpan)] = []
        for span in spans {
            let start = text.utf8.count
            text += span.text
            ranges.append((start..<text.utf8.count, span))
        }
        let attributes = pango_attr_list_new()
        if !style.ligatures { insert(pango_attr_font_features_new("liga=0"), 0..<text.utf8.count, attributes) }
        for (range, span) in ranges {
            // A span's bold and italic add to the style's: "**x**" in a bold heading stays bold.
            if span.bold && !style.bold { insert(pango_attr_weight_new(PANGO_WEIGHT_BOLD), range, attributes) }
            if span.italic && !style.italic { insert(pango_attr_style_new(PANGO_STYLE_ITALIC), range, attributes) }
        }
        pango_layout_set_attributes(layout, attributes)
        pango_attr_list_unref(attributes)
        pango_layout_set_font_description(layout, description(style))
        pango_layout_set_width(layout, width.map { Int32(($0 * Double(PANGO_SCALE)).rounded(.down)) } ?? -1)
        pango_layout_set_wrap(layout, wrap)
        pango_layout_set_text(layout, text, Int32(text.utf8.count))
        return GlyphRuns(layout: layout, text: text, spans: ranges, style: style, face: face(of:)).paragraph()
    }

    private func insert(_ attribute: UnsafeMutablePointer<PangoAttribute>?, _ range: Range<Int>, _ list: OpaquePointer?) {
        guard let attribute else { return }
        attribute.pointee.start_index = guint(range.lowerBound)
        attribute.pointee.end_index = guint(range.upperBound)
        pango_attr_list_insert(list, attribute)
    }

    private func description(_ style: TextStyle) -> OpaquePointer {
        var key = style
        key.color = .black
        key.leading = 0
        if let cached = descriptions[key] { return cached }
        let description = pango_font_description_new()!
        pango_font_description_set_family(description, style.family)
        pango_font_description_set_size(description, Int32((style.size * Double(PANGO_SCALE)).rounded()))
        pango_font_description_set_weight(description, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(description, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        descriptions[key] = description
        return description
    }

    /// The font file behind a Pango font.
    private func face(of font: UnsafeMutableRawPointer) -> FontFace {
        if let cached = faces[font] { return cached }
        var face = FontFace(path: "", index: 0)
        if let pattern = lh_font_pattern(font.assumingMemoryBound(to: PangoFont.self)) {
            var file: UnsafeMutablePointer<FcChar8>?
            if FcPatternGetString(pattern, FC_FILE, 0, &file) == FcResultMatch, let file { face.path = String(cString: file) }
            var index: Int32 = 0
            if FcPatternGetInteger(pattern, FC_INDEX, 0, &index) == FcResultMatch { face.index = Int(index) }
        }
        faces[font] = face
        return face
    }

    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter }).map(String.init)
    }

    static func mapWords(_ text: String, _ transform: (String) -> String) -> String {
        var result = ""
        var word = ""
        for character in text {
            if character.isLetter {
                word.append(character)
            } else {
                result += word.isEmpty ? "" : transform(word)
                word = ""
                result.append(character)
            }
        }
        return result + (word.isEmpty ? "" : transform(word))
    }
}
