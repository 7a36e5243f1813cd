import Foundation

/// The vocabularies shipped in `seeds/`, decoded from the copies compiled into the binary.
///
/// Every lexicon claimsdb uses is data, not code: to teach it a new alias, currency or
/// metric synonym, edit the JSON under `seeds/` and rebuild. A test decodes each file, so a
/// malformed seed fails the build's tests rather than a user's ingest.
public struct SeedVocabularies: Sendable {
    public var sources: [SourceSeed]
    public var figures: FigureVocabulary
    public var metrics: MetricVocabulary
    public var places: PlaceVocabulary
    public var text: TextVocabulary
    public var attribution: AttributionVocabulary
    public var speakers: SpeakerVocabulary
    public var actors: ActorVocabulary
    public var stances: StanceVocabulary
    public var grammar: GrammarVocabulary
    public var calendar: CalendarVocabulary

    /// The seeds compiled into this binary. Decoded once per process.
    public static func builtIn() throws(SeedError) -> SeedVocabularies {
        try cached.get()
    }

    private static let cached: Result<SeedVocabularies, SeedError> = Result { () throws(SeedError) in
        SeedVocabularies(
            sources: try decode([SourceSeed].self, PackageResources.sources_json, "sources.json"),
            figures: try decode(FigureVocabulary.self, PackageResources.figures_json, "figures.json"),
            metrics: try decode(MetricVocabulary.self, PackageResources.metrics_json, "metrics.json"),
            places: try decode(PlaceVocabulary.self, PackageResources.places_json, "places.json"),
            text: try decode(TextVocabulary.self, PackageResources.text_json, "text.json"),
            attribution: try decode(
                AttributionVocabulary.self, PackageResources.attribution_json, "attribution.json"),
            speakers: try decode(SpeakerVocabulary.self, PackageResources.speakers_json, "speakers.json"),
            actors: try decode(ActorVocabulary.self, PackageResources.actors_json, "actors.json"),
            stances: try decode(StanceVocabulary.self, PackageResources.stances_json, "stances.json"),
            grammar: try decode(GrammarVocabulary.self, PackageResources.grammar_json, "grammar.json"),
            calendar: try decode(CalendarVocabulary.self, PackageResources.calendar_json, "calendar.json"))
    }

    private static func decode<T: Decodable>(
        _ type: T.Type, _ bytes: [UInt8], _ name: String
    ) throws(SeedError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch {
            throw SeedError(file: name, reason: String(describing: error))
        }
    }
}

/// A seed file that does not decode: a build defect, reported with the file's name.
public struct SeedError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var reason: String
    public var description: String { "seeds/\(file): \(reason)" }
}
