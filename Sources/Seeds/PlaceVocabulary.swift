/// Country names Foundation's Locale does not give (`seeds/places.json`): short and old
/// names, demonyms, capitals used for their governments, and groups of countries.
public struct PlaceVocabulary: Codable, Sendable {
    public var names: [String: String]
    public var demonyms: [String: String]
    public var capitals: [String: String]
    public var groups: [String: [String]]
    /// ISO code -> the name to show where Foundation's is not what a reader expects
    /// ("China", not "China mainland").
    public var display: [String: String]
    /// Cities that open wire stories ("NEW YORK, March 3 -") -> their country.
    public var datelineCities: [String: String]
    /// Words that end a company's name ("Inc", "Ltd", "AG"): a story whose lead names a
    /// company is the company's, and its figures take no country from the dateline.
    public var companySuffixes: [String]
    /// Singular nouns for a company ("carmaker", "bank"): a place that modifies one is the
    /// company's nationality, not the place of its figures.
    public var companyNouns: [String]
    /// States a dateline city belonged to before a date: Moscow in 1987 is the Soviet Union's.
    public var formerStates: [FormerState]

    /// A country that was part of another state until a date.
    public struct FormerState: Codable, Sendable {
        public var code: String
        public var was: String
        /// ISO date of the last day the older state stood.
        public var until: String
    }

    enum CodingKeys: String, CodingKey {
        case names, demonyms, capitals, groups, display
        case datelineCities = "dateline_cities"
        case companySuffixes = "company_suffixes"
        case companyNouns = "company_nouns"
        case formerStates = "former_states"
    }
}
