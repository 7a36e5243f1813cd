/// Stance cues and the words around them (`seeds/stances.json`).
public struct StanceVocabulary: Codable, Sendable {
    /// Polarity (`support`, `oppose`, `neutral`) -> cue words of that part of speech.
    public var verbs: [String: [String]]
    public var nouns: [String: [String]]
    public var adjectives: [String: [String]]
    /// Words that flip a cue before it: "does not support".
    public var negations: [String]
    /// Words that qualify a stance -> the qualifier: "conditionally" -> `conditional`.
    public var hedges: [String: String]
    /// Verbs that carry a noun cue for their subject: "Russia signals support", "gave backing".
    public var lightVerbs: [String]
    /// Verbs that link a subject to an adjective cue: "remain cautious".
    public var copulas: [String]
    /// "view the plan as a stepping stone": verbs whose object is the target of a later cue.
    public var targetVerbs: [String]
    /// Uses of cue words that take no side: "technical support", "price supports".
    public var nonStance: [String]
    /// Verbs that pass a stance through "to": "voted to endorse", "is prepared to back".
    public var controlVerbs: [String]
    /// Control verbs that negate it: "refused to back".
    public var negatingControlVerbs: [String]
    /// Pronouns that stand for an actor named earlier in the sentence, and what they can stand for.
    public var pronouns: [String: String]
    /// Nouns that stand for an institution named earlier: "the fund", "the agency".
    public var anaphors: [String]
    /// Adjectives that name who holds a noun cue: "public opposition" is the public's.
    public var adjectiveActors: [String: String]

    enum CodingKeys: String, CodingKey {
        case verbs, nouns, adjectives, negations, hedges
        case lightVerbs = "light_verbs"
        case copulas
        case targetVerbs = "target_verbs"
        case nonStance = "non_stance"
        case controlVerbs = "control_verbs"
        case negatingControlVerbs = "negating_control_verbs"
        case pronouns, anaphors
        case adjectiveActors = "adjective_actors"
    }
}
