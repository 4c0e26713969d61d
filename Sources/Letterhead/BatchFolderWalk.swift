// The `.md` files under a folder, depth first in name order, one folder listing in memory at a time per level.
import Foundation

/// Yields paths relative to the root (`sub/a.md`), and the folders that cannot be listed. Hidden entries (`.name`)
/// and symbolic links to folders are skipped, so a walk always ends; symbolic links to files are followed.
struct BatchFolderWalk: IteratorProtocol {
    enum Entry: Equatable {
        case file(String)
        case unreadable(folder: String, reason: String)
    }

    private let root: String
    /// For each open folder: its path relative to the root, its sorted entries and the next one to visit.
    private var stack: [(folder: String, names: [String], next: Int)] = []
    private var problem: Entry?

    init(root: String) {
        self.root = root
        open("")
    }

    mutating func next() -> Entry? {
        while true {
            if let problem {
                self.problem = nil
                return problem
            }
            guard var top = stack.popLast() else { return nil }
            guard top.next < top.names.count else { continue }
            let name = top.names[top.next]
            top.next += 1
            stack.append(top)
            let relative = top.folder.isEmpty ? name : top.folder + "/" + name
            switch Self.kind(of: (root as NSString).appendingPathComponent(relative)) {
            case .folder: open(relative)
            case .file where name.lowercased().hasSuffix(".md"): return .file(relative)
            default: continue
            }
        }
    }

    private mutating func open(_ relative: String) {
        let path = relative.isEmpty ? root : (root as NSString).appendingPathComponent(relative)
        do {
            let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { !$0.hasPrefix(".") }.sorted()
            stack.append((relative, names, 0))
        } catch {
            problem = .unreadable(folder: path, reason: (error as NSError).localizedDescription)
        }
    }

    enum Kind { case folder, file, other }

    /// A folder (not through a symbolic link), a file (possibly through one), or something else.
    static func kind(of path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .other }
        if info.st_mode & S_IFMT == S_IFDIR { return .folder }
        if info.st_mode & S_IFMT == S_IFLNK, stat(path, &info) != 0 { return .other }
        return info.st_mode & S_IFMT == S_IFREG ? .file : .other
    }
}
