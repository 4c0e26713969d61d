// `letterhead layouts`: the layouts available, with their descriptions and fonts.
import ArgumentParser
import Letterhead

struct LayoutsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layouts",
        abstract: "List the available layouts (the files in Layouts/).")

    @OptionGroup var home: HomeOption

    func run() throws {
        let environment = try home.environment()
        var failed = false
        for name in environment.layoutNames {
            do {
                let layout = try environment.layout(named: name)
                let fonts = layout.fonts.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
                print("\(name)\t\(layout.description) (\(fonts))")
            } catch {
                Console.error("\(error)")
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
