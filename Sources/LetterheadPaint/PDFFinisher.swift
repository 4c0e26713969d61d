// Finishes Cairo's PDF for PDF/UA-1 (and PDF/A-2a): language, title display, XMP, artifacts, links, font fixes.
//
// Cairo 1.16 has no API for /Lang, XMP or viewer preferences, marks no artifacts, writes CID fonts without
// /CIDToGIDMap and links without /Contents. This step reads the finished PDF with qpdf (a well-kept library
// with a C API for object handles, from Debian) rather than a hand-made incremental update: the changes reach
// into many objects (catalog, struct tree, fonts, annotations, content streams), which qpdf edits safely and
// writes with a content-derived /ID, so the output stays byte-reproducible and `qpdf --check` stays clean.
import CQPDF
import Foundation

enum PDFFinisher {
    static func finish(_ pdf: Data, metadata: PDFMetadata) throws -> Data {
        let document = try QPDFDocument(pdf)
        let root = document.root
        document.set(root, "/Lang", document.string(metadata.language))
        document.set(root, "/ViewerPreferences", document.parse("<< /DisplayDocTitle true >>"))
        document.set(root, "/MarkInfo", document.parse("<< /Marked true >>"))
        if document.has(root, "/Outlines") { document.set(root, "/PageMode", document.parse("/UseOutlines")) }
        let pdfDate = "D:" + metadata.createDate.filter { $0.isNumber } + "Z"
        let info = document.key(document.trailer, "/Info")
        document.set(info, "/CreationDate", document.string(pdfDate))
        let producer = document.utf8(document.key(info, "/Producer")) ?? ""
        document.set(root, "/Metadata", document.newStream(Data(XMPPacket(metadata: metadata, producer: producer).text.utf8),
                                                           dictionary: "<< /Type /Metadata /Subtype /XML >>"))
        if let profile = metadata.outputIntentProfile {
            let icc = document.newStream(profile, dictionary: "<< /N 3 >>")
            let intent = document.parse("<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) "
                                        + "/Info (sRGB IEC61966-2.1) /RegistryName (http://www.color.org) >>")
            document.set(intent, "/DestOutputProfile", icc)
            let intents = document.parse("[]")
            qpdf_oh_append_item(document.q, intents, intent)
            document.set(root, "/OutputIntents", intents)
        }
        var artifacts = Set<Int32>()
        for object in document.allObjects() {
            if document.isName(object, "/Type", "/StructElem"), document.isName(object, "/S", "/\(artifactMarker)") {
                artifacts.insert(document.objectID(object))
            } else if document.isName(object, "/Subtype", "/CIDFontType2"), !document.has(object, "/CIDToGIDMap") {
                // Cairo's CID subsets number glyphs by glyph index: the identity map, which PDF/UA wants stated.
                document.set(object, "/CIDToGIDMap", document.parse("/Identity"))
            } else if document.isName(object, "/Subtype", "/Link") {
                describeLink(object, in: document)
            }
        }
        for page in document.pages {
            if !document.items(document.key(page, "/Annots")).isEmpty {
                document.set(page, "/Tabs", document.parse("/S"))
            }
            try markArtifacts(page, in: document)
        }
        removeArtifactElements(artifacts, in: document)
        return try document.write()
    }

    /// A link annotation is printed and says where it goes.
    private static func describeLink(_ annotation: qpdf_oh, in document: QPDFDocument) {
        document.set(annotation, "/F", document.parse("4"))
        let target = document.utf8(document.key(document.key(annotation, "/A"), "/URI")) ?? ""
        document.set(annotation, "/Contents", document.string(LinkDescription.text(for: target)))
    }

    /// Turns the marker elements' marked content into artifacts: `/Private << /MCID n >> BDC` → `/Artifact BMC`.
    private static func markArtifacts(_ page: qpdf_oh, in document: QPDFDocument) throws {
        let contents = document.key(page, "/Contents")
        let streams = document.items(contents).isEmpty ? [contents] : document.items(contents)
        for stream in streams {
            let data = try document.streamData(stream)
            let marked = ContentMarks.artifacts(in: data, marker: artifactMarker)
            if marked != data { document.replaceStream(stream, with: marked) }
        }
    }

    /// Takes the marker elements out of the structure tree and the parent tree.
    private static func removeArtifactElements(_ artifacts: Set<Int32>, in document: QPDFDocument) {
        guard !artifacts.isEmpty else { return }
        let q = document.q
        let null = qpdf_oh_new_null(q)
        for object in document.allObjects() where document.has(object, "/K") || document.has(object, "/Nums") {
            for arrayKey in ["/K", "/Nums"] where document.has(object, arrayKey) {
                let array = document.key(object, arrayKey)
                if qpdf_oh_is_array(q, array) == 0 {
                    if artifacts.contains(document.objectID(array)) { qpdf_oh_remove_key(q, object, arrayKey) }
                    continue
                }
                for (index, item) in document.items(array).enumerated().reversed() {
                    if artifacts.contains(document.objectID(item)) {
                        arrayKey == "/K" ? qpdf_oh_erase_item(q, array, Int32(index)) : qpdf_oh_set_array_item(q, array, Int32(index), null)
                    } else if arrayKey == "/Nums", qpdf_oh_is_array(q, item) != 0 {
                        for (slot, element) in document.items(item).enumerated() where artifacts.contains(document.objectID(element)) {
                            qpdf_oh_set_array_item(q, item, Int32(slot), null)
                        }
                    }
                }
            }
        }
    }
}
