// What checking or recording one golden case came to: the status, the comparison and the message for a person.
import Foundation
import LetterheadCompare

public struct GoldenOutcome: Sendable {
    public enum Status: Sendable, Equatable {
        /// Equal to the reference within tolerance (its output folder is removed).
        case equal
        /// Differs from the reference: the actual PDF and the images are in `folder`.
        case differs
        /// No reference yet.
        case missing
        /// Recording: the reference was written (new, unreadable, or it differed).
        case recorded
        /// Recording: the reference already matched, so it was left as it is.
        case unchanged
    }

    public var goldenCase: GoldenCase
    public var status: Status
    /// The comparison with the reference; nil when there was no reference or it could not be read.
    public var result: LetterheadCompare.ComparisonResult?
    /// Recording: why the old reference could not be compared (it was replaced).
    public var unreadableReference: CompareError?
    /// What a person needs to know: empty when equal.
    public var message: String
    /// The case's output folder (actual PDF, expected/actual/diff PNGs, report.html).
    public var folder: URL
}
