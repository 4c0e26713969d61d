// `letterhead check SOURCE...`: reads and lays out documents and prints their diagnostics, writing nothing.
import ArgumentParser
import Foundation
import Letterhead

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check source files: print errors and warnings, write nothing.",
        discussion: "Exit status 0 when no file has an error (warnings are allowed), 1 otherwise.")

    @Argument(help: ArgumentHelp("The source files.", valueName: "source"))
    var sources: [String]

    @OptionGroup var home: HomeOption

    func run() throws {
        let renderer = try Renderer(environment: home.environment())
        var failed = false
        for source in sources {
            do {
                let rendering = try renderer.layOut(contentsOf: URL(fileURLWithPath: source))
                if Console.report(rendering.diagnostics) || !rendering.succeeded { failed = true }
            } catch {
                Console.error("letterhead: error: \(error)")
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
