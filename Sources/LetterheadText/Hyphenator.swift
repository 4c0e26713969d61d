// Dictionary hyphenation with libhyphen (Debian's hyphen-nl / hyphen-en-us): soft hyphens at the break points.
import CHyphen
import Foundation
import LetterheadModel

final class Hyphenator {
    private var dictionaries: [Language: UnsafeMutablePointer<HyphenDict>] = [:]
    private static let softHyphen: Character = "\u{00AD}"

    static func dictionaryPath(for language: Language) -> String {
        language == .nl ? "/usr/share/hyphen/hyph_nl_NL.dic" : "/usr/share/hyphen/hyph_en_US.dic"
    }

    deinit {
        for dictionary in dictionaries.values { hnj_hyphen_free(dictionary) }
    }

    private func dictionary(_ language: Language) -> UnsafeMutablePointer<HyphenDict>? {
        if let loaded = dictionaries[language] { return loaded }
        guard let loaded = hnj_hyphen_load(Self.dictionaryPath(for: language)) else { return nil }
        dictionaries[language] = loaded
        return loaded
    }

    /// `word` with soft hyphens where the dictionary allows a break (at least two letters each side);
    /// unchanged when no dictionary is installed or the word has letters outside ISO-8859-1.
    func hyphenate(_ word: String, language: Language) -> String {
        let characters = Array(word)
        guard characters.count >= 5, let dictionary = dictionary(language) else { return word }
        var latin1: [CChar] = []
        for character in characters {
            guard let scalar = character.lowercased().unicodeScalars.first, character.unicodeScalars.count == 1,
                  scalar.value < 256 else { return word }
            latin1.append(CChar(bitPattern: UInt8(scalar.value)))
        }
        var hyphens = [CChar](repeating: 0, count: latin1.count + 5)
        var rep: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
        var pos: UnsafeMutablePointer<Int32>? = nil
        var cut: UnsafeMutablePointer<Int32>? = nil
        let status = hnj_hyphen_hyphenate2(dictionary, latin1, Int32(latin1.count), &hyphens, nil, &rep, &pos, &cut)
        if let rep {
            for index in 0..<latin1.count { free(rep[index]) }
            free(rep)
        }
        free(pos)
        free(cut)
        guard status == 0 else { return word }
        var result = ""
        for (index, character) in characters.enumerated() {
            result.append(character)
            if index >= 1, index <= characters.count - 3, hyphens[index] & 1 == 1, character.isLetter,
               characters[index + 1].isLetter {
                result.append(Self.softHyphen)
            }
        }
        return result
    }
}
