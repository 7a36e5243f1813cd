import ClaimsSeeds

/// `seeds/figures.json` as sets and phrase indexes.
struct FigureWords: Sendable {
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

    let scales: [String: Double]
    let gluedScalesOnly: Set<String>
    let currencySymbols: PhraseIndex<String>
    let currencyCodes: Set<String>
    let currencyQualifiers: PhraseIndex<String>
    /// Currency words, percent words, point words and measurement units after a number.
    let unitWords: PhraseIndex<UnitWord>
    let countNouns: Set<String>
    let frequencyWords: [String: Double]
    let writtenNumbers: [String: Double]
    let qualifiers: PhraseIndex<Figure.Qualifier>
    let identifierWords: Set<String>
    let months: [String: Int]
    let periodWords: [String: String]
    let changeVerbs: Set<String>
    let notCountNouns: Set<String>
    let qualifierFillers: PhraseIndex<Bool>
    let timeReferences: Set<String>
    let multiplierFollowers: Set<String>
    let rankingWords: Set<String>
    let postQualifiers: PhraseIndex<Figure.Qualifier>
    let weightPoundsBefore: Set<String>
    let periodNouns: Set<String>
    let comparisonWords: Set<String>
    let periodBases: Set<String>
    /// Canonical units that measure time; they may be glued by a hyphen ("eight-year ban").
    let timeUnits: Set<String> = ["year", "month", "week", "day", "hour"]

    init(_ v: FigureVocabulary) {
        scales = v.scales
        gluedScalesOnly = Set(v.gluedScalesOnly)
        var symbols = PhraseIndex<String>()
        for (symbol, code) in v.currencySymbols { symbols.insert(symbol, code, caseSensitive: true) }
        currencySymbols = symbols
        currencyCodes = Set(v.currencyCodes)
        var currencyQualifiers = PhraseIndex<String>()
        for (word, code) in v.currencyQualifiers { currencyQualifiers.insert(word, code) }
        self.currencyQualifiers = currencyQualifiers
        var units = PhraseIndex<UnitWord>()
        for (word, code) in v.currencyWords { units.insert(word, .currency(code)) }
        for code in v.currencyCodes { units.insert(code, .currency(code == "ECU" ? "XEU" : code), caseSensitive: true) }
        for word in v.percentWords { units.insert(word, .percent) }
        for word in v.percentagePointWords { units.insert(word, .percentagePoints) }
        for word in v.basisPointWords { units.insert(word, .basisPoints) }
        for (word, unit) in v.units { units.insert(word, .unit(unit)) }
        for (word, subunit) in v.subunits { units.insert(word, .subunit(currency: subunit.currency, factor: subunit.factor)) }
        unitWords = units
        countNouns = Set(v.countNouns)
        frequencyWords = v.frequencyWords
        writtenNumbers = v.writtenNumbers
        var qualifiers = PhraseIndex<Figure.Qualifier>()
        for (phrase, name) in v.qualifiers {
            if let qualifier = Figure.Qualifier(rawValue: name) { qualifiers.insert(phrase, qualifier) }
        }
        self.qualifiers = qualifiers
        identifierWords = Set(v.identifierWords)
        months = v.months
        periodWords = v.periodWords
        changeVerbs = Set(v.changeVerbs)
        notCountNouns = Set(v.notCountNouns)
        var fillers = PhraseIndex<Bool>()
        for phrase in v.qualifierFillers { fillers.insert(phrase, true) }
        qualifierFillers = fillers
        timeReferences = Set(v.timeReferences)
        multiplierFollowers = Set(v.multiplierFollowers)
        rankingWords = Set(v.rankingWords)
        var post = PhraseIndex<Figure.Qualifier>()
        for (phrase, name) in v.postQualifiers {
            if let qualifier = Figure.Qualifier(rawValue: name) { post.insert(phrase, qualifier) }
        }
        postQualifiers = post
        weightPoundsBefore = Set(v.weightPoundsBefore)
        periodNouns = Set(v.periodNouns)
        comparisonWords = Set(v.comparisonWords)
        periodBases = Set(v.periodBases)
    }
}
