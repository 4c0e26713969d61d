// A layout as data (from Layouts/NAME.yaml): page geometry, text styles, colours and labels, in points.
import Foundation
import LetterheadModel

/// A place for text: left edge, first baseline and width, in points from the top-left of the sheet.
public struct TextAnchor: Hashable, Sendable {
    public var x: Double
    public var baseline: Double
    public var width: Double?
    public var style: TextStyle
}

public struct FirstPageSpec: Hashable, Sendable {
    public var wordmark: TextAnchor
    public var addressee: TextAnchor
    public var referenceColumn: TextAnchor
    public var doctype: TextAnchor
    public var subject: TextAnchor
    public var statusX: Double
    public var statusBelowDoctype: Double
    public var bodyGapAfterHead: Double
}

public struct FollowPageSpec: Hashable, Sendable {
    public var bodyBaseline: Double
    public var referenceColumnX: Double
    public var referenceColumnWidth: Double
}

public struct BodySpec: Hashable, Sendable {
    public var x: Double
    public var width: Double
    public var bottom: Double
    public var paragraphGap: Double
    public var headingGapBefore: Double
    public var headingGapAfter: Double
    public var sectionIndent: Double
    public var listIndent: Double
    public var bullets: [String]
    public var orphans: Int
    public var widows: Int
    public var enclosuresGapAfter: Double
    public var text: TextStyle
    public var heading: TextStyle
}

public struct ReferenceColumnSpec: Hashable, Sendable {
    public var addressGap: Double
    public var groupGap: Double
    public var text: TextStyle
    public var label: TextStyle
}

/// What a layout prints in one language: labels and the words of dates.
public struct Labels: Hashable, Sendable {
    public var doctype: String
    public var date: String
    public var reference: String
    public var yourReference: String
    public var caseNumber: String
    public var enclosures: String
    public var contact: String
    public var enclosureOne: String
    public var enclosureMany: String
    public var page: String
    public var status: String
    public var months: [String]
    public var dateFormat: String

    /// "8 juni 2026" from the template "{d} {month} {yyyy}".
    public func format(_ date: DocumentDate) -> String {
        dateFormat
            .replacingOccurrences(of: "{d}", with: String(date.day))
            .replacingOccurrences(of: "{month}", with: months[date.month - 1])
            .replacingOccurrences(of: "{yyyy}", with: String(date.year))
    }

    /// "Pagina 2 van 3".
    public func pageNumber(_ page: Int, of count: Int) -> String {
        self.page.replacingOccurrences(of: "{n}", with: String(page)).replacingOccurrences(of: "{m}", with: String(count))
    }

    public func statusLine(_ status: String) -> String { self.status.replacingOccurrences(of: "{status}", with: status) }
}

public struct LayoutDefinition: Hashable, Sendable {
    public var name: String
    public var description: String
    public var pageWidth: Double
    public var pageHeight: Double
    /// Font families by role (`text`, `wordmark`, `display`), as named in the layout.
    public var fonts: [String: String]
    public var ribbon: Rect
    public var ribbonColor: Color
    public var firstPage: FirstPageSpec
    public var followPage: FollowPageSpec
    public var body: BodySpec
    public var referenceColumn: ReferenceColumnSpec
    public var wordmarkParent: TextStyle
    public var pageNumber: TextAnchor
    public var classification: TextAnchor
    public var labels: [Language: Labels]
}
