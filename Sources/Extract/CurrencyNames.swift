import ClaimsSeeds
import Foundation

/// Every way a currency is named beside a number, as ISO 4217 codes: Foundation's Locale
/// gives the codes, their English names ("Kenyan Shilling") and each country's currency;
/// `seeds/figures.json` gives the bare names, plurals and abbreviations newswire writes.
struct CurrencyNames {
    /// Lower-case phrase -> code: "kenyan shillings", "kenya shillings", "australian dlrs", "rand".
    private(set) var phrases: [String: String] = [:]
    /// Lower-case qualifier -> code, for a currency word or hundredths after it ("Canadian cts").
    private(set) var qualifiers: [String: String] = [:]
    /// Codes as written, in capitals -> ISO code: "USD", "ECU" -> XEU.
    private(set) var codes: [String: String] = [:]

    /// A name from Locale, split into its qualifier and its last word.
    private struct LocaleName {
        var code: String
        var qualifier: String
        var name: String
        /// "Zimbabwean Dollar (1980–2008)": replaced, read only where no current currency has the name.
        var isReplaced: Bool
    }

    init(_ vocabulary: CurrencyVocabulary) {
        let english = Locale(identifier: "en_US")
        let notMoney = Set(vocabulary.notMoney)
        let notRead = Set(vocabulary.codesNotRead)
        var names: [LocaleName] = []
        for currency in Locale.Currency.isoCurrencies {
            let code = currency.identifier
            guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isUppercase }), !notMoney.contains(code),
                let written = english.localizedString(forCurrencyCode: code)
            else { continue }
            let replaced = written.contains("(")
            // a replaced currency's code is rarely written and often something else ("126 ARM")
            if !notRead.contains(code) && !replaced { codes[code] = code }
            let words = Self.folded(Self.beforeBracket(written)).split(separator: " ")
            guard words.count >= 2, let last = words.last else { continue }
            names.append(LocaleName(code: code, qualifier: words.dropLast().joined(separator: " "), name: String(last), isReplaced: replaced))
        }
        for (alias, code) in vocabulary.codeAliases { codes[alias] = code }
        // current currencies first, so that a name a replaced one shares stays the current one's
        names.sort { ($0.isReplaced ? 1 : 0, $0.code) < ($1.isReplaced ? 1 : 0, $1.code) }
        let countries = Self.countryNames(english)
        var qualifierCodes: [String: Set<String>] = [:]
        for name in names {
            let forms = [name.name, name.name + "s"] + (vocabulary.spellings[name.name] ?? [])
            let places = [name.qualifier] + (name.isReplaced ? [] : countries[name.code] ?? [])
            for place in places {
                for form in forms where phrases["\(place) \(form)"] == nil { phrases["\(place) \(form)"] = name.code }
            }
            if !name.isReplaced { qualifierCodes[name.qualifier, default: []].insert(name.code) }
        }
        for (qualifier, codes) in qualifierCodes where codes.count == 1 { qualifiers[qualifier] = codes.first }
        for (qualifier, code) in vocabulary.qualifiers { qualifiers[qualifier] = code }
        for (name, code) in vocabulary.names { phrases[name] = code }
    }

    /// Country names by the code of the currency each uses now: "kenya" for KES.
    private static func countryNames(_ english: Locale) -> [String: [String]] {
        var names: [String: [String]] = [:]
        for region in Locale.Region.isoRegions {
            let code = region.identifier
            guard code.count == 2, code.allSatisfy({ $0.isLetter }),
                let currency = Locale(identifier: "en_\(code)").currency?.identifier,
                let name = english.localizedString(forRegionCode: code)
            else { continue }
            names[currency, default: []].append(folded(beforeBracket(name)))
        }
        return names
    }

    /// "Myanmar (Burma)" -> "Myanmar".
    private static func beforeBracket(_ text: String) -> String {
        guard let bracket = text.firstIndex(of: "(") else { return text }
        return text[..<bracket].trimmingCharacters(in: .whitespaces)
    }

    /// Lower case without accents, as newswire writes names: "Bolívar" -> "bolivar".
    private static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_US"))
    }
}
