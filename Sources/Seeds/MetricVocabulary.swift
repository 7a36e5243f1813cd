/// Canonical metric keys and their synonyms, and the words the clause layer reads a metric
/// with (`seeds/metrics.json`).
public struct MetricVocabulary: Codable, Sendable {
    /// Key -> phrases that name it, lower case.
    public var metrics: [String: [String]]
    /// Verb base -> the quantity it produces: a company that "exported" 5 mln tonnes states
    /// its "exports".
    public var verbMetrics: [String: String]
    /// Nouns that name who holds a quantity, not the quantity ("the company earned ...").
    public var holderNouns: [String]
    /// Words that make a figure the world's or a region's, no country's ("world output").
    public var regionWords: [String]
    /// Keys of national statistics: a wire story's dateline gives their place.
    public var nationalMetrics: [String]
    /// Keys that are rates of change themselves: "the economy grew 3 percent" states the level
    /// of growth, as "growth of 3 percent" does. Optional.
    public var rateMetrics: [String]?
    /// Nouns that count without saying what: "an annual rate of 1,700,000 units" is what the
    /// clause is about (housing starts), not "units". Optional.
    public var genericCountNouns: [String]?
    /// Nouns before a metric that do not narrow it to a kind of quantity: "total" exports,
    /// a "record" harvest are the exports and the harvest. Optional.
    public var broadModifiers: [String]?
    /// Keys of a level whose percentage is its growth: "GDP is expected at 3.2%" is GDP growth.
    /// Optional.
    public var percentGrowth: [String: String]?
    /// Nouns that hold a quantity named after them ("forecasts for Japanese growth", "the
    /// level of reserves"): the metric is what their "of" or "for" names.
    public var containerNouns: [String]
    /// Verbs of buying and selling: a figure "for" which something changes hands is its price
    /// ("sold a stake for 775m euros").
    public var purchaseVerbs: [String]
    /// Wholes a percentage of which is a share of them, and the name of that share: 45% "of
    /// the airline market" is market share, 44% "of the carmaker" a stake. Optional, so a
    /// vocabulary written before it still reads.
    public var shareMetrics: [String: String]?
    /// Debts and the name of the rate a percentage before them gives ("nine pct debentures":
    /// their coupon). Optional.
    public var rateNouns: [String: String]?
    /// Nouns for people, whom a verb's quantity counts ("killed 100 people": deaths). Optional.
    public var personNouns: [String]?
    /// Jobs or people a verb of cutting acts on, and the metric they are ("cut 1,900 jobs":
    /// job cuts). Optional.
    public var jobCuts: JobVerbs?
    /// Jobs a verb of creating acts on ("added 337,000 jobs": jobs created). Optional.
    public var jobGains: JobVerbs?
    /// Keys of quantities that are always of one commodity ("plantings", "harvest"): where the
    /// sentence does not name it with the metric, the commodity the sentence or the headline
    /// names narrows it. Optional.
    public var commodityMetrics: [String]?
    /// Commodity nouns, lower case ("wheat", "soybeans", "copper"). Optional.
    public var commodities: [String]?

    /// Counts of jobs that some verbs make a metric of their own: jobs cut are job cuts, jobs
    /// added are jobs created, whatever else the verb would count.
    public struct JobVerbs: Codable, Sendable {
        public var metric: String
        /// Verb bases ("cut", "axe", "shed").
        public var verbs: [String]
        /// Plural nouns of jobs or of people holding them ("jobs", "posts", "staff").
        public var nouns: [String]
    }

    enum CodingKeys: String, CodingKey {
        case metrics
        case verbMetrics = "verb_metrics"
        case holderNouns = "holder_nouns"
        case regionWords = "region_words"
        case nationalMetrics = "national_metrics"
        case rateMetrics = "rate_metrics"
        case genericCountNouns = "generic_count_nouns"
        case broadModifiers = "broad_modifiers"
        case percentGrowth = "percent_growth"
        case containerNouns = "container_nouns"
        case purchaseVerbs = "purchase_verbs"
        case shareMetrics = "share_metrics"
        case rateNouns = "rate_nouns"
        case personNouns = "person_nouns"
        case jobCuts = "job_cuts"
        case jobGains = "job_gains"
        case commodityMetrics = "commodity_metrics"
        case commodities
    }
}
