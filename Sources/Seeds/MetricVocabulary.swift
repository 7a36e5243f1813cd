/// Canonical metric keys and their synonyms (`seeds/metrics.json`).
public struct MetricVocabulary: Codable, Sendable {
    /// Key -> phrases that name it, lower case.
    public var metrics: [String: [String]]
}
