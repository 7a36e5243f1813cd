import ClaimsSeeds

/// `seeds/stances.json` as look-up structures.
struct StanceCues: Sendable {
    enum PartOfSpeech: Sendable, Equatable {
        case verb, noun, adjective
    }

    struct Cue: Sendable, Equatable {
        var polarity: Stance.Polarity
        var partOfSpeech: PartOfSpeech
    }

    let cues: PhraseIndex<Cue>
    let negations: PhraseIndex<Bool>
    let hedges: [String: String]
    let lightVerbs: Set<String>
    let copulas: Set<String>
    let targetVerbs: Set<String>
    let nonStance: PhraseIndex<Bool>

    init(_ vocabulary: StanceVocabulary) {
        var cues = PhraseIndex<Cue>()
        let parts: [(PartOfSpeech, [String: [String]])] = [
            (.adjective, vocabulary.adjectives), (.verb, vocabulary.verbs), (.noun, vocabulary.nouns),
        ]
        for (part, byPolarity) in parts {
            for (name, words) in byPolarity.sorted(by: { $0.key < $1.key }) {
                guard let polarity = Stance.Polarity(rawValue: name) else { continue }
                for word in words { cues.insert(word, Cue(polarity: polarity, partOfSpeech: part)) }
            }
        }
        self.cues = cues
        var negations = PhraseIndex<Bool>()
        for word in vocabulary.negations { negations.insert(word, true) }
        self.negations = negations
        hedges = vocabulary.hedges
        lightVerbs = Set(vocabulary.lightVerbs)
        copulas = Set(vocabulary.copulas)
        targetVerbs = Set(vocabulary.targetVerbs)
        var nonStance = PhraseIndex<Bool>()
        for phrase in vocabulary.nonStance { nonStance.insert(phrase, true) }
        self.nonStance = nonStance
    }
}
