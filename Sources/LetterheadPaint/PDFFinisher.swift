// Finishes Cairo's PDF for PDF/UA-1 (and PDF/A-2a): language, title display, XMP, artifacts, links, font fixes.
//
// Cairo 1.16 has no API for /Lang, XMP or viewer preferences, marks no artifacts, writes CID fonts without
// /CIDToGIDMap, links without /Contents and /CreationDate without "D:". Cairo's output is a plain file (one
// cross-reference table, no object streams), so this step parses only the objects it looks at (PDFObjects), edits
// them and writes the file anew: the other objects copied as they are, the removed ones free, an /ID from the
// content, so the same input gives the same bytes. (An earlier version used qpdf for this; it cost a third of
// the time per document and 6 ms of library loading at every start.)
import Foundation

enum PDFFinisher {
    /// `underlays`: compressed content streams (by page index) drawn before the page's own content.
    static func finish(_ pdf: [UInt8], metadata: PDFMetadata, underlays: [Int: [UInt8]] = [:]) throws -> Data {
        let file = try PDFObjects(pdf)
        guard let rootNumber = file.trailer["Root"]?.reference, var root = try file.dictionary(rootNumber) else {
            throw PaintError("the PDF to finish has no catalog")
        }
        root["Lang"] = .text(metadata.language)
        root["ViewerPreferences"] = .dictionary(PDFDictionary(["DisplayDocTitle": .bool(true)]))
        root["MarkInfo"] = .dictionary(PDFDictionary(["Marked": .bool(true)]))
        if root["Outlines"] != nil { root["PageMode"] = .name("UseOutlines") }
        var producer = ""
        if let infoNumber = file.trailer["Info"]?.reference, var info = try file.dictionary(infoNumber) {
            producer = info["Producer"]?.textValue ?? ""
            info["CreationDate"] = .text("D:" + metadata.createDate.filter { $0.isNumber } + "Z")
            try file.set(infoNumber, .dictionary(info))
        }
        let xmp = Array(XMPPacket(metadata: metadata, producer: producer).text.utf8)
        root["Metadata"] = .reference(file.add(.dictionary(PDFDictionary(["Type": .name("Metadata"), "Subtype": .name("XML")])), stream: xmp))
        if let profile = metadata.outputIntentProfile {
            root["OutputIntents"] = .array([.dictionary(try outputIntent(profile, in: file))])
        }
        try file.set(rootNumber, .dictionary(root))
        var artifacts: [Int] = []
        var plainStreams: [Int] = []
        for number in file.numbers {
            // Cairo writes an object's type keys first: its opening bytes tell whether it is one of these.
            let head = file.opening(of: number)
            if head.contains(marker: "stream"), !head.contains(marker: "/Filter") {
                plainStreams.append(number)
            } else if head.contains(marker: "/S /\(artifactMarker)"), let element = try file.dictionary(number),
               element.isName("Type", "StructElem"), element.isName("S", artifactMarker) {
                artifacts.append(number)
            } else if head.contains(marker: "/CIDFontType2"), var font = try file.dictionary(number),
                      font.isName("Subtype", "CIDFontType2"), font["CIDToGIDMap"] == nil {
                // Cairo's CID subsets number glyphs by glyph index: the identity map, which PDF/UA wants stated.
                font["CIDToGIDMap"] = .name("Identity")
                try file.set(number, .dictionary(font))
            } else if head.contains(marker: "/Link"), var link = try file.dictionary(number), link.isName("Subtype", "Link") {
                link["F"] = .integer(4)
                let target = try file.resolve(link["A"] ?? .null).dictionary?["URI"]?.textValue ?? ""
                link["Contents"] = .text(LinkDescription.text(for: target))
                try file.set(number, .dictionary(link))
            }
        }
        for (index, page) in try file.pages().enumerated() {
            guard var dictionary = try file.dictionary(page) else { continue }
            try markArtifacts(dictionary, in: file)
            if !(try file.resolve(dictionary["Annots"] ?? .null).array ?? []).isEmpty {
                dictionary["Tabs"] = .name("S")
            }
            if let underlay = underlays[index] {
                let stream = file.add(.dictionary(PDFDictionary(["Filter": .name("FlateDecode")])), stream: underlay)
                let contents = dictionary["Contents"] ?? .null
                dictionary["Contents"] = .array([.reference(stream)] + (try file.resolve(contents).array ?? [contents]))
            }
            try file.set(page, .dictionary(dictionary))
        }
        try removeArtifactElements(Set(artifacts), root: root, in: file)
        for number in plainStreams { try compressPlainStream(number, in: file) }
        return Data(try file.written())
    }

    /// The sRGB output intent, its profile compressed once per process.
    private static func outputIntent(_ profile: Data, in file: PDFObjects) throws -> PDFDictionary {
        let stream = try CompressedProfiles.shared.compressed(profile)
        let profileNumber = file.add(.dictionary(PDFDictionary(["N": .integer(3), "Filter": .name("FlateDecode")])), stream: stream)
        return PDFDictionary([
            "Type": .name("OutputIntent"), "S": .name("GTS_PDFA1"),
            "OutputConditionIdentifier": .text("sRGB IEC61966-2.1"), "Info": .text("sRGB IEC61966-2.1"),
            "RegistryName": .text("http://www.color.org"), "DestOutputProfile": .reference(profileNumber),
        ])
    }

    /// Turns the marker elements' marked content into artifacts: `/Private << /MCID n >> BDC` → `/Artifact BMC`.
    /// Cairo writes content plain (CairoStreamCompression) or compressed; either way it leaves here compressed.
    private static func markArtifacts(_ page: PDFDictionary, in file: PDFObjects) throws {
        let contents = page["Contents"] ?? .null
        for stream in (try file.resolve(contents).array ?? [contents]).compactMap(\.reference) {
            guard let object = try file.object(stream), let data = object.stream,
                  var dictionary = object.value.dictionary else { continue }
            if dictionary["Filter"] == nil {
                dictionary["Filter"] = .name("FlateDecode")
                try file.set(stream, .dictionary(dictionary))
                try file.setStream(stream, try Flate.compress(ContentMarks.artifacts(in: data, marker: artifactMarker)))
            } else if dictionary.isName("Filter", "FlateDecode") {
                let content = try Flate.decompress(data)
                let marked = ContentMarks.artifacts(in: content, marker: artifactMarker)
                if marked != content { try file.setStream(stream, try Flate.compress(marked)) }
            }
        }
    }

    /// A stream Cairo left plain (ToUnicode maps) compressed; the XMP packet stays readable, as PDF/A prefers.
    private static func compressPlainStream(_ number: Int, in file: PDFObjects) throws {
        guard let object = try file.object(number), let data = object.stream, var dictionary = object.value.dictionary,
              dictionary["Filter"] == nil, !dictionary.isName("Type", "Metadata") else { return }
        dictionary["Filter"] = .name("FlateDecode")
        try file.set(number, .dictionary(dictionary))
        try file.setStream(number, try Flate.compress(data))
    }

    /// Takes the marker elements out of their parents' /K and the parent tree (there: null), then out of the file.
    private static func removeArtifactElements(_ artifacts: Set<Int>, root: PDFDictionary, in file: PDFObjects) throws {
        guard !artifacts.isEmpty else { return }
        func isArtifact(_ value: PDFValue) -> Bool { value.reference.map(artifacts.contains) ?? false }
        var parents = Set<Int>()
        for artifact in artifacts {
            if let parent = try file.dictionary(artifact)?["P"]?.reference { parents.insert(parent) }
        }
        for parent in parents.sorted() {
            guard var element = try file.dictionary(parent), let kids = element["K"] else { continue }
            if isArtifact(kids) {
                element["K"] = nil
            } else if let items = kids.array {
                element["K"] = .array(items.filter { !isArtifact($0) })
            } else if let array = kids.reference, let items = try file.object(array)?.value.array {
                try file.set(array, .array(items.filter { !isArtifact($0) }))
            }
            try file.set(parent, .dictionary(element))
        }
        let treeRoot = try file.resolve(root["StructTreeRoot"] ?? .null).dictionary
        if let parentTree = treeRoot?["ParentTree"] { try nullArtifacts(inNumberTree: parentTree, isArtifact: isArtifact, file: file, depth: 0) }
        for artifact in artifacts { file.remove(artifact) }
    }

    /// In a number tree's /Nums (and its /Kids), entries that are marker elements become null.
    private static func nullArtifacts(inNumberTree node: PDFValue, isArtifact: (PDFValue) -> Bool, file: PDFObjects, depth: Int) throws {
        guard depth < 32, let number = node.reference, var dictionary = try file.dictionary(number) else { return }
        for kid in try file.resolve(dictionary["Kids"] ?? .null).array ?? [] {
            try nullArtifacts(inNumberTree: kid, isArtifact: isArtifact, file: file, depth: depth + 1)
        }
        guard let nums = dictionary["Nums"]?.array else { return }
        var edited = nums.map { isArtifact($0) ? PDFValue.null : $0 }
        for (index, entry) in nums.enumerated() {
            if let items = entry.array { edited[index] = .array(items.map { isArtifact($0) ? .null : $0 }) }
            if let arrayNumber = entry.reference, let items = try file.object(arrayNumber)?.value.array, items.contains(where: isArtifact) {
                try file.set(arrayNumber, .array(items.map { isArtifact($0) ? .null : $0 }))
            }
        }
        if edited != nums {
            dictionary["Nums"] = .array(edited)
            try file.set(number, .dictionary(dictionary))
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
