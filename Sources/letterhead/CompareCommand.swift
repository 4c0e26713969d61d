// `letterhead compare EXPECTED ACTUAL`: rasterize and diff two PDFs or two folders of PDFs.
import ArgumentParser
import Foundation
import LetterheadCompare

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two PDFs, or two folders of PDFs, page by page: page count, sizes, pixels and text.",
        discussion: """
            Pages are rasterized in-process at --dpi. A pixel differs when a colour channel differs by \
            more than --tolerance; a page differs when more than --max-diff of its pixels differ, when \
            its size or its words changed, or when it exists in only one file. For each differing page \
            the page number, the box of changed pixels in millimetres from the top-left corner and the \
            changed words are printed. Folders are compared file by file (same relative path).

            Exit status: 0 equal within tolerance, 1 different (or a file missing from a folder), \
            2 a file or folder cannot be read or is not a sound PDF.
            """)

    @Argument(help: "The expected PDF, or a folder of them.", completion: .file())
    var expected: String

    @Argument(help: "The actual PDF, or a folder of them.", completion: .file())
    var actual: String

    @Option(help: "Resolution to rasterize pages at, in dots per inch.")
    var dpi: Double = 100

    @Option(help: "Largest difference per colour channel (0-255) that still counts as the same pixel.")
    var tolerance: Int = 8

    @Option(
        name: .customLong("max-diff"),
        help: "Share of a page's pixels (0-1, e.g. 0.001) that may differ before the page counts as different.")
    var maxDiff: Double = 0

    @Option(
        name: .customLong("diff"),
        help: ArgumentHelp("Write expected, actual and diff images (PNG) of differing pages here.", valueName: "dir"),
        completion: .directory)
    var diffDirectory: String?

    @Option(
        help: ArgumentHelp(
            "Write an HTML report with the images side by side (without --diff, they go next to it).",
            valueName: "report.html"),
        completion: .file(extensions: ["html"]))
    var report: String?

    @Option(help: "Files compared at the same time when comparing folders.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard dpi.isFinite, dpi >= 1, dpi <= 1200 else {
            throw ValidationError("--dpi must be between 1 and 1200.")
        }
        guard (0...255).contains(tolerance) else { throw ValidationError("--tolerance must be between 0 and 255.") }
        guard maxDiff.isFinite, (0...1).contains(maxDiff) else {
            throw ValidationError("--max-diff is a share of the page's pixels, between 0 and 1 (0.001 is 0.1 %).")
        }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        let expectedURL = URL(fileURLWithPath: expected)
        let actualURL = URL(fileURLWithPath: actual)
        let reportURL = report.map { URL(fileURLWithPath: $0) }
        var options = CompareOptions(dpi: dpi, channelTolerance: tolerance, maxDifferingShare: maxDiff)
        if let diffDirectory {
            options.diffDirectory = URL(fileURLWithPath: diffDirectory, isDirectory: true)
        } else if let reportURL {
            let name = reportURL.deletingPathExtension().lastPathComponent + "-images"
            options.diffDirectory = reportURL.deletingLastPathComponent().appendingPathComponent(name, isDirectory: true)
        }

        let expectedIsFolder = isFolder(expectedURL)
        let actualIsFolder = isFolder(actualURL)
        guard expectedIsFolder == actualIsFolder else {
            let (folder, file) = expectedIsFolder ? (expected, actual) : (actual, expected)
            throw fail("\(folder) is a folder but \(file) is not: compare two files or two folders")
        }

        do {
            if expectedIsFolder {
                let comparison = try compareFolders(
                    expected: expectedURL, actual: actualURL, options: options, jobs: jobs)
                print(describe(comparison))
                if let reportURL {
                    try writeHTMLReport(comparison, to: reportURL)
                    print("report: \(reportURL.path)")
                }
                try exitIfDifferent(comparison.exitCode)
            } else {
                let result = try comparePDFs(expected: expectedURL, actual: actualURL, options: options)
                print("\(actual): \(describe(result))")
                if let reportURL {
                    try writeHTMLReport(result, to: reportURL)
                    print("report: \(reportURL.path)")
                }
                try exitIfDifferent(result.exitCode)
            }
        } catch let error as CompareError {
            throw fail(error.description)
        }
    }

    private func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private func exitIfDifferent(_ code: Int32) throws {
        if code != 0 { throw ExitCode(code) }
    }

    /// Prints `message` on standard error; the error to throw for exit status 2.
    private func fail(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        return ExitCode(2)
    }
}
