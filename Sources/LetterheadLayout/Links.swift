// Link targets for the sender's website, e-mail and phone as printed in the reference column.
enum Links {
    static func web(_ text: String) -> String {
        text.contains("://") ? text : "https://" + text
    }

    static func mail(_ text: String) -> String { "mailto:" + text }

    static func phone(_ text: String) -> String {
        "tel:" + text.filter { $0.isNumber || $0 == "+" }
    }
}
