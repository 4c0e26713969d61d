// Reads the front matter into Metadata, checking the type and value of every key.
import LetterheadModel

enum MetadataReader {
    static let keys = ["layout", "language", "sender", "to", "date", "reference", "your_reference", "case_number",
                       "enclosures", "subject", "status", "contact", "classification", "numbering"]

    /// The metadata (nil if a required value is missing or invalid) and whether headings are numbered,
    /// which the body needs even when the metadata has errors.
    /// `label` names the front matter in messages ("meta" in the JSON form).
    static func read(_ root: MetaNode?, at location: SourceLocation, label: String = "front matter", profiles: SenderProfiles?,
                     log: DiagnosticLog) -> (metadata: Metadata?, numbering: Bool) {
        let scope: MetaScope
        if let root {
            guard let mapping = MetaScope(root, path: nil, label: label, known: keys, expected: "keys such as \"subject: ...\"",
                                          location: location, log: log) else { return (nil, true) }
            scope = mapping
        } else {
            scope = MetaScope(emptyAt: location, log: log)
        }
        let layout = scope.word("layout", expected: "a layout name such as \"nota\": letters a-z, digits and -", {
            MetaScope.isName($0) ? $0 : nil
        }, problem: {
            $0.contains("/") || $0.contains(".") ? "\(MetaNode.quote($0)) is a path, not a layout name"
                : "\(MetaNode.quote($0)) is not a layout name"
        })
        let language = scope.word("language", expected: "nl or en", Language.init(rawValue:),
                                  problem: { "\(MetaNode.quote($0)) is not a supported language" })
        let sender = sender(scope, profiles: profiles)
        let to = scope.lines("to", required: true)
        let date = scope.word("date", required: true, expected: "YYYY-MM-DD", example: "YYYY-MM-DD",
                              DocumentDate.init(iso:), problem: { "\(MetaNode.quote($0)) is not a date" })
        let subject = scope.text("subject", required: true)
        let numbering = scope.bool("numbering") ?? true
        let meta = Metadata(
            layout: layout ?? "nota", language: language ?? .nl, sender: sender ?? Sender(organisation: ""), to: to ?? [],
            date: date ?? DocumentDate(year: 1970, month: 1, day: 1), reference: scope.text("reference"),
            yourReference: scope.text("your_reference"), caseNumber: scope.text("case_number"),
            enclosures: enclosures(scope), subject: subject ?? "", status: scope.text("status"),
            contact: contact(scope), classification: scope.text("classification"), numbering: numbering)
        guard sender != nil, to != nil, date != nil, subject != nil else { return (nil, numbering) }
        return (meta, numbering)
    }

    /// `sender`: a mapping, or the name of a profile in the profiles folder.
    private static func sender(_ scope: MetaScope, profiles: SenderProfiles?) -> Sender? {
        let expected = "\(SenderReader.expected), or a sender profile name"
        guard let node = scope.value("sender", required: true, expected: expected,
                                     missingHint: "add \"sender:\" with \"organisation: ...\" under it, or \"sender: <profile name>\"")
        else { return nil }
        guard case .scalar(let name, _) = node.kind else {
            return SenderReader.read(node, path: "sender", log: scope.log)
        }
        guard MetaScope.isName(name) else {
            scope.log.error(node.location, "sender", "found \(node.found)", hint: "expected \(expected)")
            return nil
        }
        guard let profiles else {
            scope.log.error(node.location, "sender", "\(MetaNode.quote(name)) names a sender profile, but no profiles folder is set",
                            hint: "write the sender as \(SenderReader.expected)")
            return nil
        }
        guard let profile = profiles.profile(name) else {
            let available = profiles.available()
            scope.log.error(node.location, "sender", "no sender profile \(MetaNode.quote(name)) in \(profiles.directory.relativePath)",
                            hint: available.isEmpty ? "the folder has no profiles (NAME.yaml)"
                                : (KeySuggestion.nearest(to: name, in: available).map { "did you mean \"\($0)\"? " } ?? "")
                                + "available: " + available.joined(separator: ", "))
            return nil
        }
        scope.log.append(contentsOf: profile.diagnostics)
        return profile.sender
    }

    /// `enclosures`: a count, or a list of titles.
    private static func enclosures(_ scope: MetaScope) -> Enclosures? {
        let expected = "a count (0, 1, 2, ...) or a list of titles"
        guard let node = scope.value("enclosures", expected: expected) else { return nil }
        switch node.kind {
        case .sequence(let items):
            return items.textItems("enclosures", log: scope.log).map(Enclosures.titles)
        case .scalar(let text, _):
            let trimmed = Substring(text).trimmingWhitespace()
            if trimmed.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let count = Int(trimmed) { return .count(count) }
            scope.log.error(node.location, "enclosures", "\(MetaNode.quote(text)) is not a count", hint: "expected \(expected)")
        case .mapping:
            scope.log.error(node.location, "enclosures", "found \(node.found)", hint: "expected \(expected)")
        }
        return nil
    }

    /// `contact`: a mapping with name, phone and email.
    private static func contact(_ scope: MetaScope) -> Contact? {
        let expected = "a mapping with name, phone, email"
        guard let node = scope.value("contact", expected: expected),
              let contact = MetaScope(node, path: "contact", known: ["name", "phone", "email"], expected: expected,
                                      log: scope.log)
        else { return nil }
        return Contact(name: contact.text("name"), phone: contact.text("phone"), email: contact.text("email"))
    }
}
