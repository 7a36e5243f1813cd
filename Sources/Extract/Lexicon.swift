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
    let attribution: AttributionCues
    let figures: FigureWords
    let calendar: CalendarWords
    let metrics: PhraseIndex<String>
    let abbreviations: [String]
    let functionWords: WordSet
    /// The function words as text, for the words of a title (``Topic``).
    let topicStopWords: Set<String>
    let actors: ActorCues
    let stances: StanceCues

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
        attribution = AttributionCues(seeds.attribution, words: &words)
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
    /// demonyms and capitals. Matched exactly: place names are proper nouns.
    private static func placeIndex(_ vocabulary: PlaceVocabulary, words: inout WordTable) -> PhraseIndex<String> {
        var index = PhraseIndex<String>()
        for (name, code) in vocabulary.names { index.insert(name, code, caseSensitive: true, words: &words) }
        for (name, code) in vocabulary.demonyms { index.insert(name, code, caseSensitive: true, words: &words) }
        for (name, code) in vocabulary.capitals { index.insert(name, code, caseSensitive: true, words: &words) }
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
