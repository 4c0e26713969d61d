// `letterhead batch INPUT... --out DIR`: many documents to PDF on a pool of threads; bad ones reported and skipped.
import ArgumentParser
import CMalloc
import Foundation
import Letterhead

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Render many source files to PDF in parallel.",
        discussion: """
            An INPUT is a source file (OUT/NAME.pdf), a folder (every .md inside, recursively, the PDFs \
            mirroring the relative paths), or a JSON Lines manifest (.jsonl), one document a line: \
            {"source": "a.md", "output": "a.pdf"} (a relative source is relative to the manifest) or \
            {"meta": {...}, "body": "...", "output": "a.pdf"}. A document with errors is reported \
            (FILE:LINE:COL: error: ...) and skipped; every PDF is written whole or not at all. On a terminal a \
            progress bar is shown; a summary line ends the run. Ctrl-C (or SIGTERM) stops after the documents \
            in progress, a second one at once.

            Exit status: 0 when every document was rendered (or skipped), 1 when any failed, 2 when the \
            output folder, the report or the fonts cannot be used, 130/143 when interrupted.
            """)

    @Argument(help: ArgumentHelp("Source files, folders and .jsonl manifests.", valueName: "input"))
    var inputs: [String]

    @Option(name: .long, help: ArgumentHelp("The folder the PDFs go to (created when missing).", valueName: "dir"))
    var out: String

    @Option(help: "Documents rendered at the same time, one thread each (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "Skip documents whose PDF exists already and is whole (to resume a batch).")
    var skipExisting = false

    @Option(help: ArgumentHelp("Write a JSON report of every document here.", valueName: "file.json"))
    var report: String?

    @Flag(help: "No progress bar, only diagnostics and the summary.")
    var quiet = false

    @OptionGroup var home: HomeOption

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        lh_keep_freed_memory_for_reuse()  // a batch allocates and frees the same amounts for every document
        let options = BatchOptions(outputDirectory: out, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, skipExisting: skipExisting, reportPath: report)
        let runner = BatchRunner(environment: try home.environment(), options: options)
        let progress = !quiet && BatchTerminal.standardErrorIsTerminal
        let terminal = BatchTerminal(progress: progress)
        if progress {
            Thread.detachNewThread { [inputs] in terminal.setTotal(BatchRunner.count(inputs)) }
        }
        let signals = BatchSignals(runner: runner) { _ in
            terminal.message("letterhead batch: stopping after the documents in progress (again to stop at once)")
        }
        defer { signals.restore() }
        let summary: BatchSummary
        do {
            summary = try runner.run(inputs, onDocument: terminal.document)
        } catch {
            Console.error("letterhead: error: \(error)")
            throw ExitCode(2)
        }
        terminal.finish(summary)
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }
}
