import ClaimsSeeds

/// `seeds/figures.json` as sets and phrase indexes.
///
/// A class, immutable once built, so that the finders share one copy of the tables: a
/// struct this size was copied into the stack frame of every look-up function.
final class FigureWords: Sendable {
    /// What a word after a number makes of it.
    enum UnitWord: Sendable, Equatable {
        case currency(String)
        case percent
        case percentagePoints
        case basisPoints
        case unit(String)
        /// Hundredths of a currency: `cts`, `pence`.
        case subunit(currency: String, factor: Double)
    }

    let scales: WordMap<Double>
    let gluedScalesOnly: WordSet
    let currencySymbols: PhraseIndex<String>
    /// ISO codes and their aliases as written (looked up by ``Token/form``) -> ISO code.
    let currencyCodes: WordMap<String>
    let currencyQualifiers: PhraseIndex<String>
    /// Currency words, percent words, point words and measurement units after a number.
    let unitWords: PhraseIndex<UnitWord>
    /// What a price or measure may be per: "per acre", "a share", "a barrel" (canonical noun).
    let rateDenominators: PhraseIndex<String>
    let countNouns: WordSet
    /// Count nouns in the singular, as an adjective writes them ("a 13-member group"), -> plural.
    let singularCountNouns: WordMap<String>
    let frequencyWords: WordMap<Double>
    let writtenNumbers: WordMap<Double>
    let qualifiers: PhraseIndex<Figure.Qualifier>
    let identifierWords: WordSet
    let months: WordMap<Int>
    let periodWords: WordMap<String>
    let changeVerbs: WordSet
    let notCountNouns: WordSet
    let qualifierFillers: PhraseIndex<Bool>
    let timeReferences: WordSet
    let multiplierFollowers: WordSet
    let rankingWords: WordSet
    let postQualifiers: PhraseIndex<Figure.Qualifier>
    let weightPoundsBefore: WordSet
    let periodNouns: WordSet
    let comparisonWords: WordSet
    let periodBases: WordSet
    let clockTimePrepositions: WordSet
    let rangeVerbs: WordSet
    /// Canonical units that measure time; they may be glued by a hyphen ("eight-year ban").
    let timeUnits = FigureWords.durations
    static let durations: Set<String> = ["year", "month", "week", "day", "hour"]

    init(_ v: FigureVocabulary, words: inout WordTable) {
        scales = WordMap(v.scales, in: &words)
        gluedScalesOnly = WordSet(v.gluedScalesOnly, in: &words)
        var symbols = PhraseIndex<String>()
        for (symbol, code) in v.currencies.symbols { symbols.insert(symbol, code, caseSensitive: true, words: &words) }
        currencySymbols = symbols
        let currencies = CurrencyNames(v.currencies)
        currencyCodes = WordMap(currencies.codes, in: &words)
        var currencyQualifiers = PhraseIndex<String>()
        for (word, code) in currencies.qualifiers { currencyQualifiers.insert(word, code, words: &words) }
        self.currencyQualifiers = currencyQualifiers
        var units = PhraseIndex<UnitWord>()
        for (phrase, code) in currencies.phrases { units.insert(phrase, .currency(code), words: &words) }
        for (written, code) in currencies.codes { units.insert(written, .currency(code), caseSensitive: true, words: &words) }
        for word in v.percentWords { units.insert(word, .percent, words: &words) }
        for word in v.percentagePointWords { units.insert(word, .percentagePoints, words: &words) }
        for word in v.basisPointWords { units.insert(word, .basisPoints, words: &words) }
        for (word, unit) in v.units { units.insert(word, .unit(unit), words: &words) }
        for (word, subunit) in v.subunits {
            units.insert(word, .subunit(currency: subunit.currency, factor: subunit.factor), words: &words)
        }
        unitWords = units
        var denominators = PhraseIndex<String>()
        for (word, unit) in v.units where !Self.durations.contains(unit) && unit != "barrels_per_day" {
            denominators.insert(word, unit, words: &words)
        }
        for (word, noun) in v.rateDenominators { denominators.insert(word, noun, words: &words) }
        rateDenominators = denominators
        countNouns = WordSet(v.countNouns, in: &words)
        var singulars: [String: String] = [:]
        for noun in v.countNouns where noun.hasSuffix("s") && !noun.hasSuffix("ss") { singulars[String(noun.dropLast())] = noun }
        singularCountNouns = WordMap(singulars, in: &words)
        frequencyWords = WordMap(v.frequencyWords, in: &words)
        writtenNumbers = WordMap(v.writtenNumbers, in: &words)
        var qualifiers = PhraseIndex<Figure.Qualifier>()
        for (phrase, name) in v.qualifiers {
            if let qualifier = Figure.Qualifier(rawValue: name) { qualifiers.insert(phrase, qualifier, words: &words) }
        }
        self.qualifiers = qualifiers
        identifierWords = WordSet(v.identifierWords, in: &words)
        months = WordMap(v.months, in: &words)
        periodWords = WordMap(v.periodWords, in: &words)
        changeVerbs = WordSet(v.changeVerbs, in: &words)
        notCountNouns = WordSet(v.notCountNouns, in: &words)
        var fillers = PhraseIndex<Bool>()
        for phrase in v.qualifierFillers { fillers.insert(phrase, true, words: &words) }
        qualifierFillers = fillers
        timeReferences = WordSet(v.timeReferences, in: &words)
        multiplierFollowers = WordSet(v.multiplierFollowers, in: &words)
        rankingWords = WordSet(v.rankingWords, in: &words)
        var post = PhraseIndex<Figure.Qualifier>()
        for (phrase, name) in v.postQualifiers {
            if let qualifier = Figure.Qualifier(rawValue: name) { post.insert(phrase, qualifier, words: &words) }
        }
        postQualifiers = post
        weightPoundsBefore = WordSet(v.weightPoundsBefore, in: &words)
        periodNouns = WordSet(v.periodNouns, in: &words)
        comparisonWords = WordSet(v.comparisonWords, in: &words)
        periodBases = WordSet(v.periodBases, in: &words)
        clockTimePrepositions = WordSet(v.clockTimePrepositions, in: &words)
        rangeVerbs = WordSet(v.rangeVerbs, in: &words)
    }
}
