// Helpers for the source tests: reading text, listing diagnostics as the one-line strings users see.
import Foundation
import LetterheadModel
import LetterheadSource
import XCTest

/// A minimal valid front matter; tests add or replace lines.
let minimalFrontMatter = """
    sender:
      organisation: Ministerie van Voorbeelden
    to: Minister van Voorbeelden
    date: 2026-06-08
    subject: Een onderwerp
    """

/// Reads `text` as `nota.md`.
func read(_ text: String, reader: SourceReader = SourceReader()) -> SourceResult {
    reader.read(markdown: text, file: "nota.md")
}

/// Reads a document made of the minimal front matter plus `extra` lines, then `body`.
func read(extra: String = "", body: String) -> SourceResult {
    read("---\n\(minimalFrontMatter)\n\(extra.isEmpty ? "" : extra + "\n")---\n\(body)")
}

extension SourceResult {
    /// Every diagnostic as `file:line:column: severity: field: message (hint)`.
    var messages: [String] { diagnostics.map(\.description) }
}

/// The repository root, found from this file's place.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
