// Shapes the body (enclosure list, numbered headings, paragraphs, nested lists) into a flow of blocks.
import LetterheadModel

struct BodyFlow {
    let spec: BodySpec
    let labels: Labels
    let shaper: any TextShaper
    let language: Language

    private(set) var blocks: [FlowBlock] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// Outline titles ("4.1. Politieke context") and levels of the heading blocks, by block id.
    private(set) var headings: [Int: (level: Int, title: String)] = [:]
    private var numbers = HeadingNumbers()
    private var nextID: Int
    private var ids: StructureIDs
    /// Extra space requested before the next block (after the enclosure list).
    private var pendingGap: Double?

    init(spec: BodySpec, labels: Labels, shaper: any TextShaper, language: Language, firstBlockID: Int, ids: StructureIDs) {
        self.spec = spec
        self.labels = labels
        self.shaper = shaper
        self.language = language
        self.nextID = firstBlockID
        self.ids = ids
    }

    /// The left edge of section text: the number hangs at `spec.x`, text stands `sectionIndent` further.
    private var textX: Double { spec.x + spec.sectionIndent }
    private var textWidth: Double { spec.width - spec.sectionIndent }

    mutating func addEnclosures(_ titles: [String], location: SourceLocation) {
        guard !titles.isEmpty else { return }
        let label = titles.count == 1 ? labels.enclosureOne : labels.enclosureMany
        let heading = shape([StyledSpan(label)], style: spec.heading, width: textWidth, at: location)
        appendBlock(lines(heading, x: textX, role: .enclosureHeading, structure: [ids.element("P")]),
                    gap: 0, keep: true, splittable: false)
        let list = ListBlock(ordered: false, items: titles.map { [.paragraph([.text($0)], location)] }, location: location)
        addList(list, depth: 0, x: textX, gap: 0, parents: [])
        if var last = blocks.popLast() {
            last.keepWithNext = false
            blocks.append(last)
        }
        pendingGap = spec.enclosuresGapAfter
    }

    mutating func add(_ block: Block, numbering: Bool) {
        switch block {
        case .heading(let level, let inlines, let location):
            addHeading(level: level, inlines, numbering: numbering, location: location)
        case .paragraph(let inlines, let location):
            let shaped = shape(InlineSpans.spans(inlines), style: spec.text, width: textWidth, at: location)
            appendBlock(lines(shaped, x: textX, role: .paragraph, structure: [ids.element("P")]),
                        gap: gapBeforeParagraph(), keep: false, splittable: true)
        case .list(let list):
            addList(list, depth: 0, x: textX, gap: gapBeforeParagraph(), parents: [])
        }
    }

    private func gapBeforeParagraph() -> Double {
        guard let last = blocks.last else { return 0 }
        return last.keepWithNext ? spec.headingGapAfter : spec.paragraphGap
    }

    private mutating func addHeading(level: Int, _ inlines: [Inline], numbering: Bool, location: SourceLocation) {
        let role = TextRole.heading(level: level)
        let element = [ids.element("H\(min(max(level, 1), 6))")]
        var fragments: [FlowFragment] = []
        var x = textX
        var number = ""
        if numbering {
            number = numbers.next(level: level)
            if let numberLine = shape([StyledSpan(number)], style: spec.heading, width: nil, at: location).first {
                fragments.append(FlowFragment(x: spec.x, line: numberLine, role: role, structure: element))
                x = max(textX, spec.x + numberLine.width + spec.heading.size * 0.5)
            }
        }
        let text = shape(InlineSpans.spans(inlines, bold: true), style: spec.heading, width: spec.x + spec.width - x, at: location)
        var flowLines = lines(text, x: x, role: role, structure: element)
        if flowLines.isEmpty { flowLines = [FlowLine(fragments: [], leading: spec.heading.leading)] }
        flowLines[0].fragments.insert(contentsOf: fragments, at: 0)
        let gap = blocks.isEmpty ? 0 : (blocks.last!.keepWithNext ? spec.headingGapAfter : spec.headingGapBefore)
        headings[nextID] = (level, [number, inlines.plainText].filter { !$0.isEmpty }.joined(separator: " "))
        appendBlock(flowLines, gap: gap, keep: true, splittable: false)
    }

    /// A list (L) of items (LI), each a label (Lbl) and a body (LBody) of paragraphs and nested lists.
    private mutating func addList(_ list: ListBlock, depth: Int, x: Double, gap: Double, parents: [StructureElement]) {
        let listElement = parents + [ids.element("L")]
        for (index, item) in list.items.enumerated() {
            let label = list.ordered ? "\(list.start + index)." : spec.bullets[min(depth, spec.bullets.count - 1)]
            addListItem(label: label, blocks: item, depth: depth, gap: index == 0 ? gap : 0, location: list.location,
                        x: x, parents: listElement + [ids.element("LI")])
        }
    }

    /// One list item: its label hanging at `x` beside the item's first line, then the item's other blocks.
    private mutating func addListItem(label: String, blocks item: [Block], depth: Int, gap: Double,
                                      location: SourceLocation, x: Double, parents: [StructureElement]) {
        var label = shape([StyledSpan(label)], style: spec.text, width: nil, at: location).first
        let labelStructure = parents + [ids.element("Lbl")]
        let body = parents + [ids.element("LBody")]
        let bodyX = max(x + spec.listIndent, x + (label?.width ?? 0) + spec.text.size * 0.4)
        let width = spec.x + spec.width - bodyX
        var gap = gap
        /// Puts the label (once) on the first line of `flowLines`.
        func labelled(_ flowLines: [FlowLine]) -> [FlowLine] {
            guard let line = label else { return flowLines }
            label = nil
            var flowLines = flowLines.isEmpty ? [FlowLine(fragments: [], leading: spec.text.leading)] : flowLines
            flowLines[0].fragments.insert(FlowFragment(x: x, line: line, role: .listLabel, structure: labelStructure), at: 0)
            return flowLines
        }
        for block in item {
            switch block {
            case .paragraph(let inlines, let location), .heading(_, let inlines, let location):
                let shaped = shape(InlineSpans.spans(inlines), style: spec.text, width: width, at: location)
                let flow = lines(shaped, x: bodyX, role: .listBody, structure: body + [ids.element("P")])
                appendBlock(labelled(flow), gap: gap, keep: false, splittable: true)
                gap = spec.paragraphGap
            case .list(let nested):
                if label != nil {
                    appendBlock(labelled([]), gap: gap, keep: true, splittable: false)
                    gap = 0
                }
                addList(nested, depth: depth + 1, x: bodyX, gap: 0, parents: body)
                gap = spec.paragraphGap
            }
        }
        if label != nil { appendBlock(labelled([]), gap: gap, keep: false, splittable: false) }
    }

    private mutating func appendBlock(_ lines: [FlowLine], gap: Double, keep: Bool, splittable: Bool) {
        guard !lines.isEmpty else { return }
        let gap = pendingGap.map { blocks.isEmpty ? 0 : $0 } ?? (blocks.isEmpty ? 0 : gap)
        pendingGap = nil
        blocks.append(FlowBlock(lines: lines, gapBefore: gap, keepWithNext: keep, splittable: splittable, id: nextID))
        nextID += 1
    }

    private func lines(_ shaped: [ShapedLine], x: Double, role: TextRole, structure: [StructureElement]) -> [FlowLine] {
        let leading = role == .paragraph || role == .listBody ? spec.text.leading : spec.heading.leading
        return shaped.map {
            FlowLine(fragments: [FlowFragment(x: x, line: $0, role: role, structure: structure)], leading: leading)
        }
    }

    private mutating func shape(_ spans: [StyledSpan], style: TextStyle, width: Double?, at location: SourceLocation) -> [ShapedLine] {
        let result = shaper.shape(spans, style: style, width: width, language: language)
        diagnostics += ShapingWarnings.diagnostics(for: result, at: location)
        return result.lines
    }
}
