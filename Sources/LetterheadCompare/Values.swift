// The plain values of a comparison: options in, results out. No C types here.
import Foundation

/// How two PDFs are compared.
public struct CompareOptions: Sendable, Equatable {
    /// Resolution the pages are rasterized at (dots per inch).
    public var dpi: Double
    /// A pixel differs when one of its red, green or blue values differs by more than this (0–255).
    public var channelTolerance: Int
    /// Share of a page's pixels (0–1) that may differ before the page counts as different,
    /// e.g. 0.001 for a tenth of a percent. 0 means: no pixel may differ.
    public var maxDifferingShare: Double
    /// Where to write PNG images (expected, actual, diff) of the pages that differ; nil writes none.
    public var diffDirectory: URL?
    /// Whether the text of each page is extracted and compared word by word.
    /// A text change makes the page different even if the pixels are within tolerance.
    public var compareText: Bool

    public init(
        dpi: Double = 100, channelTolerance: Int = 8, maxDifferingShare: Double = 0,
        diffDirectory: URL? = nil, compareText: Bool = true
    ) {
        self.dpi = dpi
        self.channelTolerance = channelTolerance
        self.maxDifferingShare = maxDifferingShare
        self.diffDirectory = diffDirectory
        self.compareText = compareText
    }

    /// Throws `CompareError.invalidOptions` when a value is out of range.
    public func validate() throws {
        guard dpi.isFinite, dpi >= 1, dpi <= 1200 else {
            throw CompareError.invalidOptions("dpi must be between 1 and 1200, not \(dpi)")
        }
        guard (0...255).contains(channelTolerance) else {
            throw CompareError.invalidOptions("the channel tolerance must be between 0 and 255, not \(channelTolerance)")
        }
        guard maxDifferingShare.isFinite, (0...1).contains(maxDifferingShare) else {
            throw CompareError.invalidOptions(
                "the share of differing pixels must be between 0 and 1, not \(maxDifferingShare)")
        }
    }
}

/// A page size in millimetres.
public struct PageSize: Sendable, Equatable, CustomStringConvertible {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    init(points width: Double, _ height: Double) {
        self.init(width: width * millimetresPerPoint, height: height * millimetresPerPoint)
    }

    /// Equal within 0.05 mm (PDF writers round MediaBox values differently).
    public func matches(_ other: PageSize) -> Bool {
        abs(width - other.width) <= 0.05 && abs(height - other.height) <= 0.05
    }

    public var description: String { "\(mm(width)) × \(mm(height)) mm" }
}

/// A rectangle on a page in millimetres, measured from the top-left corner of the page.
public struct MillimetreBox: Sendable, Equatable, CustomStringConvertible {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var description: String {
        "x \(mm(x)) mm, y \(mm(y)) mm, \(mm(width)) × \(mm(height)) mm"
    }
}

/// One run of changed words: `removed` (in expected) was replaced by `added` (in actual).
/// Either side may be empty (a pure insertion or deletion).
public struct TextHunk: Sendable, Equatable, CustomStringConvertible {
    public var removed: [String]
    public var added: [String]
    /// Index of the first removed word in the expected page's word list.
    public var expectedWordIndex: Int

    public init(removed: [String], added: [String], expectedWordIndex: Int) {
        self.removed = removed
        self.added = added
        self.expectedWordIndex = expectedWordIndex
    }

    public var description: String {
        switch (removed.isEmpty, added.isEmpty) {
        case (false, true): return "removed \(quoted(removed))"
        case (true, false): return "added \(quoted(added))"
        default: return "\(quoted(removed)) → \(quoted(added))"
        }
    }
}

/// How the text of a page changed, word by word.
public struct TextChange: Sendable, Equatable {
    public var hunks: [TextHunk]
    /// All words of expected that are not in actual, in order.
    public var removed: [String] { hunks.flatMap(\.removed) }
    /// All words of actual that are not in expected, in order.
    public var added: [String] { hunks.flatMap(\.added) }

    public init(hunks: [TextHunk]) {
        self.hunks = hunks
    }
}

/// The images written for one differing page (any of them may be missing).
public struct PageImages: Sendable, Equatable {
    public var expected: URL?
    public var actual: URL?
    /// Expected in light grey; differing pixels in red (new ink) or pale red (ink that went away);
    /// the bounding box outlined in blue.
    public var diff: URL?

    public var all: [URL] { [expected, actual, diff].compactMap { $0 } }
}

/// One page that differs.
public struct PageDifference: Sendable, Equatable {
    public enum Presence: Sendable, Equatable {
        case both
        /// The page exists in the expected file only (actual has fewer pages).
        case onlyInExpected
        /// The page exists in the actual file only (actual has more pages).
        case onlyInActual
    }

    /// 1-based page number.
    public var page: Int
    public var presence: Presence
    public var expectedSize: PageSize?
    public var actualSize: PageSize?
    /// Bounding box of all differing pixels, nil when no pixel differs.
    public var box: MillimetreBox?
    public var differingPixels: Int
    /// Pixels compared: the larger of the two pages' widths times the larger height.
    public var comparedPixels: Int
    public var textChange: TextChange?
    public var images: PageImages

    public var differingShare: Double {
        comparedPixels == 0 ? 0 : Double(differingPixels) / Double(comparedPixels)
    }

    public var sizeMismatch: Bool {
        guard presence == .both, let expectedSize, let actualSize else { return false }
        return !expectedSize.matches(actualSize)
    }
}

/// The outcome of comparing two PDF files.
public struct ComparisonResult: Sendable, Equatable {
    public var expected: URL
    public var actual: URL
    /// True when page count, page sizes, text and pixels (within tolerance) agree.
    public var equal: Bool
    /// The files have the same bytes; nothing was rasterized.
    public var byteIdentical: Bool
    public var expectedPageCount: Int
    public var actualPageCount: Int
    /// Pages present in both files (and compared, unless byte-identical).
    public var pagesCompared: Int
    /// The differing pages, in page order.
    public var differences: [PageDifference]
    /// The largest share of differing pixels on any compared page, including pages within tolerance.
    public var largestDifferingShare: Double

    public var pageCountMismatch: Bool { expectedPageCount != actualPageCount }
    /// All images written, in page order.
    public var diffImages: [URL] { differences.flatMap(\.images.all) }
    /// 0 when equal, 1 when different (the command line's exit status).
    public var exitCode: Int32 { equal ? 0 : 1 }
}

/// A file that cannot be compared. The message names the file.
public enum CompareError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    case cannotRead(URL, reason: String)
    case emptyFile(URL)
    case notAPDF(URL)
    case truncated(URL)
    case damaged(URL, reason: String)
    case cannotRender(URL, page: Int, reason: String)
    case cannotWrite(URL, reason: String)
    case notADirectory(URL)
    case invalidOptions(String)
    /// poppler-glib, which rasterizes the pages, cannot be loaded; `reason` is the loader's message.
    case popplerUnavailable(reason: String)

    /// The file the error is about.
    public var file: URL? {
        switch self {
        case .cannotRead(let url, _), .emptyFile(let url), .notAPDF(let url), .truncated(let url),
            .damaged(let url, _), .cannotRender(let url, _, _), .cannotWrite(let url, _), .notADirectory(let url):
            return url
        case .invalidOptions, .popplerUnavailable: return nil
        }
    }

    public var description: String {
        switch self {
        case .cannotRead(let url, let reason): return "cannot read \(url.path): \(reason)"
        case .emptyFile(let url): return "\(url.path) is empty, not a PDF"
        case .notAPDF(let url): return "\(url.path) is not a PDF (it does not start with %PDF-)"
        case .truncated(let url): return "\(url.path) is truncated (no %%EOF at its end)"
        case .damaged(let url, let reason): return "\(url.path) is a damaged PDF: \(reason)"
        case .cannotRender(let url, let page, let reason): return "cannot render page \(page) of \(url.path): \(reason)"
        case .cannotWrite(let url, let reason): return "cannot write \(url.path): \(reason)"
        case .notADirectory(let url): return "\(url.path) is not a folder"
        case .invalidOptions(let message): return message
        case .popplerUnavailable(let reason):
            return "comparing PDFs needs poppler-glib, which cannot be loaded (\(reason)); "
                + "install it: \(Self.popplerInstallHint)"
        }
    }

    public var errorDescription: String? { description }

    #if os(macOS)
    static let popplerInstallHint = "brew install poppler"
    #else
    static let popplerInstallHint = "apt-get install libpoppler-glib8"
    #endif
}

let millimetresPerPoint = 25.4 / 72

/// A length in millimetres with one decimal, always with a full stop.
func mm(_ value: Double) -> String {
    String(format: "%.1f", value)
}

func quoted(_ words: [String]) -> String {
    "\"" + words.joined(separator: " ") + "\""
}
