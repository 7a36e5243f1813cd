/// Phrases that name a metric, to add to a database: "headline inflation" -> `inflation`.
/// Keys and phrases are lower-cased, and a phrase's blank runs folded to one space, as the
/// metric resolver reads them.
public struct MetricSynonymEntry: Sendable, Equatable {
    public var metricKey: String
    public var phrases: [String]
    public var location: String?

    static let fields: Set<String> = ["metric_key", "phrases"]

    public init(metricKey: String, phrases: [String], location: String? = nil) {
        self.metricKey = metricKey.trimmed.lowercased()
        self.phrases = phrases.map { $0.trimmed.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }.filter { !$0.isEmpty }
        self.location = location
    }

    init(_ record: VocabularyRecord) {
        self.init(metricKey: record.value("metric_key") ?? "", phrases: record.values("phrases"), location: record.location)
    }

    public var problem: String? {
        if metricKey.isEmpty { return "a metric synonym needs a metric key" }
        if !metricKey.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }) {
            return "metric key '\(metricKey)' may hold only letters a-z, digits and _"
        }
        if phrases.isEmpty { return "metric \(metricKey) needs at least one phrase" }
        return phrases.lazy.compactMap(\.unsafeNameProblem).first
    }
}
