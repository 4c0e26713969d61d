// The front matter of a document: sender, addressee, date, references, subject and the rest.
public enum Language: String, Hashable, Sendable, CaseIterable {
    case nl
    case en

    /// The BCP 47 tag written into the PDF.
    public var tag: String { self == .nl ? "nl-NL" : "en-GB" }
}

public struct Sender: Hashable, Sendable {
    public var organisation: String
    public var parent: String?
    public var unit: [String]
    public var visitingAddress: [String]
    public var postalAddress: [String]
    public var website: String?
    public var phone: String?
    public var email: String?

    public init(organisation: String, parent: String? = nil, unit: [String] = [], visitingAddress: [String] = [],
                postalAddress: [String] = [], website: String? = nil, phone: String? = nil, email: String? = nil) {
        self.organisation = organisation
        self.parent = parent
        self.unit = unit
        self.visitingAddress = visitingAddress
        self.postalAddress = postalAddress
        self.website = website
        self.phone = phone
        self.email = email
    }
}

public struct Contact: Hashable, Sendable {
    public var name: String?
    public var phone: String?
    public var email: String?

    public init(name: String? = nil, phone: String? = nil, email: String? = nil) {
        self.name = name
        self.phone = phone
        self.email = email
    }
}

public enum Enclosures: Hashable, Sendable {
    case count(Int)
    case titles([String])

    public var count: Int {
        switch self {
        case .count(let n): return n
        case .titles(let titles): return titles.count
        }
    }
}

public struct Metadata: Hashable, Sendable {
    public var layout: String
    public var language: Language
    public var sender: Sender
    public var to: [String]
    public var date: DocumentDate
    public var reference: String?
    public var yourReference: String?
    public var caseNumber: String?
    public var enclosures: Enclosures?
    public var subject: String
    public var status: String?
    public var contact: Contact?
    public var classification: String?
    public var numbering: Bool

    public init(layout: String = "nota", language: Language = .nl, sender: Sender, to: [String], date: DocumentDate,
                reference: String? = nil, yourReference: String? = nil, caseNumber: String? = nil,
                enclosures: Enclosures? = nil, subject: String, status: String? = nil, contact: Contact? = nil,
                classification: String? = nil, numbering: Bool = true) {
        self.layout = layout
        self.language = language
        self.sender = sender
        self.to = to
        self.date = date
        self.reference = reference
        self.yourReference = yourReference
        self.caseNumber = caseNumber
        self.enclosures = enclosures
        self.subject = subject
        self.status = status
        self.contact = contact
        self.classification = classification
        self.numbering = numbering
    }
}
