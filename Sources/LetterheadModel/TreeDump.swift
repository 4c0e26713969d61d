// A plain-text rendering of a Document (metadata, then blocks with their lines), for tests and the command line.
extension Document {
    /// One line per value, indented by two spaces per level; blocks show `@line:column`.
    public var treeDump: String {
        var lines = ["document \(file)", "meta"]
        meta.dump(into: &lines, indent: "  ")
        lines.append("body")
        for block in body { block.dump(into: &lines, indent: "  ") }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Text in double quotes with `\`, `"`, and control characters escaped, so the dump is one line per value.
private func dumpQuoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += "\\u{\(String(scalar.value, radix: 16))}"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

private func dumpList(_ texts: [String]) -> String {
    "[" + texts.map(dumpQuoted).joined(separator: ", ") + "]"
}

extension Metadata {
    fileprivate func dump(into lines: inout [String], indent: String) {
        func add(_ key: String, _ value: String?) {
            if let value { lines.append("\(indent)\(key): \(value)") }
        }
        add("layout", layout)
        add("language", language.rawValue)
        lines.append("\(indent)sender")
        let inner = indent + "  "
        add("  organisation", dumpQuoted(sender.organisation))
        add("  parent", sender.parent.map(dumpQuoted))
        if !sender.unit.isEmpty { lines.append("\(inner)unit: \(dumpList(sender.unit))") }
        if !sender.visitingAddress.isEmpty { lines.append("\(inner)visiting_address: \(dumpList(sender.visitingAddress))") }
        if !sender.postalAddress.isEmpty { lines.append("\(inner)postal_address: \(dumpList(sender.postalAddress))") }
        add("  website", sender.website.map(dumpQuoted))
        add("  phone", sender.phone.map(dumpQuoted))
        add("  email", sender.email.map(dumpQuoted))
        add("to", dumpList(to))
        add("date", date.description)
        add("reference", reference.map(dumpQuoted))
        add("your_reference", yourReference.map(dumpQuoted))
        add("case_number", caseNumber.map(dumpQuoted))
        switch enclosures {
        case .count(let count)?: add("enclosures", String(count))
        case .titles(let titles)?: add("enclosures", dumpList(titles))
        case nil: break
        }
        add("subject", dumpQuoted(subject))
        add("status", status.map(dumpQuoted))
        if let contact {
            lines.append("\(indent)contact")
            add("  name", contact.name.map(dumpQuoted))
            add("  phone", contact.phone.map(dumpQuoted))
            add("  email", contact.email.map(dumpQuoted))
        }
        add("classification", classification.map(dumpQuoted))
        add("numbering", String(numbering))
    }
}

extension Block {
    fileprivate func dump(into lines: inout [String], indent: String) {
        let inner = indent + "  "
        switch self {
        case .heading(let level, let inlines, let location):
            lines.append("\(indent)heading \(level) @\(location.line):\(location.column)")
            for inline in inlines { inline.dump(into: &lines, indent: inner) }
        case .paragraph(let inlines, let location):
            lines.append("\(indent)paragraph @\(location.line):\(location.column)")
            for inline in inlines { inline.dump(into: &lines, indent: inner) }
        case .list(let list):
            let kind = list.ordered ? "ordered start \(list.start)" : "bullet"
            lines.append("\(indent)list \(kind) @\(list.location.line):\(list.location.column)")
            for item in list.items {
                lines.append("\(inner)item")
                for block in item { block.dump(into: &lines, indent: inner + "  ") }
            }
        }
    }
}

extension Inline {
    fileprivate func dump(into lines: inout [String], indent: String) {
        let inner = indent + "  "
        switch self {
        case .text(let text): lines.append("\(indent)text \(dumpQuoted(text))")
        case .code(let text): lines.append("\(indent)code \(dumpQuoted(text))")
        case .lineBreak: lines.append("\(indent)lineBreak")
        case .softBreak: lines.append("\(indent)softBreak")
        case .strong(let children):
            lines.append("\(indent)strong")
            for child in children { child.dump(into: &lines, indent: inner) }
        case .emphasis(let children):
            lines.append("\(indent)emphasis")
            for child in children { child.dump(into: &lines, indent: inner) }
        case .link(let destination, let children):
            lines.append("\(indent)link \(dumpQuoted(destination))")
            for child in children { child.dump(into: &lines, indent: inner) }
        }
    }
}
