// A text report of what a finished PDF tells assistive technology: catalog, XMP, outline, links, structure tree.
import CQPDF
import Foundation

public enum PDFInspector {
    /// The report, one fact a line, structure elements indented by depth.
    public static func report(_ pdf: Data) throws -> String {
        let document = try QPDFDocument(pdf)
        let q = document.q
        let root = document.root
        var lines: [String] = []
        lines.append("Lang: \(document.utf8(document.key(root, "/Lang")) ?? "-")")
        lines.append("DisplayDocTitle: \(qpdf_oh_get_bool_value(q, document.key(document.key(root, "/ViewerPreferences"), "/DisplayDocTitle")) != 0)")
        lines.append("Marked: \(qpdf_oh_get_bool_value(q, document.key(document.key(root, "/MarkInfo"), "/Marked")) != 0)")
        lines.append("PageMode: \(document.name(document.key(root, "/PageMode")) ?? "-")")
        let xmp = String(decoding: (try? document.streamData(document.key(root, "/Metadata"))) ?? Data(), as: UTF8.self)
        for tag in ["dc:title", "dc:creator", "dc:language", "xmp:CreateDate", "pdfuaid:part", "pdfaid:part", "pdfaid:conformance"] {
            lines.append("XMP \(tag): \(XMPReading.value(of: tag, in: xmp) ?? "-")")
        }
        for intent in document.items(document.key(root, "/OutputIntents")) {
            let profile = document.key(intent, "/DestOutputProfile")
            lines.append("OutputIntent: \(document.name(document.key(intent, "/S")) ?? "-") "
                         + "\(document.utf8(document.key(intent, "/OutputConditionIdentifier")) ?? "-"), "
                         + "profile with \(qpdf_oh_get_int_value_as_int(q, document.key(qpdf_oh_get_dict(q, profile), "/N"))) components")
        }
        let info = document.key(document.trailer, "/Info")
        lines.append("Info CreationDate: \(document.utf8(document.key(info, "/CreationDate")) ?? "-")")
        lines.append("Outline:")
        var item = document.key(document.key(root, "/Outlines"), "/First")
        appendOutline(&item, depth: 1, document: document, pageIDs: document.pages.map(document.objectID), to: &lines)
        lines.append("Links:")
        for (index, page) in document.pages.enumerated() {
            for annotation in document.items(document.key(page, "/Annots")) where document.isName(annotation, "/Subtype", "/Link") {
                let uri = document.utf8(document.key(document.key(annotation, "/A"), "/URI")) ?? "-"
                let contents = document.utf8(document.key(annotation, "/Contents")) ?? "-"
                lines.append("  page \(index + 1): \(uri) \"\(contents)\"")
            }
        }
        lines.append("Structure:")
        appendStructure(document.key(document.key(root, "/StructTreeRoot"), "/K"), depth: 1, document: document, to: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func appendOutline(_ item: inout qpdf_oh, depth: Int, document: QPDFDocument, pageIDs: [Int32],
                                      to lines: inout [String]) {
        let q = document.q
        while qpdf_oh_is_dictionary(q, item) != 0 {
            let title = document.utf8(document.key(item, "/Title")) ?? "-"
            let destination = document.items(document.key(item, "/Dest")).first.map(document.objectID)
            let page = destination.flatMap { pageIDs.firstIndex(of: $0) }.map { "page \($0 + 1)" } ?? "no page"
            lines.append(String(repeating: "  ", count: depth) + "\(title) (\(page))")
            var child = document.key(item, "/First")
            appendOutline(&child, depth: depth + 1, document: document, pageIDs: pageIDs, to: &lines)
            item = document.key(item, "/Next")
        }
    }

    /// Element types by depth; marked content and annotations inside an element are counted, not listed.
    private static func appendStructure(_ kids: qpdf_oh, depth: Int, document: QPDFDocument, to lines: inout [String]) {
        let q = document.q
        let list = qpdf_oh_is_array(q, kids) != 0 ? document.items(kids) : [kids]
        for kid in list where qpdf_oh_is_dictionary(q, kid) != 0 && document.has(kid, "/S") {
            let type = document.name(document.key(kid, "/S")) ?? "?"
            let children = document.key(kid, "/K")
            let childList = qpdf_oh_is_array(q, children) != 0 ? document.items(children) : [children]
            let content = childList.filter { qpdf_oh_is_integer(q, $0) != 0 || document.has($0, "/MCID") || document.has($0, "/Obj") }.count
            lines.append(String(repeating: "  ", count: depth - 1) + String(type.dropFirst()) + (content > 0 ? " [\(content)]" : ""))
            appendStructure(children, depth: depth + 1, document: document, to: &lines)
        }
    }
}

/// The text of a simple XMP property (`<dc:title>…<rdf:li …>text</rdf:li>…</dc:title>` or `<tag>text</tag>`).
enum XMPReading {
    static func value(of tag: String, in xmp: String) -> String? {
        guard let open = xmp.range(of: "<\(tag)>"), let close = xmp.range(of: "</\(tag)>", range: open.upperBound..<xmp.endIndex)
        else { return nil }
        var inner = String(xmp[open.upperBound..<close.lowerBound])
        if let li = inner.range(of: "<rdf:li"), let start = inner.range(of: ">", range: li.upperBound..<inner.endIndex),
           let end = inner.range(of: "</rdf:li>", range: start.upperBound..<inner.endIndex) {
            inner = String(inner[start.upperBound..<end.lowerBound])
        }
        return inner
    }
}
