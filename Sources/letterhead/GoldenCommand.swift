// `letterhead golden [--update]`: render the golden cases of a checkout and compare them with, or record them as,
// the references under Tests/LetterheadGoldenTests/References/. The test target LetterheadGoldenTests does the same
// comparison (keep the two in step: case folders, reference paths, options).
import ArgumentParser
import Foundation
import Letterhead
import LetterheadCompare

struct GoldenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "golden",
        abstract: "Compare the golden test cases with their references, or record the references (--update).",
        discussion: """
            The cases are the checkout's Examples/*.md and Tests/LetterheadGoldenTests/Cases/*.md; the reference of \
            Examples/x.md is Tests/LetterheadGoldenTests/References/Examples/x.pdf. The checkout is the folder that \
            holds Fonts/ and Layouts/ (see --home). Without --update nothing is written but the actual PDFs and the \
            images of differing pages under --output; the exit status is 1 when a case differs or has no reference. \
            With --update, each reference that is missing or differs is rewritten (one that still matches is left \
            alone); review them with git diff before committing.
            """)

    @Flag(help: "Write the references of the cases that differ or have none.")
    var update = false

    @Option(name: .customLong("case"), help: ArgumentHelp(
        "Only this case (Cases/short-nota, or short-nota); repeatable.", valueName: "name"))
    var cases: [String] = []

    @Option(help: ArgumentHelp("Where the actual PDFs and the images of differing pages go.", valueName: "dir"))
    var output: String?

    @OptionGroup var home: HomeOption

    /// Rasterized at 100 dpi with a per-channel tolerance of 8, no share of pixels beyond it, words compared.
    static let options = CompareOptions(dpi: 100, channelTolerance: 8, maxDifferingShare: 0, compareText: true)

    struct Case {
        var name: String
        var source: URL
        var reference: URL
        var baseName: String { source.deletingPathExtension().lastPathComponent }
    }

    func run() throws {
        let environment = try home.environment()
        let checkout = environment.resources.fonts.deletingLastPathComponent()
        let tests = checkout.appendingPathComponent("Tests/LetterheadGoldenTests")
        guard FileManager.default.fileExists(atPath: tests.path) else {
            Console.error("letterhead: error: \(checkout.path) is not a checkout (no Tests/LetterheadGoldenTests); pass --home CHECKOUT")
            throw ExitCode(2)
        }
        var all: [Case] = []
        for (prefix, folder) in [("Examples", checkout.appendingPathComponent("Examples")), ("Cases", tests.appendingPathComponent("Cases"))] {
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
            for file in files {
                let name = prefix + "/" + String(file.dropLast(3))
                all.append(Case(name: name, source: folder.appendingPathComponent(file),
                                reference: tests.appendingPathComponent("References/\(name).pdf")))
            }
        }
        let unknown = cases.filter { name in !all.contains { $0.name == name || $0.baseName == name } }
        guard unknown.isEmpty else {
            Console.error("letterhead: error: no golden case \(unknown.joined(separator: ", ")); the cases are \(all.map(\.name).joined(separator: ", "))")
            throw ExitCode(2)
        }
        let selected = cases.isEmpty ? all : all.filter { cases.contains($0.name) || cases.contains($0.baseName) }
        let outputRoot = output.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("letterhead-golden", isDirectory: true)
        let renderer = try Renderer(environment: environment)
        var failed = 0, written = 0
        for goldenCase in selected {
            do {
                let status = try check(goldenCase, renderer: renderer, outputRoot: outputRoot)
                if status == .differs || status == .missing { failed += 1 }
                if status == .recorded { written += 1 }
            } catch {
                Console.error("\(goldenCase.name): error: \(error)")
                failed += 1
            }
        }
        if update {
            print("\(written) reference\(written == 1 ? "" : "s") written, \(selected.count - written - failed) unchanged"
                  + (written > 0 ? "; review them (git diff --stat, pdftoppm) and commit them" : ""))
        } else {
            print("\(selected.count - failed) of \(selected.count) cases equal" + (failed > 0 ? "; output in \(outputRoot.path)" : ""))
        }
        if failed > 0 { throw ExitCode(1) }
    }

    enum Status { case equal, differs, missing, recorded, unchanged }

    private func check(_ goldenCase: Case, renderer: Renderer, outputRoot: URL) throws -> Status {
        let rendering = try renderer.layOut(contentsOf: goldenCase.source)
        if Console.report(rendering.diagnostics) || !rendering.succeeded {
            throw LetterheadError("\(goldenCase.source.path) does not render")
        }
        let pdf = try renderer.pdf(rendering)
        let exists = FileManager.default.fileExists(atPath: goldenCase.reference.path)
        if !exists && !update {
            print("\(goldenCase.name): no reference \(goldenCase.reference.path); record it with --update")
            return .missing
        }
        var result: LetterheadCompare.ComparisonResult?
        if exists {
            let folder = outputRoot.appendingPathComponent(goldenCase.name, isDirectory: true)
            try? FileManager.default.removeItem(at: folder)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let actual = folder.appendingPathComponent(goldenCase.baseName + ".pdf")
            try pdf.write(to: actual)
            var options = Self.options
            options.diffDirectory = folder
            do {
                result = try comparePDFs(expected: goldenCase.reference, actual: actual, options: options)
            } catch let error as CompareError where update {
                print("\(goldenCase.name): the reference cannot be read (\(error)); replacing it")
            }
            if result?.equal == true {
                try? FileManager.default.removeItem(at: folder)
                print("\(goldenCase.name): \(update ? "unchanged" : "equal")")
                return update ? .unchanged : .equal
            }
            if let result {
                print("\(goldenCase.name): \(describe(result))".replacingOccurrences(of: "\n", with: "\n  "))
            }
        }
        guard update else { return .differs }
        try FileManager.default.createDirectory(at: goldenCase.reference.deletingLastPathComponent(), withIntermediateDirectories: true)
        try AtomicFile.write(pdf, to: goldenCase.reference)
        print("\(goldenCase.name): recorded \(goldenCase.reference.path)\(exists ? "" : " (new)")")
        return .recorded
    }
}
