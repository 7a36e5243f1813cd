import ClaimsSeeds
import Foundation

/// The vocabularies of `seeds/` (with a database's own additions merged in, when the store
/// builds it for ingest), compiled into look-up structures once and shared by every
/// extraction. Building one is the only costly step; extraction itself only reads it.
public struct Lexicon: Sendable {
    /// The source registry the aliases point into.
    public let sources: [SourceSeed]
    /// Every word of the vocabularies below, by the id tokens are looked up with.
    let words: WordTable
    let aliases: PhraseIndex<String>
    let places: PhraseIndex<String>
    /// Country names alone, without demonyms and capitals: what "the country" refers to.
    let countryNames: PhraseIndex<String>
    let attribution: AttributionCues
    let speakers: SpeakerWords
    let figures: FigureWords
    let calendar: CalendarWords
    let metrics: PhraseIndex<String>
    let abbreviations: [String]
    let functionWords: WordSet
    /// The function words as text, for the words of a title (``Topic``).
    let topicStopWords: Set<String>
    let actors: ActorCues
    let stances: StanceCues
    /// Word classes for the clause layer.
    let grammar: Grammar
    /// Verb forms -> the quantity they produce ("exported" -> "exports").
    let verbMetrics: WordMap<String>
    let holderNouns: WordSet
    let regionWords: WordSet
    let containerNouns: WordSet
    let purchaseVerbs: WordSet
    /// Wholes -> what a percentage of them is ("market" -> "market share").
    let shareMetrics: WordMap<String>
    /// Debts -> the rate a percentage before them is ("debentures" -> "coupon").
    let rateNouns: WordMap<String>
    /// Nouns for people, counted by a verb's quantity.
    let personNouns: Set<String>
    /// Keys that are rates of change themselves ("gdp_growth").
    let rateMetrics: Set<String>
    /// Nouns that count without saying what ("units").
    let genericCountNouns: Set<String>
    /// Nouns before a metric that do not narrow it ("total", "record").
    let broadModifiers: Set<String>
    /// Key of a level -> the key of its growth, for a percentage of it ("gdp" -> "gdp_growth").
    let percentGrowth: [String: String]
    /// Verb forms of cutting, the nouns of jobs they cut, and the metric that makes ("cut
    /// 1,900 jobs": job cuts).
    /// Verbs that make a count of jobs a metric of its own (cuts, jobs created).
    let jobVerbs: [JobVerbMetric]
    /// Keys of quantities always of one commodity, and the commodity nouns that narrow them.
    let commodityMetrics: Set<String>
    let commodities: CommodityNames
    /// Keys of national statistics, placed by a wire story's dateline.
    let nationalMetrics: Set<String>
    /// Lower-cased dateline city -> its country.
    let datelineCities: [String: String]
    /// Words that end a company's name, as written ("Inc", "AG").
    let companySuffixes: WordSet
    let formerStates: [PlaceVocabulary.FormerState]
    let companyNouns: WordSet

    public init(_ seeds: SeedVocabularies) {
        sources = seeds.sources
        var words = WordTable()
        var aliases = PhraseIndex<String>()
        for source in seeds.sources {
            for alias in source.aliases + [source.name] {
                aliases.insert(alias, source.key, caseSensitive: !alias.contains(" "), words: &words)
            }
        }
        self.aliases = aliases
        places = Self.placeIndex(seeds.places, words: &words)
        countryNames = Self.placeIndex(seeds.places, namesOnly: true, words: &words)
        attribution = AttributionCues(seeds.attribution, words: &words)
        speakers = SpeakerWords(seeds.speakers, legalForms: seeds.places.companySuffixes, words: &words)
        figures = FigureWords(seeds.figures, words: &words)
        calendar = CalendarWords(seeds.calendar, figures: seeds.figures, words: &words)
        var metrics = PhraseIndex<String>()
        for (key, phrases) in seeds.metrics.metrics.sorted(by: { $0.key < $1.key }) {
            for phrase in phrases { metrics.insert(phrase, key, words: &words) }
        }
        self.metrics = metrics
        abbreviations = seeds.text.abbreviations
        functionWords = WordSet(seeds.text.functionWords, in: &words)
        topicStopWords = Set(seeds.text.functionWords)
        actors = ActorCues(actors: seeds.actors, places: seeds.places, words: &words)
        stances = StanceCues(seeds.stances, words: &words)
        grammar = Grammar(seeds.grammar, words: &words)
        var verbMetrics = WordMap<String>()
        let irregular = Dictionary(seeds.grammar.irregularVerbs.filter { $0.count == 3 }.map { ($0[0], [$0[1], $0[2]]) }, uniquingKeysWith: { a, _ in a })
        for (base, quantity) in seeds.metrics.verbMetrics {
            let forms = VerbForms.regularForms(of: base).map(\.0) + (irregular[base] ?? [])
            for form in forms { verbMetrics[words.intern(form)] = quantity }
        }
        self.verbMetrics = verbMetrics
        holderNouns = WordSet(seeds.metrics.holderNouns, in: &words)
        regionWords = WordSet(seeds.metrics.regionWords, in: &words)
        containerNouns = WordSet(seeds.metrics.containerNouns, in: &words)
        purchaseVerbs = WordSet(seeds.metrics.purchaseVerbs, in: &words)
        var shareMetrics = WordMap<String>()
        for (whole, share) in seeds.metrics.shareMetrics ?? [:] { shareMetrics[words.intern(whole)] = share }
        self.shareMetrics = shareMetrics
        var rateNouns = WordMap<String>()
        for (debt, rate) in seeds.metrics.rateNouns ?? [:] { rateNouns[words.intern(debt)] = rate }
        self.rateNouns = rateNouns
        personNouns = Set(seeds.metrics.personNouns ?? [])
        rateMetrics = Set(seeds.metrics.rateMetrics ?? [])
        genericCountNouns = Set(seeds.metrics.genericCountNouns ?? [])
        broadModifiers = Set(seeds.metrics.broadModifiers ?? [])
        percentGrowth = seeds.metrics.percentGrowth ?? [:]
        jobVerbs = [seeds.metrics.jobCuts, seeds.metrics.jobGains].compactMap { seed in
            guard let seed else { return nil }
            let forms = seed.verbs.flatMap { base in VerbForms.regularForms(of: base).map(\.0) + (irregular[base] ?? []) }
            return JobVerbMetric(verbs: WordSet(forms, in: &words), nouns: Set(seed.nouns), metric: seed.metric.split(separator: " ").map(String.init))
        }
        nationalMetrics = Set(seeds.metrics.nationalMetrics)
        commodityMetrics = Set(seeds.metrics.commodityMetrics ?? [])
        commodities = CommodityNames(seeds.metrics.commodities ?? [], in: &words)
        datelineCities = Dictionary(seeds.places.datelineCities.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        companySuffixes = WordSet(seeds.places.companySuffixes, in: &words)
        formerStates = seeds.places.formerStates
        companyNouns = WordSet(seeds.places.companyNouns, in: &words)
        self.words = words
    }

    /// The lexicon of the seeds compiled into this binary.
    public static func builtIn() throws(SeedError) -> Lexicon {
        try cached.get()
    }

    private static let cached: Result<Lexicon, SeedError> = Result { () throws(SeedError) in
        Lexicon(try SeedVocabularies.builtIn())
    }

    /// Country names from Foundation's Locale (English), then the seeds' own names,
    /// demonyms and capitals (unless `namesOnly`). Matched exactly: place names are proper nouns.
    private static func placeIndex(_ vocabulary: PlaceVocabulary, namesOnly: Bool = false, words: inout WordTable) -> PhraseIndex<String> {
        var index = PhraseIndex<String>()
        for (name, code) in vocabulary.names { index.insert(name, code, caseSensitive: true, words: &words) }
        if !namesOnly {
            for (name, code) in vocabulary.demonyms { index.insert(name, code, caseSensitive: true, words: &words) }
            for (name, code) in vocabulary.capitals { index.insert(name, code, caseSensitive: true, words: &words) }
        }
        let english = Locale(identifier: "en_US")
        for region in Locale.Region.isoRegions {
            let code = region.identifier
            guard code.count == 2, code.allSatisfy({ $0.isLetter }),
                var name = english.localizedString(forRegionCode: code)
            else { continue }
            if let paren = name.firstIndex(of: "(") { name = String(name[..<paren]).trimmingCharacters(in: .whitespaces) }
            index.insert(name, code, caseSensitive: true, words: &words)
        }
        return index
    }
}
