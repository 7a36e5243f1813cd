/// An actor to add to a database: a person, matched by name and aliases as written, or a
/// collective ("union leaders"), matched ignoring case.
public struct ActorEntry: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case person, collective
    }

    public var name: String
    public var kind: Kind
    /// ISO 3166 code of the country the person speaks for, where they do.
    public var country: String?
    public var aliases: [String]
    public var location: String?
    /// A kind the entry named that is neither `person` nor `collective`.
    var unknownKind: String?

    static let fields: Set<String> = ["name", "kind", "country", "aliases"]

    public init(name: String, kind: Kind = .person, country: String? = nil, aliases: [String] = [], location: String? = nil) {
        self.name = name.trimmed
        self.kind = kind
        self.country = country?.trimmed.uppercased().nonEmpty
        self.aliases = aliases.map(\.trimmed).filter { !$0.isEmpty }
        self.location = location
    }

    init(_ record: VocabularyRecord) {
        let written = record.value("kind")?.trimmed.lowercased()
        let kind = written.map { Kind(rawValue: $0) } ?? .person
        self.init(name: record.value("name") ?? "", kind: kind ?? .person, country: record.value("country"),
                  aliases: record.values("aliases"), location: record.location)
        if kind == nil { unknownKind = written }
    }

    public var problem: String? {
        if name.isEmpty { return "an actor needs a name" }
        if let unknownKind { return "unknown actor kind '\(unknownKind)' (person or collective)" }
        if let country, !country.isCountryCode { return "country '\(country)' is not a two-letter ISO 3166 code" }
        if kind == .collective && !aliases.isEmpty { return "collective '\(name)' cannot have aliases; add each name as its own collective" }
        return ([name] + aliases).lazy.compactMap(\.unsafeNameProblem).first
    }
}
