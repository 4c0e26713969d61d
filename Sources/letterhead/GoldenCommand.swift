// `letterhead golden [--update]`: render the golden cases of a checkout and compare them with, or record them as,
// the references under Tests/LetterheadGoldenTests/References/, through the library's GoldenSuite (as the tests do).
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

    func run() throws {
        let environment = try home.environment()
        let suite = GoldenSuite(checkout: environment.resources.fonts.deletingLastPathComponent())
        guard FileManager.default.fileExists(atPath: suite.folder.path) else {
            Console.error("letterhead: error: \(suite.checkout.path) is not a checkout (no Tests/LetterheadGoldenTests); pass --home CHECKOUT")
            throw ExitCode(2)
        }
        let all = try suite.cases()
        let unknown = cases.filter { name in !all.contains { $0.isNamed(name) } }
        guard unknown.isEmpty else {
            Console.error("letterhead: error: no golden case \(unknown.joined(separator: ", ")); the cases are \(all.map(\.name).joined(separator: ", "))")
            throw ExitCode(2)
        }
        let selected = cases.isEmpty ? all : all.filter { goldenCase in cases.contains { goldenCase.isNamed($0) } }
        let outputRoot = output.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? GoldenSuite.temporaryOutput
        let renderer = try Renderer(environment: environment)
        var failed = 0, written = 0
        for goldenCase in selected {
            do {
                let pdf = try goldenCase.render(with: renderer, reporting: { Console.report($0) })
                let outcome = update ? try goldenCase.record(pdf, output: outputRoot)
                    : try goldenCase.compare(pdf, output: outputRoot, htmlReport: false)
                print(Self.lines(outcome))
                if outcome.status == .differs || outcome.status == .missing { failed += 1 }
                if outcome.status == .recorded { written += 1 }
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

    /// What the command says about a case: a line, or the comparison's description; a recording also says what
    /// it replaced.
    private static func lines(_ outcome: GoldenOutcome) -> String {
        let name = outcome.goldenCase.name, reference = outcome.goldenCase.reference.path
        var lines: [String] = []
        if let error = outcome.unreadableReference {
            lines.append("\(name): the reference cannot be read (\(error)); replacing it")
        }
        if let result = outcome.result, !result.equal {
            lines.append("\(name): \(describe(result))".replacingOccurrences(of: "\n", with: "\n  "))
        }
        switch outcome.status {
        case .equal: lines.append("\(name): equal")
        case .unchanged: lines.append("\(name): unchanged")
        case .missing: lines.append("\(name): no reference \(reference); record it with --update")
        case .differs: break
        case .recorded:
            let new = outcome.result == nil && outcome.unreadableReference == nil
            lines.append("\(name): recorded \(reference)\(new ? " (new)" : "")")
        }
        return lines.joined(separator: "\n")
    }
}
