// Finishes Cairo's PDF for PDF/UA-1 (and PDF/A-2a): language, title display, XMP, artifacts, links, font fixes.
//
// Cairo 1.16 has no API for /Lang, XMP or viewer preferences, marks no artifacts, writes CID fonts without
// /CIDToGIDMap, links without /Contents and /CreationDate without "D:". Cairo's output is a plain file (one
// cross-reference table, no object streams), so this step reads its objects (PDFObjects), edits them and writes
// the file anew: objects renumbered, the ones nothing refers to left out, an /ID from the content, so the same
// input gives the same bytes. (An earlier version used qpdf for this; it cost a third of the time per document
// and 6 ms of library loading at every start.)
import Foundation

enum PDFFinisher {
    /// `underlays`: compressed content streams (by page index) drawn before the page's own content.
    static func finish(_ pdf: [UInt8], metadata: PDFMetadata, underlays: [Int: [UInt8]] = [:]) throws -> Data {
        var file = try PDFObjects(pdf)
        guard let rootNumber = file.trailer["Root"]?.reference, var root = file.dictionary(rootNumber) else {
            throw PaintError("the PDF to finish has no catalog")
        }
        root["Lang"] = .text(metadata.language)
        root["ViewerPreferences"] = .dictionary(PDFDictionary(["DisplayDocTitle": .bool(true)]))
        root["MarkInfo"] = .dictionary(PDFDictionary(["Marked": .bool(true)]))
        if root["Outlines"] != nil { root["PageMode"] = .name("UseOutlines") }
        var producer = ""
        if let infoNumber = file.trailer["Info"]?.reference, var info = file.dictionary(infoNumber) {
            producer = info["Producer"]?.textValue ?? ""
            info["CreationDate"] = .text("D:" + metadata.createDate.filter { $0.isNumber } + "Z")
            file.set(infoNumber, .dictionary(info))
        }
        let xmp = Array(XMPPacket(metadata: metadata, producer: producer).text.utf8)
        root["Metadata"] = .reference(file.add(.dictionary(PDFDictionary(["Type": .name("Metadata"), "Subtype": .name("XML")])), stream: xmp))
        if let profile = metadata.outputIntentProfile {
            root["OutputIntents"] = .array([.dictionary(try outputIntent(profile, in: &file))])
        }
        file.set(rootNumber, .dictionary(root))
        var artifacts = Set<Int>()
        for (number, object) in file.objects {
            guard var dictionary = object.value.dictionary else { continue }
            if dictionary.isName("Type", "StructElem"), dictionary.isName("S", artifactMarker) {
                artifacts.insert(number)
            } else if dictionary.isName("Subtype", "CIDFontType2"), dictionary["CIDToGIDMap"] == nil {
                // Cairo's CID subsets number glyphs by glyph index: the identity map, which PDF/UA wants stated.
                dictionary["CIDToGIDMap"] = .name("Identity")
                file.set(number, .dictionary(dictionary))
            } else if dictionary.isName("Subtype", "Link") {
                dictionary["F"] = .integer(4)
                let target = dictionary["A"].map(file.resolve)?.dictionary?["URI"]?.textValue ?? ""
                dictionary["Contents"] = .text(LinkDescription.text(for: target))
                file.set(number, .dictionary(dictionary))
            }
        }
        for (index, page) in file.pages.enumerated() {
            guard var dictionary = file.dictionary(page) else { continue }
            try markArtifacts(dictionary, in: &file)
            if !(dictionary["Annots"].map(file.resolve)?.array ?? []).isEmpty {
                dictionary["Tabs"] = .name("S")
            }
            if let underlay = underlays[index] {
                let stream = file.add(.dictionary(PDFDictionary(["Filter": .name("FlateDecode")])), stream: underlay)
                let contents = dictionary["Contents"] ?? .null
                dictionary["Contents"] = .array([.reference(stream)] + (file.resolve(contents).array ?? [contents]))
            }
            file.set(page, .dictionary(dictionary))
        }
        removeArtifactElements(artifacts, in: &file)
        return Data(file.written())
    }

    /// The sRGB output intent, its profile compressed once per process.
    private static func outputIntent(_ profile: Data, in file: inout PDFObjects) throws -> PDFDictionary {
        let stream = try CompressedProfiles.shared.compressed(profile)
        let profileNumber = file.add(.dictionary(PDFDictionary(["N": .integer(3), "Filter": .name("FlateDecode")])),
                                     stream: stream)
        return PDFDictionary([
            "Type": .name("OutputIntent"), "S": .name("GTS_PDFA1"),
            "OutputConditionIdentifier": .text("sRGB IEC61966-2.1"), "Info": .text("sRGB IEC61966-2.1"),
            "RegistryName": .text("http://www.color.org"), "DestOutputProfile": .reference(profileNumber),
        ])
    }

    /// Turns the marker elements' marked content into artifacts: `/Private << /MCID n >> BDC` → `/Artifact BMC`.
    private static func markArtifacts(_ page: PDFDictionary, in file: inout PDFObjects) throws {
        let contents = page["Contents"] ?? .null
        for stream in (file.resolve(contents).array ?? [contents]).compactMap(\.reference) {
            guard let object = file.objects[stream], let data = object.stream,
                  object.value.dictionary?.isName("Filter", "FlateDecode") == true else { continue }
            let content = try Flate.decompress(data)
            let marked = ContentMarks.artifacts(in: content, marker: artifactMarker)
            if marked != content { file.setStream(stream, try Flate.compress(marked)) }
        }
    }

    /// Takes the marker elements out of the structure tree (/K) and the parent tree (/Nums, to null).
    private static func removeArtifactElements(_ artifacts: Set<Int>, in file: inout PDFObjects) {
        guard !artifacts.isEmpty else { return }
        func isArtifact(_ value: PDFValue) -> Bool { value.reference.map(artifacts.contains) ?? false }
        for (number, object) in file.objects {
            guard var dictionary = object.value.dictionary else { continue }
            var changed = false
            if let kids = dictionary["K"] {
                if isArtifact(kids) {
                    dictionary["K"] = nil
                    changed = true
                } else if let items = kids.array, items.contains(where: isArtifact) {
                    dictionary["K"] = .array(items.filter { !isArtifact($0) })
                    changed = true
                }
            }
            if let nums = dictionary["Nums"]?.array {
                var edited = nums.map { isArtifact($0) ? PDFValue.null : $0 }
                for (index, entry) in nums.enumerated() {
                    if let items = entry.array { edited[index] = .array(items.map { isArtifact($0) ? .null : $0 }) }
                    if let arrayNumber = entry.reference, let items = file.objects[arrayNumber]?.value.array, items.contains(where: isArtifact) {
                        file.set(arrayNumber, .array(items.map { isArtifact($0) ? .null : $0 }))
                    }
                }
                if edited != nums { dictionary["Nums"] = .array(edited); changed = true }
            }
            if changed { file.set(number, .dictionary(dictionary)) }
        }
    }
}

/// The output-intent profile compressed once: it is the same for every document of a process.
final class CompressedProfiles: @unchecked Sendable {
    static let shared = CompressedProfiles()
    private let lock = NSLock()
    private var streams: [Data: [UInt8]] = [:]

    func compressed(_ profile: Data) throws -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        if let stream = streams[profile] { return stream }
        let stream = try Flate.compress([UInt8](profile))
        streams[profile] = stream
        return stream
    }
}
