// The jobs of the batch's inputs in order, streamed: source files, folders of `.md` files, JSON Lines manifests.
import Foundation

/// A file named `*.jsonl` is a manifest; any other file is a source (output: its name with `.pdf`); a folder gives
/// every `.md` file inside, with the output mirroring its path relative to the folder.
struct BatchInputs: IteratorProtocol {
    private var inputs: IndexingIterator<[String]>
    // The input being read, advanced in place (`folder!.walk.next()`), so its buffers are never copied.
    private var folder: (root: String, walk: BatchFolderWalk)?
    private var manifest: BatchManifest?

    init(_ inputs: [String]) {
        self.inputs = inputs.makeIterator()
    }

    mutating func next() -> BatchJob? {
        while true {
            if folder != nil {
                switch folder!.walk.next() {
                case .file(let relative)?:
                    let path = (folder!.root as NSString).appendingPathComponent(relative)
                    return BatchJob(source: path, output: (relative as NSString).deletingPathExtension + ".pdf", content: .file(path))
                case .unreadable(let path, let reason)?:
                    return .invalid(path, ["\(path): cannot list the folder (\(reason))"])
                case nil:
                    folder = nil
                }
            } else if manifest != nil {
                if let job = manifest!.next() { return job }
                manifest = nil
            } else {
                guard let input = inputs.next() else { return nil }
                if let job = start(input) { return job }
            }
        }
    }

    /// Begins an input: a file's job at once, or the folder walk or manifest that the next calls continue.
    private mutating func start(_ input: String) -> BatchJob? {
        switch BatchFolderWalk.kind(of: input) {
        case .folder:
            folder = (input, BatchFolderWalk(root: input))
            return nil
        case .file where input.lowercased().hasSuffix(".jsonl"):
            manifest = BatchManifest(path: input)
            return nil
        case .file:
            let name = ((input as NSString).lastPathComponent as NSString).deletingPathExtension + ".pdf"
            return BatchJob(source: input, output: name, content: .file(input))
        case .other:
            let exists = FileManager.default.fileExists(atPath: input)
            return .invalid(input, ["\(input): \(exists ? "neither a file nor a folder" : "no such file or folder")"])
        }
    }

    /// How many jobs the inputs give: a second pass that reads folder listings and manifest lines, no documents.
    static func count(_ inputs: [String]) -> Int {
        var counter = BatchInputs(inputs), count = 0
        while counter.next() != nil { count += 1 }
        return count
    }
}
