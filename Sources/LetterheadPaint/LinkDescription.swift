// What a link annotation says it does (/Contents), from its target.
enum LinkDescription {
    static func text(for target: String) -> String {
        if target.hasPrefix("mailto:") { return "E-mail " + target.dropFirst(7) }
        if target.hasPrefix("tel:") { return "Bel " + target.dropFirst(4) }
        return "Link naar " + target
    }
}
