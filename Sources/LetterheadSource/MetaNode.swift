// A front-matter value with its place in the file, from YAML or JSON alike; every scalar kept as its text.
import Foundation
import LetterheadModel

struct MetaNode {
    enum Kind {
        /// `plain` is an unquoted YAML scalar or a JSON number, boolean or null.
        case scalar(String, plain: Bool)
        case sequence([MetaNode])
        case mapping([(key: MetaNode, value: MetaNode)])
    }

    var kind: Kind
    var location: SourceLocation

    /// An empty value: `key:`, `key: ~`, `key: null` (unquoted) or JSON `null`.
    var isNull: Bool {
        if case .scalar(let text, plain: true) = kind { return ["", "~", "null", "Null", "NULL"].contains(text) }
        return false
    }

    /// What was found, for messages: `text "abc"`, `a list`, `a mapping`, `no value`.
    var found: String {
        switch kind {
        case .scalar(let text, _):
            if isNull { return "no value" }
            return "text \(Self.quote(text))"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    /// Text in double quotes, shortened when long, newlines shown as \n.
    static func quote(_ text: String) -> String {
        let shown = text.count > 60 ? text.prefix(57) + "..." : Substring(text)
        return "\"" + String(shown).replacingOccurrences(of: "\n", with: "\\n") + "\""
    }
}
