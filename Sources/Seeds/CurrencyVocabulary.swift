/// Money as newswire writes it (the `currencies` table of `seeds/figures.json`).
///
/// Foundation's Locale gives every ISO 4217 code and its English name ("Kenyan Shilling"), so
/// the extractor reads qualified names from it; this table holds what Locale does not give.
public struct CurrencyVocabulary: Codable, Sendable {
    /// Signs and prefixes before a number: "$", "HK$", "Rs".
    public var symbols: [String: String]
    /// Codes written in text that are not ISO 4217's: "ECU" is XEU, "SDR" is XDR.
    public var codeAliases: [String: String]
    /// ISO codes that are also English words in capitals ("ALL", "TOP"): never read as money.
    public var codesNotRead: [String]
    /// ISO codes that name no money to count: metals, funds, units of account, test codes.
    public var notMoney: [String]
    /// Bare names, their plurals and newswire abbreviations -> code: "dlrs" USD, "rand" ZAR.
    /// A name several countries use is read as the one listed ("crowns" SEK).
    public var names: [String: String]
    /// Other ways newswire writes the last word of a Locale name ("dollar": "dlrs"); a plain
    /// plural in "s" is read without being listed.
    public var spellings: [String: [String]]
    /// Words before a currency word that name its country: "Australian dlrs" is AUD,
    /// "Canadian cts" hundredths of CAD. Locale's own qualifiers are read beside these.
    public var qualifiers: [String: String]

    enum CodingKeys: String, CodingKey {
        case symbols
        case codeAliases = "code_aliases"
        case codesNotRead = "codes_not_read"
        case notMoney = "not_money"
        case names
        case spellings
        case qualifiers
    }
}
