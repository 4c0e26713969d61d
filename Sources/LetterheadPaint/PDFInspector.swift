// A text report of what a finished PDF tells assistive technology: catalog, XMP, outline, links, structure tree.
import Foundation

public enum PDFInspector {
    /// The report, one fact a line, structure elements indented by depth.
    public static func report(_ pdf: Data) throws -> String {
        let file = try PDFObjects([UInt8](pdf))
        func value(_ value: PDFValue?) -> PDFValue { (try? file.resolve(value ?? .null)) ?? .null }
        let root = value(file.trailer["Root"]).dictionary ?? PDFDictionary()
        var lines: [String] = []
        lines.append("Lang: \(value(root["Lang"]).textValue ?? "-")")
        lines.append("DisplayDocTitle: \(value(value(root["ViewerPreferences"]).dictionary?["DisplayDocTitle"]).boolValue ?? false)")
        lines.append("Marked: \(value(value(root["MarkInfo"]).dictionary?["Marked"]).boolValue ?? false)")
        lines.append("PageMode: \(value(root["PageMode"]).nameValue.map { "/" + $0 } ?? "-")")
        let xmp = String(decoding: (try? streamData(root["Metadata"]?.reference, in: file)) ?? [], as: UTF8.self)
        for tag in ["dc:title", "dc:creator", "dc:language", "xmp:CreateDate", "pdfuaid:part", "pdfaid:part", "pdfaid:conformance"] {
            lines.append("XMP \(tag): \(XMPReading.value(of: tag, in: xmp) ?? "-")")
        }
        for intent in value(root["OutputIntents"]).array ?? [] {
            let intent = value(intent).dictionary ?? PDFDictionary()
            let components = intent["DestOutputProfile"].map(value)?.dictionary?["N"]?.integer ?? 0
            lines.append("OutputIntent: \(intent["S"]?.nameValue.map { "/" + $0 } ?? "-") "
                         + "\(value(intent["OutputConditionIdentifier"]).textValue ?? "-"), profile with \(components) components")
        }
        let info = value(file.trailer["Info"]).dictionary ?? PDFDictionary()
        lines.append("Info CreationDate: \(value(info["CreationDate"]).textValue ?? "-")")
        lines.append("Outline:")
        let pages = try file.pages()
        appendOutline(value(root["Outlines"]).dictionary?["First"], depth: 1, file: file, pages: pages, to: &lines)
        lines.append("Links:")
        for (index, page) in pages.enumerated() {
            for annotation in value(try file.dictionary(page)?["Annots"]).array ?? [] {
                guard let annotation = value(annotation).dictionary, annotation.isName("Subtype", "Link") else { continue }
                let uri = value(value(annotation["A"]).dictionary?["URI"]).textValue ?? "-"
                let contents = value(annotation["Contents"]).textValue ?? "-"
                lines.append("  page \(index + 1): \(uri) \"\(contents)\"")
            }
        }
        lines.append("Structure:")
        let structureRoot = value(root["StructTreeRoot"]).dictionary
        appendStructure(structureRoot?["K"] ?? .null, depth: 1, file: file, to: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A stream's data with its Flate compression undone.
    private static func streamData(_ number: Int?, in file: PDFObjects) throws -> [UInt8] {
        guard let number, let object = try file.object(number), let data = object.stream else { return [] }
        return object.value.dictionary?.isName("Filter", "FlateDecode") == true ? try Flate.decompress(data) : data
    }

    private static func appendOutline(_ first: PDFValue?, depth: Int, file: PDFObjects, pages: [Int], to lines: inout [String]) {
        var next = first
        var visited = Set<Int>()
        while let number = next?.reference, visited.insert(number).inserted, let item = try? file.dictionary(number) {
            let title = (try? file.resolve(item["Title"] ?? .null))?.textValue ?? "-"
            let destination = (try? file.resolve(item["Dest"] ?? .null))?.array?.first?.reference
            let page = destination.flatMap { pages.firstIndex(of: $0) }.map { "page \($0 + 1)" } ?? "no page"
            lines.append(String(repeating: "  ", count: depth) + "\(title) (\(page))")
            appendOutline(item["First"], depth: depth + 1, file: file, pages: pages, to: &lines)
            next = item["Next"]
        }
    }

    /// Element types by depth; marked content and annotations inside an element are counted, not listed.
    private static func appendStructure(_ kids: PDFValue, depth: Int, file: PDFObjects, to lines: inout [String]) {
        guard depth < 64 else { return }
        func value(_ value: PDFValue) -> PDFValue { (try? file.resolve(value)) ?? .null }
        for kid in (value(kids).array ?? [kids]).map(value) {
            guard let element = kid.dictionary, let type = element["S"]?.nameValue else { continue }
            let children = element["K"] ?? .null
            let childList = (value(children).array ?? [children]).map(value)
            let content = childList.filter { $0.integer != nil || $0.dictionary?["MCID"] != nil || $0.dictionary?["Obj"] != nil }.count
            lines.append(String(repeating: "  ", count: depth - 1) + type + (content > 0 ? " [\(content)]" : ""))
            appendStructure(children, depth: depth + 1, file: file, to: &lines)
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
