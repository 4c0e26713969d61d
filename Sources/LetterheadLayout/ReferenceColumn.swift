// The reference column on the right: sender block, then Datum, Ons kenmerk, ... groups, in house-style order.
import LetterheadModel

struct ReferenceColumn {
    let spec: ReferenceColumnSpec
    let labels: Labels
    let document: Document

    /// One group of the column: an optional bold label and its lines (text, front-matter key, link target).
    private struct Group {
        var label: String?
        var lines: [(text: String, field: String, link: String?)]
    }

    /// The full column of page 1: a Div of one paragraph per group.
    func firstPage(_ stack: inout TextStack, block: inout Int, ids: inout StructureIDs) {
        let meta = document.meta
        let sender = meta.sender
        let div = ids.element("Div")
        let organisation = Group(label: sender.organisation, lines: sender.unit.map { ($0, "sender.unit", nil) })
        add(organisation, to: &stack, block: &block, structure: [div, ids.element("P")], labelField: "sender.organisation")
        let contact = Group(label: nil, lines:
            sender.visitingAddress.map { ($0, "sender.visiting_address", nil) }
            + sender.postalAddress.map { ($0, "sender.postal_address", nil) }
            + [sender.website.map { ($0, "sender.website", Links.web($0)) },
               sender.phone.map { ($0, "sender.phone", Links.phone($0)) },
               sender.email.map { ($0, "sender.email", Links.mail($0)) }].compactMap { $0 })
        if !contact.lines.isEmpty {
            stack.skip(spec.addressGap)
            add(contact, to: &stack, block: &block, structure: [div, ids.element("P")])
        }
        for group in referenceGroups(full: true) {
            stack.skip(spec.groupGap)
            add(group, to: &stack, block: &block, structure: [div, ids.element("P")], labelField: group.lines.first?.field)
        }
    }

    /// The column of a follow-up page: organisation, Datum and Ons kenmerk, repeated from page 1 (an artifact).
    func followPage(_ stack: inout TextStack, block: inout Int) {
        add(Group(label: document.meta.sender.organisation, lines: []), to: &stack, block: &block, structure: [],
            labelField: "sender.organisation")
        for group in referenceGroups(full: false) {
            stack.skip(spec.groupGap)
            add(group, to: &stack, block: &block, structure: [], labelField: group.lines.first?.field)
        }
    }

    /// Datum, Ons kenmerk (and on page 1: Uw kenmerk, Zaaknummer, Bijlage(n), Contactpersoon) when present.
    private func referenceGroups(full: Bool) -> [Group] {
        let meta = document.meta
        var groups = [Group(label: labels.date, lines: [(labels.format(meta.date), "date", nil)])]
        if let reference = meta.reference { groups.append(Group(label: labels.reference, lines: [(reference, "reference", nil)])) }
        guard full else { return groups }
        if let yours = meta.yourReference { groups.append(Group(label: labels.yourReference, lines: [(yours, "your_reference", nil)])) }
        if let number = meta.caseNumber { groups.append(Group(label: labels.caseNumber, lines: [(number, "case_number", nil)])) }
        if let enclosures = meta.enclosures {
            groups.append(Group(label: labels.enclosures, lines: [(String(enclosures.count), "enclosures", nil)]))
        }
        if let contact = meta.contact {
            let lines = [contact.name.map { ($0, "contact.name", String?.none) },
                         contact.phone.map { ($0, "contact.phone", Links.phone($0)) },
                         contact.email.map { ($0, "contact.email", Links.mail($0)) }].compactMap { $0 }
            if !lines.isEmpty { groups.append(Group(label: labels.contact, lines: lines)) }
        }
        return groups
    }

    private func add(_ group: Group, to stack: inout TextStack, block: inout Int, structure: [StructureElement],
                     labelField: String? = nil) {
        if let label = group.label {
            let location = document.location(ofField: labelField ?? "")
            stack.add(label, style: spec.label, role: .referenceColumn, block: block, at: location, field: labelField,
                      structure: structure)
        }
        for line in group.lines {
            stack.add(line.text, style: spec.text, role: .referenceColumn, block: block,
                      at: document.location(ofField: line.field), field: line.field, link: line.link, structure: structure)
        }
        block += 1
    }
}
