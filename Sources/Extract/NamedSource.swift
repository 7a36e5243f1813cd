import Foundation

/// Someone a sentence names as the origin of what it says, in the registry or not: an
/// organisation ("Bank of Canada", a company, a ministry) or a person with their title.
struct NamedSource: Sendable, Equatable {
    /// The registry key, or one made from the name (`BANK_OF_CANADA`).
    var key: String
    var name: String
    var isCurated: Bool
    /// The kind of a source the registry does not hold.
    var kind: SourceKind?
    var title: String?

    /// A source the registry does not hold, keyed by its name: upper-case letters and digits
    /// joined by `_` ("Bank of Canada" -> `BANK_OF_CANADA`); nil when no letter is left.
    static func discovered(name: String, kind: SourceKind, title: String? = nil, acronym: String? = nil,
                           legalForms: Set<String> = []) -> NamedSource? {
        // a lone letter ("P" of "S and P") names no one
        guard Self.hasTwoLetters(name) else { return nil }
        // "Northwind Freight Ltd" and "Northwind Freight" are one company
        var keyed = acronym ?? name
        if kind == .company, acronym == nil, !legalForms.isEmpty {
            var words = name.split(separator: " ")
            let count = words.count
            while words.count > 1, let last = words.last, legalForms.contains(last.lowercased().replacingOccurrences(of: ".", with: "")) { words.removeLast() }
            if words.count < count { keyed = words.joined(separator: " ") }
        }
        guard let key = key(of: keyed) else { return nil }
        return NamedSource(key: key, name: name, isCurated: false, kind: kind, title: title)
    }

    /// Whether a name has two letters or more: ASCII ones are counted from the bytes.
    private static func hasTwoLetters(_ name: String) -> Bool {
        var letters = 0
        for byte in name.utf8 {
            if byte >= 0x80 { return name.unicodeScalars.lazy.filter(\.properties.isAlphabetic).prefix(2).count == 2 }
            if (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") {
                letters += 1
                if letters == 2 { return true }
            }
        }
        return false
    }

    static func key(of name: String) -> String? {
        // plain ASCII (nearly every name) is read byte by byte; only other names are folded,
        // which costs more than the rest of reading a speaker
        let folded = name.utf8.allSatisfy { $0 < 0x80 } ? name : name.folding(options: [.diacriticInsensitive], locale: nil)
        var key: [UInt8] = []
        for byte in folded.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): key.append(byte - 32)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): key.append(byte)
            case UInt8(ascii: "'"), UInt8(ascii: "."): break
            default:
                // "’" and other non-letters separate words; a byte of a letter folding left
                // alone (a non-Latin script) does too
                if byte != 0xE2 && byte != 0x80 && byte != 0x99, let last = key.last, last != UInt8(ascii: "_") { key.append(UInt8(ascii: "_")) }
            }
        }
        while key.last == UInt8(ascii: "_") { key.removeLast() }
        return key.isEmpty ? nil : String(decoding: key, as: UTF8.self)
    }

    var isPerson: Bool { kind == .person }
}
