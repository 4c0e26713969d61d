// Places a document on pages of a layout: letterhead, reference column, heading block, body, page numbers.
import LetterheadModel

public struct NotaComposer {
    public let layout: LayoutDefinition
    /// Shapes the body.
    public let shaper: any TextShaper
    /// Shapes what recurs from document to document: letterhead, reference column, classification, page numbers.
    public let letterheadShaper: any TextShaper

    public init(layout: LayoutDefinition, shaper: any TextShaper, letterheadShaper: (any TextShaper)? = nil) {
        self.layout = layout
        self.shaper = shaper
        self.letterheadShaper = letterheadShaper ?? shaper
    }

    public func compose(_ document: Document) -> LayoutResult {
        let meta = document.meta
        let labels = layout.labels[meta.language] ?? layout.labels.values.first!
        var diagnostics: [Diagnostic] = []
        var block = 0
        var ids = StructureIDs()

        let head = FirstPageHead(layout: layout, labels: labels, document: document, shaper: letterheadShaper)
        let headLines = head.place(block: &block, ids: &ids)
        diagnostics += headLines.diagnostics
        let classification = meta.classification.map { head.classificationLines($0, structure: [ids.element("P")]) } ?? []

        var body = BodyFlow(spec: layout.body, labels: labels, shaper: shaper, language: meta.language,
                            firstBlockID: 1000, ids: ids)
        if case .titles(let titles) = meta.enclosures {
            body.addEnclosures(titles, location: document.location(ofField: "enclosures"))
        }
        for item in document.body { body.add(item, numbering: meta.numbering) }
        diagnostics += body.diagnostics

        let paginator = Paginator(firstPageTop: headLines.bodyTop, followPageTop: layout.followPage.bodyBaseline,
                                  bottom: layout.body.bottom, orphans: layout.body.orphans, widows: layout.body.widows)
        let bodyPages = paginator.paginate(body.blocks)

        var pages: [Page] = []
        var outline: [OutlineEntry] = []
        var outlined = Set<Int>()
        for (index, bodyLines) in bodyPages.enumerated() {
            // Drawing order is reading order: ribbon and wordmark (artifacts), addressee, subject, reference
            // column, classification, body, page number.
            var items: [PageItem] = [.rectangle(layout.ribbon, layout.ribbonColor)]
            if index == 0 {
                items += (headLines.wordmark + headLines.content + classification).flatMap(Self.items)
            } else {
                items += (followColumn(document, labels: labels) + classification.map(\.asArtifact)).flatMap(Self.items)
            }
            for placed in bodyLines {
                if let heading = body.headings[placed.block], outlined.insert(placed.block).inserted {
                    outline.append(OutlineEntry(level: heading.level, title: heading.title, page: index,
                                                x: layout.body.x, y: placed.baseline - layout.body.heading.size))
                }
                for fragment in placed.line.fragments {
                    items += Self.items(PlacedLine(origin: Point(x: fragment.x, y: placed.baseline), line: fragment.line,
                                                   role: fragment.role, block: placed.block, structure: fragment.structure))
                }
            }
            items += pageNumber(index + 1, of: bodyPages.count, labels: labels, language: meta.language).flatMap(Self.items)
            pages.append(Page(width: layout.pageWidth, height: layout.pageHeight, items: items))
        }
        return LayoutResult(pages: pages, outline: outline, diagnostics: Self.unique(diagnostics))
    }

    /// The reference column of a follow-up page, level with the first body line.
    private func followColumn(_ document: Document, labels: Labels) -> [PlacedLine] {
        var stack = TextStack(shaper: letterheadShaper, language: document.meta.language, x: layout.followPage.referenceColumnX,
                              baseline: layout.followPage.bodyBaseline, width: layout.followPage.referenceColumnWidth)
        var block = 500
        ReferenceColumn(spec: layout.referenceColumn, labels: labels, document: document).followPage(&stack, block: &block)
        return stack.lines
    }

    /// "Pagina 2 van 3" (an artifact).
    private func pageNumber(_ page: Int, of count: Int, labels: Labels, language: Language) -> [PlacedLine] {
        let anchor = layout.pageNumber
        return letterheadShaper.shape([StyledSpan(labels.pageNumber(page, of: count))], style: anchor.style, width: nil, language: language)
            .lines.map { PlacedLine(origin: Point(x: anchor.x, y: anchor.baseline), line: $0, role: .pageNumber, block: 900) }
    }

    /// A placed line and the link areas over its linked runs.
    static func items(_ line: PlacedLine) -> [PageItem] {
        [.text(line)] + line.linkAreas.map { .link($0.rect, $0.target) }
    }

    /// The same warning once, in source order.
    private static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.filter { seen.insert($0).inserted }
    }
}

extension PlacedLine {
    /// The same line, repeated on a later page as an artifact.
    var asArtifact: PlacedLine {
        var line = self
        line.structure = []
        return line
    }
}
