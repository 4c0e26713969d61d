// Finds the Fonts/ and Layouts/ folders: given explicitly, from LETTERHEAD_HOME, or beside the binary or working folder.
import Foundation

public struct Resources: Sendable {
    public var fonts: URL
    public var layouts: URL

    public init(fonts: URL, layouts: URL) {
        self.fonts = fonts
        self.layouts = layouts
    }

    /// The first folder that holds both Fonts/ and Layouts/: $LETTERHEAD_HOME, then the folders above the
    /// executable (a build inside a checkout), then the working folder and its parents.
    public static func locate(home: String? = ProcessInfo.processInfo.environment["LETTERHEAD_HOME"]) throws -> Resources {
        var candidates: [URL] = []
        if let home, !home.isEmpty { candidates.append(URL(fileURLWithPath: home)) }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        candidates += ancestors(of: executable.deletingLastPathComponent())
        candidates += ancestors(of: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        for folder in candidates {
            let fonts = folder.appendingPathComponent("Fonts"), layouts = folder.appendingPathComponent("Layouts")
            if isDirectory(fonts), isDirectory(layouts) { return Resources(fonts: fonts, layouts: layouts) }
        }
        throw LetterheadError("cannot find the Fonts/ and Layouts/ folders; set LETTERHEAD_HOME to the folder that holds them")
    }

    private static func ancestors(of folder: URL) -> [URL] {
        var result: [URL] = []
        var current = folder.standardizedFileURL
        for _ in 0..<6 {
            result.append(current)
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        return result
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &directory) && directory.boolValue
    }
}

/// A failure outside any source file: missing resources, an unwritable output.
public struct LetterheadError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
