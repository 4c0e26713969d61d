// The fonts of Fonts/ alone, in a fresh fontconfig configuration (never the machine's fonts), shared read-only.
import CPangoCairo
import Foundation

public struct FontLibraryError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

public final class FontLibrary: @unchecked Sendable {
    /// The fontconfig configuration: immutable once built, so workers may share it.
    let config: OpaquePointer
    /// Family names (every name a face answers to, e.g. "Lato" and "Lato Light").
    public let families: Set<String>
    public let files: [URL]

    public init(directory: URL) throws {
        let files = ((try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? [])
            .filter { ["ttf", "otf", "ttc"].contains($0.pathExtension.lowercased()) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        guard !files.isEmpty else {
            throw FontLibraryError(description: "\(directory.path): no font files (.ttf, .otf) found")
        }
        guard let config = FcConfigCreate() else { throw FontLibraryError(description: "fontconfig: cannot create a configuration") }
        // fontconfig's own cache of the folder's scan (in $XDG_CACHE_HOME/fontconfig, else ~/.cache/fontconfig):
        // reading a font's coverage anew costs 3 ms at every start. Where the cache cannot be written, fontconfig scans.
        _ = FcConfigParseAndLoadFromMemory(config, "<fontconfig><cachedir prefix=\"xdg\">fontconfig</cachedir></fontconfig>", FcFalse)
        let added = directory.path.withCString { path in
            path.withMemoryRebound(to: FcChar8.self, capacity: directory.path.utf8.count + 1) { FcConfigAppFontAddDir(config, $0) }
        }
        let loaded = Self.fontFiles(config)
        let unread = files.first { !loaded.contains($0.standardizedFileURL.path) }
        if added != FcTrue || unread != nil {
            FcConfigDestroy(config)
            throw FontLibraryError(description: "\(unread?.path ?? directory.path): not a font file fontconfig can read")
        }
        // Also the process's current configuration: Pango's font map start-up calls FcInit, which would otherwise
        // load the machine's whole fontconfig set-up (about a third of a cold render) only to leave it unused.
        FcConfigSetCurrent(config)
        self.config = config
        self.files = files
        self.families = Self.familyNames(config)
    }

    deinit { FcConfigDestroy(config) }

    /// The files of the fonts in the configuration's application set.
    private static func fontFiles(_ config: OpaquePointer) -> Set<String> {
        var paths = Set<String>()
        guard let set = FcConfigGetFonts(config, FcSetApplication) else { return paths }
        for index in 0..<Int(set.pointee.nfont) {
            var value: UnsafeMutablePointer<FcChar8>?
            if let pattern = set.pointee.fonts[index], FcPatternGetString(pattern, FC_FILE, 0, &value) == FcResultMatch, let value {
                paths.insert(URL(fileURLWithPath: String(cString: value)).standardizedFileURL.path)
            }
        }
        return paths
    }

    private static func familyNames(_ config: OpaquePointer) -> Set<String> {
        var names = Set<String>()
        guard let set = FcConfigGetFonts(config, FcSetApplication) else { return names }
        for index in 0..<Int(set.pointee.nfont) {
            guard let pattern = set.pointee.fonts[index] else { continue }
            var n: Int32 = 0
            var value: UnsafeMutablePointer<FcChar8>?
            while FcPatternGetString(pattern, FC_FAMILY, n, &value) == FcResultMatch, let value {
                names.insert(String(cString: value))
                n += 1
            }
        }
        return names
    }
}
