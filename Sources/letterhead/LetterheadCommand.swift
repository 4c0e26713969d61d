// The `letterhead` command line: render, check, compare, layouts.
import ArgumentParser

@main
struct LetterheadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letterhead",
        abstract: "Render Dutch central government documents (Rijkshuisstijl) from a text source to print-ready PDF.",
        discussion: """
            A source is a UTF-8 file: YAML front matter between two lines "---", then a Markdown body \
            (or the same as JSON: {"meta": {...}, "body": "..."}). Fonts and layouts come from the Fonts/ and \
            Layouts/ folders beside the binary's checkout, from $LETTERHEAD_HOME, or from --home.
            """,
        version: "0.1.0",
        subcommands: [RenderCommand.self, CheckCommand.self, LayoutsCommand.self, CompareCommand.self, BatchCommand.self, GoldenCommand.self])
}
