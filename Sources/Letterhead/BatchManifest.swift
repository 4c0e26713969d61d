// The jobs of a JSON Lines manifest, read a line at a time: {"source": ..., "output": ...} or {"meta", "body", "output"}.
import Foundation
import LetterheadModel

struct BatchManifest: IteratorProtocol {
    static let keys = ["source", "output", "meta", "body"]

    let path: String
    private var lines: BatchLines?
    private var openFailure: String?

    init(path: String) {
        self.path = path
        if let handle = FileHandle(forReadingAtPath: path) {
            lines = BatchLines(handle: handle)
        } else {
            openFailure = "\(path): cannot read the manifest"
        }
    }

    mutating func next() -> BatchJob? {
        if let failure = openFailure {
            openFailure = nil
            return .invalid(path, [failure])
        }
        while let line = lines?.next() {
            if let job = Self.job(line.bytes, line: line.number, manifest: path) { return job }
        }
        return nil
    }

    /// The job of one manifest line; nil for a blank line. A source path is relative to the manifest's folder.
    static func job(_ bytes: Data, line: Int, manifest: String) -> BatchJob? {
        guard bytes.contains(where: { ![0x20, 0x09, 0x0D].contains($0) }) else { return nil }
        let source = "\(manifest):\(line)", array = Array(bytes)
        func failure(_ offset: Int, _ message: String, hint: String? = nil) -> BatchJob {
            let place = SourceLocation(file: manifest, line: line, column: BatchJSONObject.column(ofOffset: offset, in: array))
            return .invalid(source, [Diagnostic(.error, at: place, message, hint: hint).description])
        }
        let object: BatchJSONObject
        do {
            object = try BatchJSONObject(array)
        } catch {
            return failure(error.offset, error.message)
        }
        if let unknown = object.members.first(where: { !keys.contains($0.key) }) {
            return failure(unknown.keyStart, "unknown key \"\(unknown.key)\"", hint: "known keys: " + keys.joined(separator: ", "))
        }
        let output = object.string("output")
        if let member = object.member("output"),
           let problem = output.map(outputProblem) ?? "output is not a string" { // a name outside the folder, or no name
            return failure(member.value.lowerBound, problem, hint: "a path inside the output folder, such as \"sub/name.pdf\"")
        }
        let inline = object.member("meta") != nil || object.member("body") != nil
        switch (object.member("source"), inline) {
        case (let member?, false):
            guard let path = object.string("source"), !path.isEmpty else {
                return failure(member.value.lowerBound, "source is not a file name")
            }
            let file = path.hasPrefix("/") ? path : ((manifest as NSString).deletingLastPathComponent as NSString).appendingPathComponent(path)
            let name = output ?? ((path as NSString).lastPathComponent as NSString).deletingPathExtension + ".pdf"
            return BatchJob(source: file, output: name, content: .file(file))
        case (nil, true):
            guard let name = output else { return failure(0, "an inline document needs an \"output\"") }
            return BatchJob(source: source, output: name, content: .inline(object.keeping(["meta", "body"]), manifest: manifest, line: line))
        case (.some, true):
            return failure(0, "give either \"source\" or \"meta\" and \"body\", not both")
        case (nil, false):
            return failure(0, "expected \"source\" (a file) or \"meta\" and \"body\" (a document)")
        }
    }

    /// Why an output name cannot be used: it must stay inside the output folder.
    static func outputProblem(_ name: String) -> String? {
        if name.isEmpty { return "output is empty" }
        if name.hasPrefix("/") { return "output \"\(name)\" is an absolute path" }
        if name.split(separator: "/").contains("..") { return "output \"\(name)\" leaves the output folder" }
        return nil
    }
}
