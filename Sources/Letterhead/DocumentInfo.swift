// The PDF's document information from the front matter; its date from the document or SOURCE_DATE_EPOCH.
import Foundation
import LetterheadModel
import LetterheadPaint

enum DocumentInfo {
    /// `sourceDateEpoch`: the environment's SOURCE_DATE_EPOCH, read once per process (see Environment).
    static func metadata(for document: Document, outputIntentProfile: Data?, sourceDateEpoch: String?) -> PDFMetadata {
        let meta = document.meta
        let keywords = [meta.reference, meta.yourReference, meta.caseNumber].compactMap { $0 }.joined(separator: ", ")
        return PDFMetadata(title: meta.subject, author: meta.sender.organisation,
                           subject: meta.reference.map { "Ons kenmerk \($0)" } ?? meta.subject,
                           keywords: keywords, creator: "Letterhead",
                           createDate: createDate(meta.date, sourceDateEpoch: sourceDateEpoch),
                           language: meta.language.tag, outputIntentProfile: outputIntentProfile)
    }

    /// ISO 8601 in UTC: SOURCE_DATE_EPOCH when set (reproducible builds), else midnight of the document's date.
    static func createDate(_ date: DocumentDate, sourceDateEpoch: String?) -> String {
        let seconds = sourceDateEpoch.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? date.unixTime
        let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
        let rest = seconds - days * 86400
        let civil = civilDate(daysSinceEpoch: days)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(civil.year)-\(two(civil.month))-\(two(civil.day))T\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))Z"
    }

    /// Inverse of DocumentDate.unixTime (Howard Hinnant's civil_from_days).
    private static func civilDate(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
