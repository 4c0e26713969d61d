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
        for file in files {
            let added = file.path.withCString { path in
                path.withMemoryRebound(to: FcChar8.self, capacity: file.path.utf8.count + 1) { FcConfigAppFontAddFile(config, $0) }
            }
            guard added == FcTrue else {
                FcConfigDestroy(config)
                throw FontLibraryError(description: "\(file.path): not a font file fontconfig can read")
            }
        }
        // Also the process's current configuration: Pango's font map start-up calls FcInit, which would otherwise
        // load the machine's whole fontconfig set-up (about a third of a cold render) only to leave it unused.
        FcConfigSetCurrent(config)
        self.config = config
        self.files = files
        self.families = Self.familyNames(config)
    }

    deinit { FcConfigDestroy(config) }

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
