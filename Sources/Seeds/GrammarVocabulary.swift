/// The word classes the clause layer reads (`seeds/grammar.json`): the closed classes of
/// English, verb bases with the irregular forms (regular forms are made by rule), and the
/// suffixes that tell the class of a word no list names.
public struct GrammarVocabulary: Codable, Sendable {
    public var determiners: [String]
    public var quantifiers: [String]
    public var possessivePronouns: [String]
    public var subjectPronouns: [String]
    public var objectPronouns: [String]
    public var demonstratives: [String]
    public var prepositions: [String]
    public var coordinators: [String]
    public var subordinators: [String]
    public var relativePronouns: [String]
    public var be: [String]
    public var have: [String]
    public var `do`: [String]
    public var modals: [String]
    public var negations: [String]
    /// "didn" of "didn't": the tokenizer splits the apostrophe off.
    public var contractedNegatives: [String]
    public var adverbs: [String]
    public var particles: [String]
    /// Verbs that take a complement instead of an object ("remained cautious").
    public var copulas: [String]
    public var adjectives: [String]
    /// Words in -ly that are not adverbs ("supply", "Italy", "quarterly" as an adjective).
    public var adverbExceptions: [String]
    public var nounSuffixes: [String]
    public var adjectiveSuffixes: [String]
    /// Nouns that name a time and act as adverbs ("sales rose last week").
    public var timeNouns: [String]
    /// Words that make a time noun after them a time phrase: "last year", "the whole year".
    public var timeModifiers: [String]
    /// Words in -ing that are used as nouns or noun modifiers ("trading losses", "bank lending").
    public var nominalGerunds: [String]
    /// Verb forms in -s that are never plural nouns ("says", "expects"), wherever they stand.
    /// Optional.
    public var verbOnlyForms: [String]?
    /// Participles that after "be" say how someone is, as adjectives do ("is worried", "were
    /// pleased"), not what was done to them. Optional.
    public var adjectivalParticiples: [String]?
    /// Bases of verbs of change that take no object: the amount after them ("rose 5 pct") says
    /// by how much, not what they act on. Optional.
    public var measureVerbs: [String]?
    /// Verbs that take a clause as their complement, with or without "that" ("said sales rose").
    public var clauseVerbs: [String]
    /// Verbs that take a gerund as their object ("keeps rising"); before a gerund any other
    /// plural is a noun ("growth forecasts slipping").
    public var gerundVerbs: [String]
    /// Numbers written as words ("three daily flights").
    public var numberWords: [String]
    /// Verbs followed by a noun phrase and an infinitive whose subject that phrase is: "urged
    /// the bank to cut rates", "expects the deal to close".
    public var objectControlVerbs: [String]
    /// Verbs whose phrase before an infinitive is only its subject, not their own object:
    /// "expects the deal to close", "lets Apple get away" (but "urged the bank", "help the school").
    public var infinitiveSubjectVerbs: [String]
    /// Verbs whose object is the subject of a bare infinitive after it: "let the pound fall",
    /// "helped the economy grow", "help relax them".
    public var bareInfinitiveVerbs: [String]
    /// Those that also take the infinitive straight after them: "help relax them".
    public var directBareInfinitiveVerbs: [String]
    /// Verbs that take two objects, whom and what: "grants users the right", "gave them a place".
    public var ditransitiveVerbs: [String]
    /// Words that open a clause standing for a noun phrase, as its subject or before it: "what
    /// happened", "whatever comes next", "how training goes".
    public var freeRelatives: [String]
    /// Verb bases; their regular forms are made by rule.
    public var verbs: [String]
    /// Irregular verbs: base, past, past participle.
    public var irregularVerbs: [[String]]

    enum CodingKeys: String, CodingKey {
        case determiners, quantifiers, demonstratives, prepositions, coordinators, subordinators, be, have, `do`, modals
        case negations, adverbs, particles, copulas, adjectives, verbs
        case possessivePronouns = "possessive_pronouns"
        case subjectPronouns = "subject_pronouns"
        case objectPronouns = "object_pronouns"
        case relativePronouns = "relative_pronouns"
        case contractedNegatives = "contracted_negatives"
        case adverbExceptions = "adverb_exceptions"
        case nounSuffixes = "noun_suffixes"
        case adjectiveSuffixes = "adjective_suffixes"
        case timeNouns = "time_nouns"
        case timeModifiers = "time_modifiers"
        case irregularVerbs = "irregular_verbs"
        case nominalGerunds = "nominal_gerunds"
        case verbOnlyForms = "verb_only_forms"
        case adjectivalParticiples = "adjectival_participles"
        case measureVerbs = "measure_verbs"
        case objectControlVerbs = "object_control_verbs"
        case infinitiveSubjectVerbs = "infinitive_subject_verbs"
        case bareInfinitiveVerbs = "bare_infinitive_verbs"
        case directBareInfinitiveVerbs = "direct_bare_infinitive_verbs"
        case ditransitiveVerbs = "ditransitive_verbs"
        case freeRelatives = "free_relatives"
        case numberWords = "number_words"
        case clauseVerbs = "clause_verbs"
        case gerundVerbs = "gerund_verbs"
    }
}
