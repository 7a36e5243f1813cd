import ClaimsSeeds

/// `seeds/grammar.json` as look-up tables over word ids, for ``WordClassTagger``.
///
/// A class, immutable once built, shared by every extraction (see ``StanceCues``).
final class Grammar: Sendable {
    let determiners: WordSet
    let quantifiers: WordSet
    let possessivePronouns: WordSet
    let subjectPronouns: WordSet
    let objectPronouns: WordSet
    let demonstratives: WordSet
    let prepositions: WordSet
    let coordinators: WordSet
    let subordinators: WordSet
    let relativePronouns: WordSet
    let be: WordSet
    let have: WordSet
    let `do`: WordSet
    let modals: WordSet
    let negations: WordSet
    let contractedNegatives: WordSet
    let adverbs: WordSet
    let particles: WordSet
    let copulas: WordSet
    let adjectives: WordSet
    let adverbExceptions: WordSet
    let timeNouns: WordSet
    let timeModifiers: WordSet
    let nominalGerunds: WordSet
    let verbOnlyForms: WordSet
    let adjectivalParticiples: WordSet
    /// Every form of the verbs of change that take no object ("rose", "falling").
    let measureVerbs: WordSet
    let objectControlVerbs: WordSet
    let infinitiveSubjectVerbs: WordSet
    let numberWords: WordSet
    let clauseVerbs: WordSet
    let gerundVerbs: WordSet
    let bareInfinitiveVerbs: WordSet
    let directBareInfinitiveVerbs: WordSet
    let ditransitiveVerbs: WordSet
    let freeRelatives: WordSet
    /// Every word some closed class holds, or that the tagger reads case by case: a word
    /// outside it skips those look-ups.
    let closedWords: WordSet
    /// The closed-class words the tagger reads case by case, in context ("that", "to", "as",
    /// "one"): only these go through its comparisons of text, not "the", "of" or "in".
    let caseByCaseWords: WordSet
    /// Every verb form, by word: "rose" is a past, "cut" a base, a past and a participle.
    let verbForms: WordMap<VerbForms>
    let nounSuffixes: [WordEnding]
    let adjectiveSuffixes: [WordEnding]
    /// Endings too long to pack, compared as text: (ending, is it an adjective's).
    let longSuffixes: [(String, WordClass)]

    init(_ vocabulary: GrammarVocabulary, words: inout WordTable) {
        determiners = WordSet(vocabulary.determiners, in: &words)
        quantifiers = WordSet(vocabulary.quantifiers, in: &words)
        possessivePronouns = WordSet(vocabulary.possessivePronouns, in: &words)
        subjectPronouns = WordSet(vocabulary.subjectPronouns, in: &words)
        objectPronouns = WordSet(vocabulary.objectPronouns, in: &words)
        demonstratives = WordSet(vocabulary.demonstratives, in: &words)
        prepositions = WordSet(vocabulary.prepositions, in: &words)
        coordinators = WordSet(vocabulary.coordinators, in: &words)
        subordinators = WordSet(vocabulary.subordinators, in: &words)
        relativePronouns = WordSet(vocabulary.relativePronouns, in: &words)
        be = WordSet(vocabulary.be, in: &words)
        have = WordSet(vocabulary.have, in: &words)
        `do` = WordSet(vocabulary.do, in: &words)
        modals = WordSet(vocabulary.modals, in: &words)
        negations = WordSet(vocabulary.negations, in: &words)
        contractedNegatives = WordSet(vocabulary.contractedNegatives, in: &words)
        adverbs = WordSet(vocabulary.adverbs, in: &words)
        particles = WordSet(vocabulary.particles, in: &words)
        copulas = WordSet(vocabulary.copulas, in: &words)
        adjectives = WordSet(vocabulary.adjectives, in: &words)
        adverbExceptions = WordSet(vocabulary.adverbExceptions, in: &words)
        timeNouns = WordSet(vocabulary.timeNouns, in: &words)
        timeModifiers = WordSet(vocabulary.timeModifiers, in: &words)
        nominalGerunds = WordSet(vocabulary.nominalGerunds, in: &words)
        verbOnlyForms = WordSet(vocabulary.verbOnlyForms ?? [], in: &words)
        adjectivalParticiples = WordSet(vocabulary.adjectivalParticiples ?? [], in: &words)
        objectControlVerbs = WordSet(vocabulary.objectControlVerbs, in: &words)
        infinitiveSubjectVerbs = WordSet(vocabulary.infinitiveSubjectVerbs, in: &words)
        numberWords = WordSet(vocabulary.numberWords, in: &words)
        clauseVerbs = WordSet(vocabulary.clauseVerbs, in: &words)
        gerundVerbs = WordSet(vocabulary.gerundVerbs, in: &words)
        bareInfinitiveVerbs = WordSet(vocabulary.bareInfinitiveVerbs, in: &words)
        directBareInfinitiveVerbs = WordSet(vocabulary.directBareInfinitiveVerbs, in: &words)
        ditransitiveVerbs = WordSet(vocabulary.ditransitiveVerbs, in: &words)
        freeRelatives = WordSet(vocabulary.freeRelatives, in: &words)
        let caseByCase = ["that", "to", "there", "no", "one", "as", "since", "before", "after", "until", "once", "more", "less", "most",
                          "least", "much", "like", "up", "down", "out", "off", "back", "over", "away", "around", "along", "through",
                          "this", "these", "those", "each", "both", "all", "some", "many", "none", "few", "several", "little",
                          "about", "under", "roughly", "approximately", "nearly", "almost", "at", "than", "own", "thanks", "because"]
        caseByCaseWords = WordSet(caseByCase, in: &words)
        closedWords = WordSet(vocabulary.determiners + vocabulary.quantifiers + vocabulary.possessivePronouns + vocabulary.subjectPronouns
            + vocabulary.objectPronouns + vocabulary.prepositions + vocabulary.coordinators + vocabulary.subordinators
            + vocabulary.relativePronouns + vocabulary.be + vocabulary.have + vocabulary.do + vocabulary.modals + vocabulary.negations
            + caseByCase, in: &words)
        var forms: [String: VerbForms] = [:]
        for base in vocabulary.verbs {
            for (form, kind) in VerbForms.regularForms(of: base) { forms[form, default: []].formUnion(kind) }
        }
        for irregular in vocabulary.irregularVerbs where irregular.count == 3 {
            let (base, past, participle) = (irregular[0], irregular[1], irregular[2])
            forms[base, default: []].formUnion(.base)
            for (form, kind) in VerbForms.regularForms(of: base) where kind.contains(.present) || kind.contains(.gerund) {
                forms[form, default: []].formUnion(kind)
            }
            forms[past, default: []].formUnion(.past)
            forms[participle, default: []].formUnion(.participle)
        }
        let irregularForms = Dictionary(vocabulary.irregularVerbs.filter { $0.count == 3 }.map { ($0[0], [$0[1], $0[2]]) }, uniquingKeysWith: { a, _ in a })
        measureVerbs = WordSet((vocabulary.measureVerbs ?? []).flatMap { base in VerbForms.regularForms(of: base).map(\.0) + (irregularForms[base] ?? []) },
                               in: &words)
        var verbForms = WordMap<VerbForms>()
        for (form, kind) in forms { verbForms[words.intern(form)] = kind }
        self.verbForms = verbForms
        nounSuffixes = vocabulary.nounSuffixes.compactMap(WordEnding.init)
        adjectiveSuffixes = vocabulary.adjectiveSuffixes.compactMap(WordEnding.init)
        longSuffixes = vocabulary.adjectiveSuffixes.filter { WordEnding($0) == nil }.map { ($0, .adjective) }
            + vocabulary.nounSuffixes.filter { WordEnding($0) == nil }.map { ($0, .noun) }
    }

    func isAuxiliary(_ word: Word) -> Bool { be.contains(word) || have.contains(word) || `do`.contains(word) }

    /// A word no list names that ends like a noun ("-tion", "-ment") or an adjective ("-ous").
    func suffixClass(_ lower: String) -> WordClass? {
        let count = lower.utf8.count
        guard count > 4 else { return nil }
        let tail = WordEnding.tail(of: lower)
        func endsLong(_ wordClass: WordClass) -> Bool {
            longSuffixes.contains { $0.1 == wordClass && $0.0.utf8.count < count && lower.hasSuffix($0.0) }
        }
        if adjectiveSuffixes.contains(where: { $0.ends(tail, count: count) }) || endsLong(.adjective) { return .adjective }
        if nounSuffixes.contains(where: { $0.ends(tail, count: count) }) || endsLong(.noun) { return .noun }
        return nil
    }
}
