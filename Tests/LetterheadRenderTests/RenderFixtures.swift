// A renderer over the checkout's Fonts/ and Layouts/, and the poppler tools to look at what it makes.
import Foundation
import Letterhead
import LetterheadModel
import XCTest

enum RenderFixtures {
    static let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardizedFileURL
    static let example = checkout.appendingPathComponent("Examples/ind-stand-van-de-uitvoering.md")

    static let environment: Environment = {
        try! Environment(resources: Resources(fonts: checkout.appendingPathComponent("Fonts"),
                                              layouts: checkout.appendingPathComponent("Layouts")))
    }()

    static func renderer() throws -> Renderer { try Renderer(environment: environment) }

    /// Lays out `markdown` and fails the test on any error.
    static func rendering(_ markdown: String, file: StaticString = #filePath, line: UInt = #line) throws -> Rendering {
        let rendering = try renderer().layOut(bytes: Data(markdown.utf8), file: "test.md")
        XCTAssertFalse(rendering.diagnostics.hasErrors, "\(rendering.diagnostics)", file: file, line: line)
        return rendering
    }

    /// A nota with the given body (and extra front matter lines).
    static func nota(_ body: String, frontMatter: String = "") -> String {
        """
        ---
        to: Minister van Asiel en Migratie
        sender:
          organisation: Immigratie- en Naturalisatiedienst (IND)
          website: www.ind.nl
        date: 2026-06-08
        reference: 7061406/7559016
        subject: Onderwerp van de nota
        \(frontMatter)
        ---

        \(body)
        """
    }

    /// Writes `pdf` to a temporary file and runs a poppler tool on it (`pdftotext`, `pdfinfo`, `pdffonts`).
    static func poppler(_ tool: String, _ arguments: [String] = [], pdf: Data) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("letterhead-\(UUID().uuidString).pdf")
        try pdf.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/\(tool)")
        process.arguments = arguments + [url.path] + (tool == "pdftotext" ? ["-"] : [])
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
