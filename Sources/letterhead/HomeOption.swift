// The option that points at the folder holding Fonts/ and Layouts/, and the environment built from it.
import ArgumentParser
import Foundation
import Letterhead

struct HomeOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder that holds Fonts/ and Layouts/ (default: $LETTERHEAD_HOME, else found beside the binary or the working folder).", valueName: "dir"))
    var home: String?

    func environment() throws -> Environment {
        do {
            let resources = try Resources.locate(home: home ?? ProcessInfo.processInfo.environment["LETTERHEAD_HOME"])
            // Pango initialises the machine's default fontconfig set-up in the background, which Letterhead never
            // uses; an empty configuration makes that start-up cheap (unless the user set FONTCONFIG_FILE).
            setenv("FONTCONFIG_FILE", resources.fonts.appendingPathComponent("fonts.conf").path, 0)
            return try Environment(resources: resources)
        } catch {
            Console.error("letterhead: error: \(error)")
            throw ExitCode(2)
        }
    }
}
