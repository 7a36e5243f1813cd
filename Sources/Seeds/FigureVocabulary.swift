/// Words the figure parser reads (`seeds/figures.json`): scales, currencies, units,
/// qualifiers, and the words that make a number an identifier or a date instead.
public struct FigureVocabulary: Codable, Sendable {
    public var scales: [String: Double]
    /// Scale words that count only when glued to a number or a currency ("$23bn", "600m").
    public var gluedScalesOnly: [String]
    public var currencies: CurrencyVocabulary
    public var percentWords: [String]
    public var percentagePointWords: [String]
    public var basisPointWords: [String]
    /// Written unit -> canonical unit.
    public var units: [String: String]
    /// Nouns after "per" or "a" that a price or measure is per, besides the units above:
    /// "1.78 dlrs per share" is `USD/share`. Durations are not among them.
    public var rateDenominators: [String: String]
    public var countNouns: [String]
    public var frequencyWords: [String: Double]
    public var writtenNumbers: [String: Double]
    /// Phrase before a number -> qualifier.
    public var qualifiers: [String: String]
    /// Words after which a number names a thing rather than counts it ("Article 5").
    public var identifierWords: [String]
    public var months: [String: Int]
    public var periodWords: [String: String]
    /// Verbs and adverbs that make a figure a change rather than a level.
    public var changeVerbs: [String]
    /// Hundredths of a currency: "15 cts" is 0.15 USD.
    public var subunits: [String: Subunit]
    /// Plural-looking words after a number that are not things counted ("is", "sales").
    public var notCountNouns: [String]
    /// Words that may stand between a qualifier and its number: "up to an additional 5 pct".
    public var qualifierFillers: [String]
    /// Words after a duration that make it a point in time: "11 days ago", "12 months later".
    public var timeReferences: [String]
    /// Words after "N times" that make it a multiplier, not a count: "10 times the speed".
    public var multiplierFollowers: [String]
    /// Words before a number that make it a rank: "the top three", "the last two".
    public var rankingWords: [String]
    /// Phrases after a number that bound it: "two dlrs or more" is at least two dollars.
    public var postQualifiers: [String: String]
    /// Words after "pounds" that make it a weight: "18.4 mln pounds of corn meal".
    public var weightPoundsBefore: [String]
    /// Nouns that make an adjacent year a period: "1986 fourth quarter", "nine months 1987".
    public var periodNouns: [String]
    /// Words before "since" that make it a comparison, not a period: "the highest since 2008".
    public var comparisonWords: [String]
    /// Words before a year that make it a comparison base: "up 10 pct from fiscal 1986".
    public var periodBases: [String]
    /// Words before a four-digit number and "hours" that make it a clock time: "at 0700 hours".
    public var clockTimePrepositions: [String]
    /// Verbs before "from X to Y" that make it a range, not a change: "ranging from 4.2 to 6.35 pct".
    public var rangeVerbs: [String]

    public struct Subunit: Codable, Sendable {
        public var currency: String
        public var factor: Double
    }

    enum CodingKeys: String, CodingKey {
        case scales
        case gluedScalesOnly = "glued_scales_only"
        case currencies
        case percentWords = "percent_words"
        case percentagePointWords = "percentage_point_words"
        case basisPointWords = "basis_point_words"
        case units
        case rateDenominators = "rate_denominators"
        case countNouns = "count_nouns"
        case frequencyWords = "frequency_words"
        case writtenNumbers = "written_numbers"
        case qualifiers
        case identifierWords = "identifier_words"
        case months
        case periodWords = "period_words"
        case changeVerbs = "change_verbs"
        case subunits
        case notCountNouns = "not_count_nouns"
        case qualifierFillers = "qualifier_fillers"
        case timeReferences = "time_references"
        case multiplierFollowers = "multiplier_followers"
        case rankingWords = "ranking_words"
        case postQualifiers = "post_qualifiers"
        case weightPoundsBefore = "weight_pounds_before"
        case periodNouns = "period_nouns"
        case comparisonWords = "comparison_words"
        case periodBases = "period_bases"
        case clockTimePrepositions = "clock_time_prepositions"
        case rangeVerbs = "range_verbs"
    }
}
