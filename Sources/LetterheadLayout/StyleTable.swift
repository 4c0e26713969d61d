// The `styles` of a layout file, resolved against its fonts and colours.
private let styleKeys: Set<String> = ["font", "size", "leading", "bold", "italic", "color"]

struct StyleTable {
    private var styles: [String: TextStyle] = [:]

    /// `ligatures`: the layout's setting, for every style.
    init(node: LayoutNode, fonts: [String: String], colors: [String: Color], ligatures: Bool) throws {
        for (name, styleNode) in try node.fields(allowed: nil) {
            let f = try styleNode.fields(allowed: styleKeys)
            let fontNode = try f.require("font", in: styleNode)
            guard let family = fonts[try fontNode.text()] else {
                throw fontNode.error("unknown font (expected one of \(fonts.keys.sorted().joined(separator: ", ")))")
            }
            var color = colors["text"] ?? .black
            if let colorNode = f["color"] {
                guard let named = colors[try colorNode.text()] else {
                    throw colorNode.error("unknown colour (expected one of \(colors.keys.sorted().joined(separator: ", ")))")
                }
                color = named
            }
            let size = try f.require("size", in: styleNode).number()
            guard size > 0 else { throw styleNode.error("size must be more than 0") }
            styles[name] = TextStyle(family: family, size: size,
                                     leading: try f.require("leading", in: styleNode).number(),
                                     bold: try f["bold"]?.bool() ?? false, italic: try f["italic"]?.bool() ?? false,
                                     color: color, ligatures: ligatures)
        }
    }

    func style(_ name: String, at node: LayoutNode) throws -> TextStyle {
        guard let style = styles[name] else {
            throw node.error("unknown style \"\(name)\" (the layout's styles are \(styles.keys.sorted().joined(separator: ", ")))")
        }
        return style
    }
}
