// The option that points at the folder holding Fonts/ and Layouts/, and the environment built from it.
import ArgumentParser
import Foundation
import Letterhead

struct HomeOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder that holds Fonts/ and Layouts/ (default: $LETTERHEAD_HOME, else found beside the binary or the working folder).", valueName: "dir"))
    var home: String?

    func environment() throws -> Environment {
        do {
            return try Environment(resources: Resources.locate(home: home ?? ProcessInfo.processInfo.environment["LETTERHEAD_HOME"]))
        } catch {
            Console.error("letterhead: error: \(error)")
            throw ExitCode(2)
        }
    }
}
