// The reference column on the right: sender block, then Datum, Ons kenmerk, ... groups, in house-style order.
import LetterheadModel

struct ReferenceColumn {
    let spec: ReferenceColumnSpec
    let labels: Labels
    let document: Document

    /// The full column of page 1.
    func firstPage(_ stack: inout TextStack, block: inout Int) {
        let meta = document.meta
        let sender = meta.sender
        stack.add(sender.organisation, style: spec.label, role: .referenceColumn, block: block,
                  at: document.location(ofField: "sender.organisation"), field: "sender.organisation")
        for unit in sender.unit {
            stack.add(unit, style: spec.text, role: .referenceColumn, block: block,
                      at: document.location(ofField: "sender.unit"), field: "sender.unit")
        }
        block += 1
        let contactLines: [(String, String, String?)] =
            sender.visitingAddress.map { ($0, "sender.visiting_address", nil) }
            + sender.postalAddress.map { ($0, "sender.postal_address", nil) }
            + [sender.website.map { ($0, "sender.website", Links.web($0)) },
               sender.phone.map { ($0, "sender.phone", Links.phone($0)) },
               sender.email.map { ($0, "sender.email", Links.mail($0)) }].compactMap { $0 }
        if !contactLines.isEmpty {
            stack.skip(spec.addressGap)
            for (text, field, link) in contactLines {
                stack.add(text, style: spec.text, role: .referenceColumn, block: block,
                          at: document.location(ofField: field), field: field, link: link)
            }
            block += 1
        }
        var groups: [(String, [(String, String, String?)])] = [
            (labels.date, [(labels.format(meta.date), "date", nil)]),
        ]
        if let reference = meta.reference { groups.append((labels.reference, [(reference, "reference", nil)])) }
        if let yours = meta.yourReference { groups.append((labels.yourReference, [(yours, "your_reference", nil)])) }
        if let caseNumber = meta.caseNumber { groups.append((labels.caseNumber, [(caseNumber, "case_number", nil)])) }
        if let enclosures = meta.enclosures { groups.append((labels.enclosures, [(String(enclosures.count), "enclosures", nil)])) }
        if let contact = meta.contact {
            let lines = [contact.name.map { ($0, "contact.name", String?.none) },
                         contact.phone.map { ($0, "contact.phone", Links.phone($0)) },
                         contact.email.map { ($0, "contact.email", Links.mail($0)) }].compactMap { $0 }
            if !lines.isEmpty { groups.append((labels.contact, lines)) }
        }
        add(groups, to: &stack, block: &block)
    }

    /// The column of a follow-up page: organisation, Datum and Ons kenmerk.
    func followPage(_ stack: inout TextStack, block: inout Int) {
        let meta = document.meta
        stack.add(meta.sender.organisation, style: spec.label, role: .referenceColumn, block: block,
                  at: document.location(ofField: "sender.organisation"), field: "sender.organisation")
        block += 1
        var groups: [(String, [(String, String, String?)])] = [(labels.date, [(labels.format(meta.date), "date", nil)])]
        if let reference = meta.reference { groups.append((labels.reference, [(reference, "reference", nil)])) }
        add(groups, to: &stack, block: &block)
    }

    /// Label-and-value groups; each label's baseline stands leading + group gap under the previous line.
    private func add(_ groups: [(String, [(String, String, String?)])], to stack: inout TextStack, block: inout Int) {
        for (label, values) in groups {
            stack.skip(spec.groupGap)
            stack.add(label, style: spec.label, role: .referenceColumn, block: block, at: document.location(ofField: values[0].1))
            for (text, field, link) in values {
                stack.add(text, style: spec.text, role: .referenceColumn, block: block,
                          at: document.location(ofField: field), field: field, link: link)
            }
            block += 1
        }
    }
}
