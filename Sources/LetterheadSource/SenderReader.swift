// Reads a sender mapping (in the front matter or in a sender profile file) into a Sender.
import LetterheadModel

enum SenderReader {
    static let keys = ["organisation", "parent", "unit", "visiting_address", "postal_address", "website", "phone", "email"]
    static let expected = "a mapping with organisation, unit, visiting_address, postal_address, website, ..."

    /// `path` is "sender" in a document and nil in a profile file (whose keys are at the top).
    static func read(_ node: MetaNode, path: String?, log: DiagnosticLog) -> Sender? {
        guard let scope = MetaScope(node, path: path, known: keys, expected: expected, log: log) else { return nil }
        let organisation = scope.text("organisation", required: true)
        let sender = Sender(
            organisation: organisation ?? "", parent: scope.text("parent"), unit: scope.lines("unit") ?? [],
            visitingAddress: scope.lines("visiting_address") ?? [], postalAddress: scope.lines("postal_address") ?? [],
            website: scope.text("website"), phone: scope.text("phone"), email: scope.text("email"))
        return organisation == nil ? nil : sender
    }
}
