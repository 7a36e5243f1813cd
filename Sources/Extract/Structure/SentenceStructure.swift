/// What the clause layer reads of one sentence: each token's class, its noun phrases, verb
/// groups, prepositional phrases and clauses. Figures, attribution and stances all read
/// this one structure (docs/clause-structure.md).
struct SentenceStructure: Sendable {
    let tags: [TaggedWord]
    let phrases: [NounPhrase]
    let groups: [VerbGroup]
    let prepositions: [PrepositionalPhrase]
    let clauses: [Clause]
    /// Token -> the noun phrase it belongs to.
    let phraseOfToken: [Int?]
    /// Noun phrase -> the prepositional phrase that governs it.
    let prepositionOfPhrase: [Int?]
    /// Verb group -> its clause.
    let clauseOfGroup: [Int?]

    init(tags: [TaggedWord], phrases: [NounPhrase], groups: [VerbGroup], prepositions: [PrepositionalPhrase], clauses: [Clause]) {
        self.tags = tags
        self.phrases = phrases
        self.groups = groups
        self.prepositions = prepositions
        self.clauses = clauses
        var phraseOfToken = [Int?](repeating: nil, count: tags.count)
        for (index, phrase) in phrases.enumerated() {
            for token in phrase.range where phraseOfToken[token] == nil { phraseOfToken[token] = index }
        }
        self.phraseOfToken = phraseOfToken
        var prepositionOfPhrase = [Int?](repeating: nil, count: phrases.count)
        for (index, pp) in prepositions.enumerated() {
            if let object = pp.object { prepositionOfPhrase[object] = index }
        }
        self.prepositionOfPhrase = prepositionOfPhrase
        var clauseOfGroup = [Int?](repeating: nil, count: groups.count)
        for (index, clause) in clauses.enumerated() { clauseOfGroup[clause.verb] = index }
        self.clauseOfGroup = clauseOfGroup
    }

    /// The structure of a sentence with no clause to read: no phrases, no groups.
    init(tokenCount: Int) {
        self.init(tags: [TaggedWord](repeating: TaggedWord(wordClass: .punctuation), count: tokenCount), phrases: [], groups: [],
                  prepositions: [], clauses: [])
    }

    /// The clause a noun phrase is the subject or object of, if any.
    func clause(ofPhrase phrase: Int) -> (clause: Int, role: Role)? {
        for (index, clause) in clauses.enumerated() {
            if clause.subject == phrase { return (index, .subject) }
            if clause.object == phrase { return (index, .object) }
        }
        return nil
    }

    /// The clause a noun phrase belongs to: the one it is the subject or object of, else the
    /// one its prepositional phrase (or the phrase that one hangs on) attaches to, up to four
    /// steps ("a 5 pct increase in sales of the company").
    func clause(above phrase: Int) -> Int? {
        var current = phrase
        for _ in 0..<4 {
            if let (clause, _) = clause(ofPhrase: current) { return clause }
            guard let pp = prepositionOfPhrase[current] else { return nil }
            switch prepositions[pp].attachment {
            case .verb(let group): return clauseOfGroup[group]
            case .noun(let owner): current = owner
            case .none: return nil
            }
        }
        return nil
    }

    /// The participle right after a noun phrase that it modifies as a passive verb would: "the
    /// 337,000 jobs added in October", "with 23,000 people killed". Nil where the participle
    /// has another subject or a finite form.
    func participle(after phrase: Int) -> Int? {
        let end = phrases[phrase].end
        guard let group = groups.firstIndex(where: { $0.start == end }), groups[group].form == .participle,
            clauseOfGroup[group].map({ clauses[$0].subject == nil || clauses[$0].subject == phrase }) ?? true
        else { return nil }
        return group
    }

    enum Role: Sendable, Equatable {
        case subject, object
    }
}
