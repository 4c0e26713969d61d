// Places a document on pages of a layout: letterhead, reference column, heading block, body, page numbers.
import LetterheadModel

public struct NotaComposer {
    public let layout: LayoutDefinition
    public let shaper: any TextShaper

    public init(layout: LayoutDefinition, shaper: any TextShaper) {
        self.layout = layout
        self.shaper = shaper
    }

    public func compose(_ document: Document) -> LayoutResult {
        let meta = document.meta
        let labels = layout.labels[meta.language] ?? layout.labels.values.first!
        var diagnostics: [Diagnostic] = []
        var block = 0

        let head = FirstPageHead(layout: layout, labels: labels, document: document, shaper: shaper)
        let headLines = head.place(block: &block)
        diagnostics += head.diagnostics(headLines)

        var body = BodyFlow(spec: layout.body, labels: labels, shaper: shaper, language: meta.language,
                            file: document.file, firstBlockID: 1000)
        if case .titles(let titles) = meta.enclosures {
            body.addEnclosures(titles, location: document.location(ofField: "enclosures"))
        }
        for item in document.body { body.add(item, numbering: meta.numbering) }
        diagnostics += body.diagnostics

        let paginator = Paginator(firstPageTop: headLines.bodyTop, followPageTop: layout.followPage.bodyBaseline,
                                  bottom: layout.body.bottom, orphans: layout.body.orphans, widows: layout.body.widows)
        let bodyPages = paginator.paginate(body.blocks)

        var pages: [Page] = []
        for (index, bodyLines) in bodyPages.enumerated() {
            var items: [PageItem] = [.rectangle(layout.ribbon, layout.ribbonColor)]
            var column: [PlacedLine]
            if index == 0 {
                column = headLines.referenceColumn
                items += headLines.beforeColumn.flatMap(Self.items)
            } else {
                var stack = TextStack(shaper: shaper, language: meta.language, x: layout.followPage.referenceColumnX,
                                      baseline: layout.followPage.bodyBaseline, width: layout.followPage.referenceColumnWidth)
                var columnBlock = 500
                ReferenceColumn(spec: layout.referenceColumn, labels: labels, document: document)
                    .followPage(&stack, block: &columnBlock)
                column = stack.lines
            }
            if let classification = meta.classification {
                column.insert(contentsOf: head.classificationLines(classification), at: 0)
            }
            items += column.flatMap(Self.items)
            if index == 0 { items += headLines.afterColumn.flatMap(Self.items) }
            for placed in bodyLines {
                for fragment in placed.line.fragments {
                    items += Self.items(PlacedLine(origin: Point(x: fragment.x, y: placed.baseline), line: fragment.line,
                                                   role: fragment.role, block: placed.block))
                }
            }
            let number = layout.pageNumber
            let pageLabel = shaper.shape([StyledSpan(labels.pageNumber(index + 1, of: bodyPages.count))],
                                         style: number.style, width: nil, language: meta.language)
            for line in pageLabel.lines {
                items.append(.text(PlacedLine(origin: Point(x: number.x, y: number.baseline), line: line, role: .pageNumber, block: 900)))
            }
            pages.append(Page(width: layout.pageWidth, height: layout.pageHeight, items: items))
        }
        return LayoutResult(pages: pages, diagnostics: Self.unique(diagnostics))
    }

    /// A placed line and the link areas over its linked runs.
    static func items(_ line: PlacedLine) -> [PageItem] {
        var items: [PageItem] = [.text(line)]
        for run in line.line.runs {
            guard let link = run.link else { continue }
            let ascent = run.size * 0.93, descent = run.size * 0.24
            items.append(.link(Rect(x: line.origin.x + run.x, y: line.origin.y - ascent, width: run.width,
                                    height: ascent + descent), link))
        }
        return items
    }

    /// The same warning once, in source order.
    private static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.filter { seen.insert($0).inserted }
    }
}
