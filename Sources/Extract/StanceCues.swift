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

    /// Every reading of a cue word: "support" is a verb and a noun.
    let cues: PhraseIndex<[Cue]>
    let negations: PhraseIndex<Bool>
    let hedges: [String: String]
    let lightVerbs: Set<String>
    let copulas: Set<String>
    let targetVerbs: Set<String>
    let nonStance: PhraseIndex<Bool>
    let controlVerbs: Set<String>
    let negatingControlVerbs: Set<String>
    let pronouns: [String: String]
    let anaphors: PhraseIndex<Bool>
    let adjectiveActors: [String: String]

    init(_ vocabulary: StanceVocabulary) {
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
        for word in order { cues.insert(word, readings[word] ?? []) }
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
        controlVerbs = Set(vocabulary.controlVerbs)
        negatingControlVerbs = Set(vocabulary.negatingControlVerbs)
        pronouns = vocabulary.pronouns
        var anaphors = PhraseIndex<Bool>()
        for noun in vocabulary.anaphors { anaphors.insert(noun, true) }
        self.anaphors = anaphors
        adjectiveActors = vocabulary.adjectiveActors
    }
}
