import ClaimsSeeds

/// `seeds/stances.json` as look-up structures.
///
/// A class, immutable once built, so that the finders share one copy of the tables: a
/// struct this size was copied into the stack frame of every look-up function.
final class StanceCues: Sendable {
    enum PartOfSpeech: Sendable, Equatable {
        case verb, noun, adjective
    }

    struct Cue: Sendable, Equatable {
        var polarity: Stance.Polarity
        var partOfSpeech: PartOfSpeech
    }

    /// Every reading of a cue word: "support" is a verb and a noun.
    let cues: PhraseIndex<[Cue]>
    let negations: PhraseIndex<Bool>
    /// Hedges by their text (a cue's words) and by word (a token's).
    let hedges: [String: String]
    let hedgeWords: WordMap<String>
    let lightVerbs: WordSet
    let copulas: WordSet
    let targetVerbs: WordSet
    let nonStance: PhraseIndex<Bool>
    let controlVerbs: WordSet
    let negatingControlVerbs: WordSet
    /// Pronouns by their text (an actor's name) and by word (a token's).
    let pronouns: [String: String]
    let pronounWords: WordMap<String>
    let anaphors: PhraseIndex<Bool>
    let adjectiveActors: WordMap<String>

    init(_ vocabulary: StanceVocabulary, words: inout WordTable) {
        var readings: [String: [Cue]] = [:]
        var order: [String] = []
        let parts: [(PartOfSpeech, [String: [String]])] = [
            (.verb, vocabulary.verbs), (.noun, vocabulary.nouns), (.adjective, vocabulary.adjectives),
        ]
        for (part, byPolarity) in parts {
            for (name, words) in byPolarity.sorted(by: { $0.key < $1.key }) {
                guard let polarity = Stance.Polarity(rawValue: name) else { continue }
                for word in words {
                    if readings[word] == nil { order.append(word) }
                    readings[word, default: []].append(Cue(polarity: polarity, partOfSpeech: part))
                }
            }
        }
        var cues = PhraseIndex<[Cue]>()
        for word in order { cues.insert(word, readings[word] ?? [], words: &words) }
        self.cues = cues
        var negations = PhraseIndex<Bool>()
        for word in vocabulary.negations { negations.insert(word, true, words: &words) }
        self.negations = negations
        hedges = vocabulary.hedges
        hedgeWords = WordMap(vocabulary.hedges, in: &words)
        lightVerbs = WordSet(vocabulary.lightVerbs, in: &words)
        copulas = WordSet(vocabulary.copulas, in: &words)
        targetVerbs = WordSet(vocabulary.targetVerbs, in: &words)
        var nonStance = PhraseIndex<Bool>()
        for phrase in vocabulary.nonStance { nonStance.insert(phrase, true, words: &words) }
        self.nonStance = nonStance
        controlVerbs = WordSet(vocabulary.controlVerbs, in: &words)
        negatingControlVerbs = WordSet(vocabulary.negatingControlVerbs, in: &words)
        pronouns = vocabulary.pronouns
        pronounWords = WordMap(vocabulary.pronouns, in: &words)
        var anaphors = PhraseIndex<Bool>()
        for noun in vocabulary.anaphors { anaphors.insert(noun, true, words: &words) }
        self.anaphors = anaphors
        adjectiveActors = WordMap(vocabulary.adjectiveActors, in: &words)
    }
}
