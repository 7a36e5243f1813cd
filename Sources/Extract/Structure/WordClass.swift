/// The part of speech the clause layer gives a token. Coarse on purpose: enough to find
/// noun phrases, verb groups and clauses, from closed-class lists, verb forms, suffixes and
/// the words around a token (``WordClassTagger``).
enum WordClass: UInt8, Sendable, Equatable {
    case noun, properNoun, pronoun
    case verb, auxiliary, modal
    case adjective, adverb
    case determiner, quantifier, possessivePronoun
    case preposition, coordinator, subordinator, relative
    /// "to" before a verb.
    case infinitiveTo
    case negation, number, punctuation
    /// The "s" of "Kenya's" (the tokenizer splits the apostrophe off).
    case possessiveMarker
    /// "cut back", "set up".
    case particle
    /// "there" in "there is".
    case existential
    /// "$", "£", "%".
    case symbol

    /// Words a noun phrase may end on.
    var isNominal: Bool { self == .noun || self == .properNoun || self == .pronoun || self == .number || self == .symbol }
    /// Words that may stand before a noun phrase's head.
    var isPrenominal: Bool {
        switch self {
        case .determiner, .quantifier, .possessivePronoun, .adjective, .noun, .properNoun, .number, .symbol: return true
        default: return false
        }
    }
    var isVerbal: Bool { self == .verb || self == .auxiliary || self == .modal }
}

/// The inflection of a verb token.
enum VerbForm: UInt8, Sendable, Equatable {
    case none, base, present, past, participle, gerund
}

/// A token's class and, for verbs, its form.
struct TaggedWord: Sendable, Equatable {
    var wordClass: WordClass
    var verbForm: VerbForm = .none
}

extension TaggedWord {
    /// A finite verb, an auxiliary or a modal: what a clause needs one of.
    var isFinite: Bool {
        wordClass == .modal || wordClass == .auxiliary || (wordClass == .verb && (verbForm == .past || verbForm == .present))
    }
}
