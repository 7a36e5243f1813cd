/// A noun phrase of a sentence, by token index: "Kenya's economy", "the 1986 trade deficit",
/// "5 mln tonnes". Prepositional phrases after it are not part of it; they are
/// ``PrepositionalPhrase``s that attach to it.
struct NounPhrase: Sendable, Equatable {
    var start: Int
    /// One past the last token.
    var end: Int
    /// The word the phrase is about: "deficit" in "the 1986 trade deficit".
    var head: Int
    /// The phrase that owns it: "Kenya" for "Kenya's economy" (an index into the phrases).
    var possessor: Int?
    /// The phrase is a pronoun ("it", "they", "which").
    var isPronoun = false
    /// Other members of a coordination this phrase opens: "France" gets "Germany" and
    /// "Italy" in "France, Germany and Italy" (indexes into the phrases).
    var conjuncts: [Int] = []
    /// A phrase in apposition to it: "the Confederation of British Industry (CBI)", "Mr Brown,
    /// the chancellor," (an index into the phrases).
    var apposition: Int?

    var range: Range<Int> { start..<end }
}

/// "in Brazil", "of 5 pct", "by the IMF": a preposition and the phrase it governs, and what
/// it attaches to.
struct PrepositionalPhrase: Sendable, Equatable {
    enum Attachment: Sendable, Equatable {
        /// To the noun phrase before it: "output in Brazil" (an index into the phrases).
        case noun(Int)
        /// To a verb group: "rose to 5 pct" (an index into the verb groups).
        case verb(Int)
        case none
    }

    var preposition: Int
    /// The noun phrase it governs (an index into the phrases); nil for "by raising rates".
    var object: Int?
    var attachment: Attachment
}

/// A verb with its auxiliaries, modals, negation and adverbs: "should expand", "has not
/// been cut", "to raise".
struct VerbGroup: Sendable, Equatable {
    enum Form: Sendable, Equatable {
        /// With tense: "rose", "will rise", "has risen".
        case finite
        /// "to rise".
        case infinitive
        /// "rising", "saying".
        case gerund
        /// "backed by", "compared with".
        case participle
    }

    var start: Int
    var end: Int
    /// The main verb, or the last auxiliary where there is none ("is" in "is 5 pct").
    var head: Int
    var form: Form
    var negated: Bool
    var passive: Bool
    /// A modal of the group ("should"), for hedges.
    var modal: Int?
    /// The head is "be", "remain", "seem" ...: what follows is a complement, not an object.
    var isCopula: Bool

    var range: Range<Int> { start..<end }
}

/// A clause: its verb group, subject and object or complement.
struct Clause: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case main
        /// After "because", "that", "while", "if", "as" ...
        case subordinate
        /// "which rose", "who said".
        case relative
        /// "rose 5 pct and closed at", the second verb: the subject is shared.
        case coordinated
        /// ", saying ...", "backed by ...", "to raise rates".
        case nonFinite
    }

    var kind: Kind
    /// An index into the verb groups.
    var verb: Int
    /// The subject written in the clause (an index into the phrases); nil where the clause
    /// has none of its own.
    var subject: Int?
    /// A relative pronoun standing as the subject ("which" in "which rose"), by token.
    var relativeSubject: Int?
    /// The subject the clause shares with the one it hangs from: "closed" in "rose and
    /// closed", "saying" in "the IMF said, saying ...", the antecedent of "which".
    var sharedSubject: Int?
    /// The object or, after a copula, the noun complement (indexes into the phrases); also the
    /// amount after a verb of change ("rose 5 pct"), which `objectIsMeasure` tells apart.
    var object: Int?
    /// The object is an amount that says how much a verb of change changed ("rose 5 pct"), an
    /// adverbial rather than what the verb acts on. Figures read it as the object's slot.
    var objectIsMeasure = false
    /// An adjective complement ("remained cautious"), by token.
    var adjectiveComplement: Int?
    /// The subject follows the verb: "..., said the IMF".
    var isInverted = false

    /// The subject to read: its own, else the one it shares.
    var effectiveSubject: Int? { subject ?? sharedSubject }
}
