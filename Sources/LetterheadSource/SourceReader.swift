// Reads a document source (front matter + Markdown, or its JSON form) into a Document with diagnostics.
import Foundation
import LetterheadModel

public struct SourceReader: Sendable {
    let profiles: SenderProfiles?

    /// profilesDirectory: folder of sender profiles (`Layouts/senders/NAME.yaml`, a mapping with the same keys as `sender`), or nil.
    public init(profilesDirectory: URL? = nil) {
        profiles = profilesDirectory.map(SenderProfiles.init(directory:))
    }

    /// Reads a document given as `.md` text (front matter + Markdown). Never throws; errors are diagnostics.
    /// The document is nil when there are errors.
    public func read(markdown text: String, file: String) -> SourceResult {
        checked(Array(text.utf8), file: file, readMarkdown)
    }

    /// Reads the JSON form `{"meta": {...front matter...}, "body": "...markdown..."}`.
    public func read(json data: Data, file: String) -> SourceResult {
        checked(Array(data), file: file, readJSON)
    }

    /// Reads the raw bytes of a file: JSON when the name ends in `.json`, or does not end in `.md` and the text
    /// starts with `{`; else Markdown.
    public func read(bytes: Data, file: String) -> SourceResult {
        let bytes = Array(bytes)
        let ext = (file as NSString).pathExtension.lowercased()
        let firstByte = bytes.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }.first
        let json = ext == "json" || (!["md", "markdown"].contains(ext) && firstByte == UInt8(ascii: "{"))
        return checked(bytes, file: file, json ? readJSON : readMarkdown)
    }

    /// Reads a file from disk; only when the file cannot be read does this throw.
    public func read(contentsOf url: URL) throws -> SourceResult {
        guard url.isFileURL else { throw SourceReadError(path: url.absoluteString, reason: "not a file URL") }
        let path = url.relativePath
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw SourceReadError(path: path, reason: "it is a folder, not a file")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch let error as CocoaError {
            switch error.code {
            case .fileReadNoSuchFile, .fileNoSuchFile: throw SourceReadError(path: path, reason: "no such file")
            case .fileReadNoPermission: throw SourceReadError(path: path, reason: "permission denied")
            default: throw SourceReadError(path: path, reason: error.localizedDescription)
            }
        } catch {
            throw SourceReadError(path: path, reason: error.localizedDescription)
        }
        return read(bytes: data, file: path)
    }

    // MARK: Reading

    private func checked(_ bytes: [UInt8], file: String, _ read: ([UInt8], String, DiagnosticLog) -> Document?) -> SourceResult {
        switch TextCheck.text(bytes, file: file) {
        case .failure(let problem):
            return SourceResult(document: nil, diagnostics: [problem.diagnostic])
        case .success(let text):
            let log = DiagnosticLog()
            let document = read(text, file, log)
            let diagnostics = Self.sorted(log.items, file: file)
            return SourceResult(document: diagnostics.hasErrors ? nil : document, diagnostics: diagnostics)
        }
    }

    private func readMarkdown(_ bytes: [UInt8], file: String, log: DiagnosticLog) -> Document? {
        let index = LineIndex(bytes)
        let split: FrontMatterSplit
        switch FrontMatterSplit.split(index, file: file) {
        case .failure(let problem):
            log.append(problem.diagnostic)
            return nil
        case .success(let result): split = result
        }
        let start = SourceLocation(file: file, line: 1, column: 1)
        var meta: (metadata: Metadata?, numbering: Bool) = (nil, true)
        switch YAMLSource(index: index, range: split.yaml, file: file, what: "front matter").compose() {
        case .failure(let problem): log.append(problem.diagnostic)
        case .success(let root): meta = MetadataReader.read(root, at: start, profiles: profiles, log: log)
        }
        let cursor = LineCursor(index)
        let body = MarkdownReader(locate: { line, column in
            cursor.location(ofOffset: index.offset(line: split.bodyFirstLine + line - 1, byteColumn: column), file: file)
        }, numbering: meta.numbering, log: log).read(bytes[split.body])
        return meta.metadata.map { Document(meta: $0, body: body, file: file, fieldLocations: log.fieldLocations) }
    }

    private func readJSON(_ bytes: [UInt8], file: String, log: DiagnosticLog) -> Document? {
        let index = LineIndex(bytes)
        var parser = JSONParser(index, file: file)
        let root: MetaNode
        switch parser.parse() {
        case .failure(let problem):
            log.append(problem.diagnostic)
            return nil
        case .success(let node): root = node
        }
        let expected = "an object {\"meta\": {...}, \"body\": \"...\"}"
        guard let top = MetaScope(root, path: nil, label: "JSON", known: ["meta", "body"], expected: expected, log: log)
        else { return nil }
        guard let metaNode = top.value("meta", required: true, expected: "an object with the front matter keys",
                                       example: "{\"sender\": ..., \"to\": ..., \"date\": ..., \"subject\": ...}")
        else { return nil }
        let meta = MetadataReader.read(metaNode, at: metaNode.location, label: "meta", profiles: profiles, log: log)
        var body: [Block] = []
        if let bodyNode = top.value("body", expected: "Markdown text") {
            guard let mapped = parser.topStrings["body"] else {
                log.error(bodyNode.location, "body", "found \(bodyNode.found), not a JSON string",
                          hint: "expected the Markdown text in double quotes")
                return nil
            }
            let bodyIndex = LineIndex(mapped.bytes)
            let cursor = LineCursor(index)
            body = MarkdownReader(locate: { line, column in
                cursor.location(ofOffset: mapped.sourceOffset(of: bodyIndex.offset(line: line, byteColumn: column)), file: file)
            }, numbering: meta.numbering, log: log).read(mapped.bytes[...])
        }
        return meta.metadata.map { Document(meta: $0, body: body, file: file, fieldLocations: log.fieldLocations) }
    }

    /// Diagnostics in the order of the file; those in other files (sender profiles) after them.
    private static func sorted(_ diagnostics: [Diagnostic], file: String) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let keyA = (a.element.location.file == file ? 0 : 1, a.element.location.line, a.element.location.column, a.offset)
            let keyB = (b.element.location.file == file ? 0 : 1, b.element.location.line, b.element.location.column, b.offset)
            return keyA < keyB
        }.map(\.element)
    }
}
