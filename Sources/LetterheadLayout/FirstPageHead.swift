// Page 1 above the body: wordmark, addressee, reference column, "nota" with subject and status.
import LetterheadModel

struct FirstPageHead {
    let layout: LayoutDefinition
    let labels: Labels
    let document: Document
    let shaper: any TextShaper

    struct Lines {
        /// The wordmark beside the ribbon (part of the logo: an artifact).
        var wordmark: [PlacedLine]
        /// In reading order: addressee, "nota", subject, status, then the reference column.
        var content: [PlacedLine]
        /// The first baseline of the body on page 1.
        var bodyTop: Double
        var diagnostics: [Diagnostic]
    }

    func place(block: inout Int, ids: inout StructureIDs) -> Lines {
        let meta = document.meta
        let first = layout.firstPage

        var wordmark = stack(first.wordmark)
        wordmark.add(meta.sender.organisation, style: first.wordmark.style, role: .wordmark, block: block,
                     at: document.location(ofField: "sender.organisation"), field: "sender.organisation")
        if let parent = meta.sender.parent {
            wordmark.add(parent, style: layout.wordmarkParent, role: .wordmark, block: block,
                         at: document.location(ofField: "sender.parent"), field: "sender.parent")
        }
        block += 1

        var addressee = stack(first.addressee)
        let addresseeElement = [ids.element("P")]
        for line in meta.to {
            addressee.add(line, style: first.addressee.style, role: .addressee, block: block,
                          at: document.location(ofField: "to"), field: "to", structure: addresseeElement)
        }
        block += 1

        var doctype = stack(first.doctype)
        doctype.add(labels.doctype, style: first.doctype.style, role: .doctype, block: block,
                    at: document.location(ofField: "layout"), structure: [ids.element("P")])
        block += 1
        var subject = stack(first.subject)
        subject.add(meta.subject, style: first.subject.style, role: .subject, block: block,
                    at: document.location(ofField: "subject"), field: "subject", structure: [ids.element("P")])
        block += 1
        var lowest = max(first.doctype.baseline, subject.lastBaseline ?? first.subject.baseline)
        var status = TextStack(shaper: shaper, language: meta.language, x: first.statusX,
                               baseline: first.doctype.baseline + first.statusBelowDoctype, width: first.subject.width)
        if let text = meta.status {
            status.add(labels.statusLine(text), style: first.subject.style, role: .status, block: block,
                       at: document.location(ofField: "status"), field: "status", structure: [ids.element("P")])
            block += 1
            lowest = max(lowest, status.lastBaseline ?? lowest)
        }

        var column = stack(first.referenceColumn)
        ReferenceColumn(spec: layout.referenceColumn, labels: labels, document: document)
            .firstPage(&column, block: &block, ids: &ids)

        let parts = [wordmark, addressee, doctype, subject, status, column]
        return Lines(wordmark: wordmark.lines,
                     content: addressee.lines + doctype.lines + subject.lines + status.lines + column.lines,
                     bodyTop: lowest + first.bodyGapAfterHead, diagnostics: parts.flatMap(\.diagnostics))
    }

    /// The classification (rubricering), in capitals, on every page; content on page 1, repeated as an artifact.
    func classificationLines(_ classification: String, structure: [StructureElement]) -> [PlacedLine] {
        var stack = stack(layout.classification)
        stack.add(classification.uppercased(), style: layout.classification.style, role: .classification, block: 800,
                  at: document.location(ofField: "classification"), field: "classification", structure: structure)
        return stack.lines
    }

    private func stack(_ anchor: TextAnchor) -> TextStack {
        TextStack(shaper: shaper, language: document.meta.language, x: anchor.x, baseline: anchor.baseline, width: anchor.width)
    }
}
