/// Vocabulary a user added to one database (`claimsdb sources add`, `metrics add`,
/// `actors add`), to be used beside the compiled-in seeds without recompiling.
///
/// The store reads it from the database; extraction only ever sees the merged result, so
/// it stays pure.
public struct UserVocabularies: Sendable {
    /// Sources the user added, and registry sources with only the aliases the user added.
    public var sources: [SourceSeed]
    /// Phrase (lower case) -> metric key.
    public var metricSynonyms: [String: String]
    /// People, with their aliases.
    public var people: [ActorVocabulary.Leader]
    /// Collective actors: "union leaders".
    public var collectives: [String]

    public init(sources: [SourceSeed] = [], metricSynonyms: [String: String] = [:],
                people: [ActorVocabulary.Leader] = [], collectives: [String] = []) {
        self.sources = sources
        self.metricSynonyms = metricSynonyms
        self.people = people
        self.collectives = collectives
    }

    public var isEmpty: Bool { sources.isEmpty && metricSynonyms.isEmpty && people.isEmpty && collectives.isEmpty }
}

extension SeedVocabularies {
    /// The seeds with the user's additions: new sources appended, aliases added to known
    /// ones, and each user metric phrase moved to the user's key (the user's word wins).
    public func merging(_ user: UserVocabularies) -> SeedVocabularies {
        var merged = self
        for source in user.sources {
            if let index = merged.sources.firstIndex(where: { $0.key == source.key }) {
                let known = Set(merged.sources[index].aliases)
                merged.sources[index].aliases += source.aliases.filter { !known.contains($0) }
            } else {
                merged.sources.append(source)
            }
        }
        for (phrase, key) in user.metricSynonyms.sorted(by: { $0.key < $1.key }) {
            for other in merged.metrics.metrics.keys where other != key {
                merged.metrics.metrics[other]?.removeAll { $0 == phrase }
            }
            merged.metrics.metrics[key, default: []].append(phrase)
        }
        merged.actors.leaders += user.people
        merged.actors.collectives += user.collectives
        return merged
    }
}
