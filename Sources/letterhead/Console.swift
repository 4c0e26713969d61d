// Writing diagnostics and messages to standard error.
import Foundation
import LetterheadModel

enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Prints each diagnostic as `FILE:LINE:COL: error: ...`; returns whether any was an error.
    @discardableResult
    static func report(_ diagnostics: [Diagnostic]) -> Bool {
        for diagnostic in diagnostics { error(diagnostic.description) }
        return diagnostics.hasErrors
    }
}
