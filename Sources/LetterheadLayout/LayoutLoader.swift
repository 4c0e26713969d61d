// Loads Layouts/NAME.yaml into a LayoutDefinition: millimetres to points, styles resolved, labels per language.
import Foundation
import LetterheadModel
import Yams

public enum LayoutLoader {
    /// Reads and validates a layout file; throws LayoutFileError naming the file, line and key.
    public static func load(contentsOf url: URL) throws -> LayoutDefinition {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw LayoutFileError(file: url.path, line: 1, column: 1, key: "", message: "cannot read the layout file")
        }
        return try parse(text, file: url.path)
    }

    public static func parse(_ text: String, file: String) throws -> LayoutDefinition {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text, .basic) else {
                throw LayoutFileError(file: file, line: 1, column: 1, key: "", message: "the layout file is empty")
            }
            root = node
        } catch let error as YamlError {
            throw yamlError(error, file: file)
        }
        return try LayoutReader(root: LayoutNode(node: root, path: "", file: file)).definition()
    }

    private static func yamlError(_ error: YamlError, file: String) -> LayoutFileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return LayoutFileError(file: file, line: mark.line, column: mark.column, key: "", message: "invalid YAML: \(problem)")
        default:
            return LayoutFileError(file: file, line: 1, column: 1, key: "", message: "invalid YAML: \(error)")
        }
    }
}

/// Walks the root mapping of a layout file.
private struct LayoutReader {
    let root: LayoutNode

    func definition() throws -> LayoutDefinition {
        let top = try root.fields(allowed: ["name", "description", "page", "fonts", "colors", "styles", "ribbon",
                                            "first_page", "follow_page", "body", "reference_column", "page_number",
                                            "classification", "labels", "ligatures"])
        let fonts = try top.require("fonts", in: root).stringMap()
        let colorNodes = try top.require("colors", in: root).fields(allowed: nil)
        var colors: [String: Color] = [:]
        for (name, node) in colorNodes {
            guard let color = Color(hex: try node.text()) else { throw node.error("expected a colour like \"#154273\"") }
            colors[name] = color
        }
        let styles = try StyleTable(node: top.require("styles", in: root), fonts: fonts, colors: colors,
                                    ligatures: try top["ligatures"]?.bool() ?? true)
        let page = try top.require("page", in: root).fields(allowed: ["width", "height"])
        let pageNode = try top.require("page", in: root)

        let ribbonNode = try top.require("ribbon", in: root)
        let ribbon = try ribbonNode.fields(allowed: ["x", "y", "width", "height", "color"])
        let ribbonColorNode = try ribbon.require("color", in: ribbonNode)
        guard let ribbonColor = colors[try ribbonColorNode.text()] else {
            throw ribbonColorNode.error("unknown colour (expected one of \(colors.keys.sorted().joined(separator: ", ")))")
        }

        let firstNode = try top.require("first_page", in: root)
        let first = try firstNode.fields(allowed: ["wordmark", "addressee", "reference_column", "doctype", "subject", "status", "body"])
        let status = try first.require("status", in: firstNode)
        let statusFields = try status.fields(allowed: ["x", "below_doctype"])
        let firstBody = try first.require("body", in: firstNode)
        let firstBodyFields = try firstBody.fields(allowed: ["gap_after_head"])

        let followNode = try top.require("follow_page", in: root)
        let follow = try followNode.fields(allowed: ["body", "reference_column"])
        let followBody = try follow.require("body", in: followNode)
        let followColumn = try follow.require("reference_column", in: followNode)
        let followColumnFields = try followColumn.fields(allowed: ["x", "width"])

        let bodyNode = try top.require("body", in: root)
        let body = try bodyNode.fields(allowed: ["x", "width", "bottom", "paragraph_gap", "heading_gap_before", "heading_gap_after",
                                                 "section_indent", "list_indent", "bullets", "orphans", "widows",
                                                 "enclosures_gap_after"])
        let columnNode = try top.require("reference_column", in: root)
        let column = try columnNode.fields(allowed: ["address_gap", "group_gap"])

        let labelsNode = try top.require("labels", in: root)
        var labels: [Language: Labels] = [:]
        for (code, node) in try labelsNode.fields(allowed: Set(Language.allCases.map(\.rawValue))) {
            labels[Language(rawValue: code)!] = try readLabels(node)
        }
        for language in Language.allCases where labels[language] == nil {
            throw labelsNode.error("missing labels for language \"\(language.rawValue)\"")
        }

        return LayoutDefinition(
            name: try top.require("name", in: root).text(),
            description: try top["description"]?.text() ?? "",
            pageWidth: try mm(page.require("width", in: pageNode)),
            pageHeight: try mm(page.require("height", in: pageNode)),
            fonts: fonts,
            ribbon: Rect(x: try mm(ribbon.require("x", in: ribbonNode)), y: try mm(ribbon.require("y", in: ribbonNode)),
                         width: try mm(ribbon.require("width", in: ribbonNode)), height: try mm(ribbon.require("height", in: ribbonNode))),
            ribbonColor: ribbonColor,
            firstPage: FirstPageSpec(
                wordmark: try anchor(first.require("wordmark", in: firstNode), styles, default: "wordmark"),
                addressee: try anchor(first.require("addressee", in: firstNode), styles, default: "body"),
                referenceColumn: try anchor(first.require("reference_column", in: firstNode), styles, default: "reference"),
                doctype: try anchor(first.require("doctype", in: firstNode), styles, default: "doctype"),
                subject: try anchor(first.require("subject", in: firstNode), styles, default: "body"),
                statusX: try mm(statusFields.require("x", in: status)),
                statusBelowDoctype: try statusFields.require("below_doctype", in: status).number(),
                bodyGapAfterHead: try firstBodyFields.require("gap_after_head", in: firstBody).number()),
            followPage: FollowPageSpec(
                bodyBaseline: try mm(followBody.fields(allowed: ["baseline"]).require("baseline", in: followBody)),
                referenceColumnX: try mm(followColumnFields.require("x", in: followColumn)),
                referenceColumnWidth: try mm(followColumnFields.require("width", in: followColumn))),
            body: BodySpec(
                x: try mm(body.require("x", in: bodyNode)),
                width: try mm(body.require("width", in: bodyNode)),
                bottom: try mm(body.require("bottom", in: bodyNode)),
                paragraphGap: try body.require("paragraph_gap", in: bodyNode).number(),
                headingGapBefore: try body.require("heading_gap_before", in: bodyNode).number(),
                headingGapAfter: try body.require("heading_gap_after", in: bodyNode).number(),
                sectionIndent: try mm(body.require("section_indent", in: bodyNode)),
                listIndent: try mm(body.require("list_indent", in: bodyNode)),
                bullets: try body.require("bullets", in: bodyNode).texts(),
                orphans: try body.require("orphans", in: bodyNode).integer(),
                widows: try body.require("widows", in: bodyNode).integer(),
                enclosuresGapAfter: try body.require("enclosures_gap_after", in: bodyNode).number(),
                text: try styles.style("body", at: bodyNode),
                heading: try styles.style("heading", at: bodyNode)),
            referenceColumn: ReferenceColumnSpec(
                addressGap: try column.require("address_gap", in: columnNode).number(),
                groupGap: try column.require("group_gap", in: columnNode).number(),
                text: try styles.style("reference", at: columnNode),
                label: try styles.style("reference_label", at: columnNode)),
            wordmarkParent: try styles.style("wordmark_parent", at: firstNode),
            pageNumber: try anchor(top.require("page_number", in: root), styles, default: "reference"),
            classification: try anchor(top.require("classification", in: root), styles, default: "classification"),
            labels: labels)
    }

    private func mm(_ node: LayoutNode) throws -> Double { try node.number() * pointsPerMillimetre }

    /// `{x: mm, baseline: mm, width: mm, style: name}`.
    private func anchor(_ node: LayoutNode, _ styles: StyleTable, default styleName: String) throws -> TextAnchor {
        let fields = try node.fields(allowed: ["x", "baseline", "width", "style"])
        let style = try fields["style"].map { try styles.style(try $0.text(), at: $0) } ?? styles.style(styleName, at: node)
        return TextAnchor(x: try mm(fields.require("x", in: node)),
                          baseline: try fields["baseline"].map(mm) ?? 0,
                          width: try fields["width"].map(mm),
                          style: style)
    }

    private func readLabels(_ node: LayoutNode) throws -> Labels {
        let keys = ["doctype", "date", "reference", "your_reference", "case_number", "enclosures", "contact",
                    "enclosure_one", "enclosure_many", "page", "status", "months", "date_format"]
        let f = try node.fields(allowed: Set(keys))
        let months = try f.require("months", in: node)
        let monthNames = try months.texts()
        guard monthNames.count == 12 else { throw months.error("expected the 12 month names, found \(monthNames.count)") }
        return Labels(
            doctype: try f.require("doctype", in: node).text(), date: try f.require("date", in: node).text(),
            reference: try f.require("reference", in: node).text(),
            yourReference: try f.require("your_reference", in: node).text(),
            caseNumber: try f.require("case_number", in: node).text(),
            enclosures: try f.require("enclosures", in: node).text(), contact: try f.require("contact", in: node).text(),
            enclosureOne: try f.require("enclosure_one", in: node).text(),
            enclosureMany: try f.require("enclosure_many", in: node).text(),
            page: try f.require("page", in: node).text(), status: try f.require("status", in: node).text(),
            months: monthNames, dateFormat: try f.require("date_format", in: node).text())
    }
}
