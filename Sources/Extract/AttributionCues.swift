import ClaimsSeeds

/// `seeds/attribution.json` as sets and phrase indexes.
struct AttributionCues: Sendable {
    let verbs: Set<String>
    let auxiliaries: Set<String>
    let evidenceNouns: Set<String>
    let preceding: PhraseIndex<String>
    let sourceSuffixes: Set<String>
    let adjectivalSuffixes: Set<String>
    let participles: Set<String>
    let thatVerbs: Set<String>

    init(_ vocabulary: AttributionVocabulary) {
        verbs = Set(vocabulary.verbs)
        auxiliaries = Set(vocabulary.auxiliaries)
        evidenceNouns = Set(vocabulary.evidenceNouns.flatMap { $0.split(separator: " ").map(String.init) })
        var preceding = PhraseIndex<String>()
        for phrase in vocabulary.preceding { preceding.insert(phrase, phrase) }
        self.preceding = preceding
        sourceSuffixes = Set(vocabulary.sourceSuffixes.map { $0.hasPrefix("-") ? String($0.dropFirst()) : $0 })
        adjectivalSuffixes = Set(vocabulary.adjectivalSuffixes)
        participles = Set(vocabulary.participles)
        thatVerbs = Set(vocabulary.thatVerbs)
    }
}
