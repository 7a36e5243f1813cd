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
    let nominalGerunds: WordSet
    let objectControlVerbs: WordSet
    let numberWords: WordSet
    let clauseVerbs: WordSet
    let gerundVerbs: WordSet
    /// Every word some closed class holds, or that the tagger reads case by case: a word
    /// outside it skips those look-ups.
    let closedWords: WordSet
    /// Every verb form, by word: "rose" is a past, "cut" a base, a past and a participle.
    let verbForms: WordMap<VerbForms>
    let nounSuffixes: [[UInt8]]
    let adjectiveSuffixes: [[UInt8]]

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
        nominalGerunds = WordSet(vocabulary.nominalGerunds, in: &words)
        objectControlVerbs = WordSet(vocabulary.objectControlVerbs, in: &words)
        numberWords = WordSet(vocabulary.numberWords, in: &words)
        clauseVerbs = WordSet(vocabulary.clauseVerbs, in: &words)
        gerundVerbs = WordSet(vocabulary.gerundVerbs, in: &words)
        let caseByCase = ["that", "to", "there", "no", "one", "as", "since", "before", "after", "until", "once", "more", "less", "most",
                          "least", "much", "like", "up", "down", "out", "off", "back", "over", "away", "around", "along", "through",
                          "this", "these", "those", "each", "both", "all", "some", "many", "none", "few", "several", "little",
                          "about", "under", "roughly", "approximately", "nearly", "almost", "at", "than"]
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
        var verbForms = WordMap<VerbForms>()
        for (form, kind) in forms { verbForms[words.intern(form)] = kind }
        self.verbForms = verbForms
        nounSuffixes = vocabulary.nounSuffixes.sorted { $0.count > $1.count }.map { Array($0.utf8) }
        adjectiveSuffixes = vocabulary.adjectiveSuffixes.sorted { $0.count > $1.count }.map { Array($0.utf8) }
    }

    func isAuxiliary(_ word: Word) -> Bool { be.contains(word) || have.contains(word) || `do`.contains(word) }

    /// A word no list names that ends like a noun ("-tion", "-ment") or an adjective ("-ous").
    func suffixClass(_ lower: String) -> WordClass? {
        let bytes = Array(lower.utf8)
        let n = bytes.count
        guard n > 4 else { return nil }
        func ends(with suffix: [UInt8]) -> Bool {
            guard suffix.count < n else { return false }
            var k = 0
            while k < suffix.count {
                if bytes[n - suffix.count + k] != suffix[k] { return false }
                k += 1
            }
            return true
        }
        for suffix in adjectiveSuffixes where ends(with: suffix) { return .adjective }
        for suffix in nounSuffixes where ends(with: suffix) { return .noun }
        return nil
    }
}
