/// The commodities a text may name ("wheat", "soybeans", "copper"), for quantities that are
/// always of one commodity: "farmers intend to plant 56.9 mln acres" says plantings, and the
/// sentence ("Soybeans rallied ...") or the headline ("U.S. CORN ACREAGE SEEN ...") says of what.
struct CommodityNames: Sendable {
    private let nouns: WordSet
    /// The names as a specifier writes them: lower case and singular ("soybean").
    let names: Set<String>

    init(_ nouns: [String], in words: inout WordTable) {
        self.nouns = WordSet(nouns, in: &words)
        names = Set(nouns.map(MetricSpecifierReader.singular))
    }

    /// Whether a specifier (sorted words, as ``MetricSpecifierReader`` writes them) names a commodity.
    func isNamed(in specifier: String?) -> Bool {
        specifier?.split(separator: " ").contains { names.contains(String($0)) } ?? false
    }

    /// The one commodity the tokens name, singular; nil where they name none or several.
    func theOne(in tokens: [Token]) -> String? {
        var found: String?
        for token in tokens where token.isWord && nouns.contains(token.word) {
            let name = MetricSpecifierReader.singular(token.lower)
            if let found, found != name { return nil }
            found = name
        }
        return found
    }
}
