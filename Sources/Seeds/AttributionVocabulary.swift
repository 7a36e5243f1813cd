/// Cues that make a sentence attribute its claim to a source (`seeds/attribution.json`).
public struct AttributionVocabulary: Codable, Sendable {
    /// Reporting verbs after the source: "The IMF projects".
    public var verbs: [String]
    /// Words that may stand between the source and its verb: "The IMF has also said".
    public var auxiliaries: [String]
    /// Nouns after a possessive source: "the World Bank's data shows".
    public var evidenceNouns: [String]
    /// Phrases before the source: "according to", "as supported by".
    public var preceding: [String]
    /// Glued suffixes that make the source the sponsor of what speaks: "an IMF-sponsored survey said".
    public var sourceSuffixes: [String]
    /// Glued suffixes that make a name an adjective, not a mention: "NATO-style".
    public var adjectivalSuffixes: [String]
    /// Speakers who are nobody in particular: "sources said", "he said".
    public var collectiveUnnamed: [String]
    /// Participles that make the sentence's subject its speaker: "OPEC rejected calls, saying ...".
    public var participles: [String]
    /// Verbs that report speech only before "that": "the Bank of Canada proposed that ...".
    public var thatVerbs: [String]

    enum CodingKeys: String, CodingKey {
        case verbs, auxiliaries
        case evidenceNouns = "evidence_nouns"
        case preceding
        case sourceSuffixes = "source_suffixes"
        case adjectivalSuffixes = "adjectival_suffixes"
        case collectiveUnnamed = "collective_unnamed"
        case participles
        case thatVerbs = "that_verbs"
    }
}
