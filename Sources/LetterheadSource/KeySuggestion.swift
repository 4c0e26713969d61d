// Finds the known key nearest to a mistyped one (edit distance, prefixes, Dutch words), for "did you mean" hints.
enum KeySuggestion {
    /// Dutch words people write for the English keys.
    static let dutch = [
        "afzender": "sender", "aan": "to", "geadresseerde": "to", "datum": "date", "kenmerk": "reference",
        "ons_kenmerk": "reference", "uw_kenmerk": "your_reference", "zaaknummer": "case_number", "bijlagen": "enclosures",
        "bijlage": "enclosures", "onderwerp": "subject", "taal": "language", "contactpersoon": "contact",
        "rubricering": "classification", "nummering": "numbering", "organisatie": "organisation", "eenheid": "unit",
        "bezoekadres": "visiting_address", "postadres": "postal_address", "telefoon": "phone", "naam": "name",
    ]

    /// The known key a mistyped `key` most likely means, or nil when none is close.
    static func nearest(to key: String, in known: [String]) -> String? {
        let lowered = key.lowercased().replacingHyphens
        if let english = dutch[lowered], known.contains(english) { return english }
        if lowered.count >= 3, let extended = known.first(where: { $0.hasPrefix(lowered) }) { return extended }
        var best: (key: String, distance: Int)?
        for candidate in known {
            let distance = editDistance(Array(lowered.unicodeScalars), Array(candidate.unicodeScalars))
            if distance < best?.distance ?? .max { best = (candidate, distance) }
        }
        guard let best else { return nil }
        return best.distance <= max(1, min(lowered.count, best.key.count) / 3) ? best.key : nil
    }

    /// Levenshtein distance, with one row of memory.
    static func editDistance<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        if a.isEmpty { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var diagonal = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let above = row[j]
                row[j] = min(above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
                diagonal = above
            }
        }
        return row[b.count]
    }
}

extension String {
    /// `visiting-address` and `visiting address` as the key `visiting_address`.
    fileprivate var replacingHyphens: String { String(map { $0 == "-" || $0 == " " ? "_" : $0 }) }
}
