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

    enum CodingKeys: String, CodingKey {
        case metrics
        case verbMetrics = "verb_metrics"
        case holderNouns = "holder_nouns"
        case regionWords = "region_words"
        case nationalMetrics = "national_metrics"
    }
}
