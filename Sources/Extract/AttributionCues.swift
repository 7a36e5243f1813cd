import ClaimsSeeds

/// `seeds/attribution.json` as sets and phrase indexes.
///
/// A class, immutable once built, so that the finders share one copy of the tables: a
/// struct this size was copied into the stack frame of every look-up function.
final class AttributionCues: Sendable {
    let verbs: WordSet
    let auxiliaries: WordSet
    let evidenceNouns: WordSet
    let preceding: PhraseIndex<String>
    let sourceSuffixes: WordSet
    let adjectivalSuffixes: WordSet
    let participles: WordSet
    let thatVerbs: WordSet

    init(_ vocabulary: AttributionVocabulary, words: inout WordTable) {
        verbs = WordSet(vocabulary.verbs, in: &words)
        auxiliaries = WordSet(vocabulary.auxiliaries, in: &words)
        evidenceNouns = WordSet(vocabulary.evidenceNouns.flatMap { $0.split(separator: " ").map(String.init) }, in: &words)
        var preceding = PhraseIndex<String>()
        for phrase in vocabulary.preceding { preceding.insert(phrase, phrase, words: &words) }
        self.preceding = preceding
        sourceSuffixes = WordSet(vocabulary.sourceSuffixes.map { $0.hasPrefix("-") ? String($0.dropFirst()) : $0 }, in: &words)
        adjectivalSuffixes = WordSet(vocabulary.adjectivalSuffixes, in: &words)
        participles = WordSet(vocabulary.participles, in: &words)
        thatVerbs = WordSet(vocabulary.thatVerbs, in: &words)
    }
}
