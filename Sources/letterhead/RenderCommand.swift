// `letterhead render SOURCE -o OUT`: a PDF (or PNG page images) of one document, written whole or not at all.
import ArgumentParser
import Foundation
import Letterhead

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a source file to PDF or PNG.",
        discussion: """
            The format follows the output's extension (.pdf, .png) unless --format is given. A PNG of a document \
            with several pages is written as OUT-1.png, OUT-2.png, ... unless --page picks one. With -o -, the PDF \
            goes to standard output. On any error nothing is written and the exit status is 1.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case pdf, png
    }

    @Argument(help: ArgumentHelp("The source file (.md, or .json).", valueName: "source"))
    var source: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The output file; - for standard output (PDF only).", valueName: "out"))
    var output: String

    @Option(help: "The output format (default: from the output's extension).")
    var format: Format?

    @Option(help: "Resolution of PNG output, in dots per inch.")
    var dpi: Double = 150

    @Option(help: ArgumentHelp("Only this page (1-based), for PNG output.", valueName: "n"))
    var page: Int?

    @OptionGroup var home: HomeOption

    func validate() throws {
        guard dpi >= 10, dpi <= 1200 else { throw ValidationError("--dpi must be between 10 and 1200") }
        if let page, page < 1 { throw ValidationError("--page must be 1 or more") }
        if resolvedFormat == nil {
            throw ValidationError("cannot tell the format from \"\(output)\": use a .pdf or .png name, or --format pdf|png")
        }
        if output == "-", resolvedFormat == .png { throw ValidationError("PNG output needs a file name, not -") }
    }

    private var resolvedFormat: Format? {
        format ?? (output == "-" ? .pdf : Format(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()))
    }

    func run() throws {
        let renderer = try Renderer(environment: home.environment())
        let rendering: Rendering
        do {
            rendering = try renderer.layOut(contentsOf: URL(fileURLWithPath: source))
        } catch {
            Console.error("letterhead: error: \(error)")
            throw ExitCode(1)
        }
        if Console.report(rendering.diagnostics) || !rendering.succeeded { throw ExitCode(1) }
        do {
            switch resolvedFormat! {
            case .pdf:
                let data = try renderer.pdf(rendering)
                if output == "-" {
                    FileHandle.standardOutput.write(data)
                } else {
                    try AtomicFile.write(data, to: URL(fileURLWithPath: output))
                }
            case .png:
                try writePNG(renderer, rendering)
            }
        } catch {
            Console.error("letterhead: error: \(error)")
            throw ExitCode(1)
        }
    }

    private func writePNG(_ renderer: Renderer, _ rendering: Rendering) throws {
        let count = rendering.pages.count
        if let page, page > count {
            throw LetterheadError("\(source): --page \(page), but the document has \(count) page\(count == 1 ? "" : "s")")
        }
        let numbers = page.map { [$0] } ?? Array(1...count)
        let images = try renderer.png(rendering, dpi: dpi, pages: numbers)
        let url = URL(fileURLWithPath: output)
        let base = url.deletingPathExtension()
        for (number, image) in zip(numbers, images) {
            let name = numbers.count == 1 ? url
                : base.deletingLastPathComponent().appendingPathComponent("\(base.lastPathComponent)-\(number).png")
            try AtomicFile.write(image, to: name)
        }
    }
}
