// What every renderer of a process shares read-only: the font library, the parsed layouts, the source reader.
import Foundation
import LetterheadLayout
import LetterheadModel
import LetterheadPaint
import LetterheadSource
import LetterheadText

public final class Environment: @unchecked Sendable {
    public let resources: Resources
    public let fonts: FontLibrary
    public let reader: SourceReader
    /// The sRGB profile (Layouts/color/sRGB.icc) for the PDF/A output intent; nil when not installed.
    public let outputIntentProfile: Data?
    /// SOURCE_DATE_EPOCH (reproducible builds): when set, the creation date of every PDF.
    public let sourceDateEpoch: String?
    private let lock = NSLock()
    private var layouts: [String: Result<LayoutDefinition, LayoutFileError>] = [:]

    public init(resources: Resources) throws {
        self.resources = resources
        fonts = try FontLibrary(directory: resources.fonts)
        reader = SourceReader(profilesDirectory: resources.layouts.appendingPathComponent("senders"))
        outputIntentProfile = try? Data(contentsOf: resources.layouts.appendingPathComponent("color/sRGB.icc"))
        sourceDateEpoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"]
        CairoStreamCompression.leaveToFinisher()
    }

    /// The names of the layouts in Layouts/ (the files NAME.yaml).
    public var layoutNames: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: resources.layouts.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The layout `name`, parsed once and checked against the bundled fonts.
    public func layout(named name: String) throws -> LayoutDefinition {
        guard !name.isEmpty, name.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
            throw LayoutFileError(file: resources.layouts.path, line: 1, column: 1, key: "layout",
                                  message: "\"\(name)\" is not a layout name (letters a-z, digits and -)")
        }
        lock.lock()
        defer { lock.unlock() }
        if let cached = layouts[name] { return try cached.get() }
        let url = resources.layouts.appendingPathComponent(name + ".yaml")
        let result = Result { try LayoutLoader.load(contentsOf: url) }.flatMap(checkFonts)
            .mapError { $0 as? LayoutFileError ?? LayoutFileError(file: url.path, line: 1, column: 1, key: "", message: "\($0)") }
        layouts[name] = result
        return try result.get()
    }

    private func checkFonts(_ layout: LayoutDefinition) -> Result<LayoutDefinition, Error> {
        for (role, family) in layout.fonts.sorted(by: { $0.key < $1.key }) where !fonts.families.contains(family) {
            let file = resources.layouts.appendingPathComponent(layout.name + ".yaml").path
            return .failure(LayoutFileError(file: file, line: 1, column: 1, key: "fonts.\(role)",
                                            message: "no font \"\(family)\" in \(resources.fonts.path) (it has \(fonts.families.sorted().joined(separator: ", ")))"))
        }
        return .success(layout)
    }
}
