import ClaimsExtract
/// A source to add to a database: a new one (which needs a name) or more aliases for one
/// it knows. Keys are upper-cased; `problem` says what is wrong before anything is written.
public struct SourceEntry: Sendable, Equatable {
    public var key: String
    public var name: String?
    public var kind: String?
    public var country: String?
    public var homepage: String?
    public var aliases: [String]
    /// Where the entry was read (`sources.csv:3`), for error messages; nil on the command line.
    public var location: String?

    /// The kinds `sources.kind` allows.
    public static let kinds = SourceKind.allCases.map(\.rawValue)

    static let fields: Set<String> = ["key", "name", "kind", "country", "homepage", "aliases"]

    public init(key: String, name: String? = nil, kind: String? = nil, country: String? = nil, homepage: String? = nil,
                aliases: [String] = [], location: String? = nil) {
        self.key = key.trimmed.uppercased()
        self.name = name?.trimmed.nonEmpty
        self.kind = kind?.trimmed.lowercased().nonEmpty
        self.country = country?.trimmed.uppercased().nonEmpty
        self.homepage = homepage?.trimmed.nonEmpty
        self.aliases = aliases.map(\.trimmed).filter { !$0.isEmpty }
        self.location = location
    }

    init(_ record: VocabularyRecord) {
        self.init(key: record.value("key") ?? "", name: record.value("name"), kind: record.value("kind"), country: record.value("country"),
                  homepage: record.value("homepage"), aliases: record.values("aliases"), location: record.location)
    }

    /// What makes the entry unusable, or nil.
    public var problem: String? {
        if key.isEmpty { return "a source needs a key" }
        if !key.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }) {
            return "source key '\(key)' may hold only letters A-Z, digits and _"
        }
        if let kind, !Self.kinds.contains(kind) { return "unknown kind '\(kind)' (one of \(Self.kinds.joined(separator: ", ")))" }
        if let country, !country.isCountryCode { return "country '\(country)' is not a two-letter ISO 3166 code" }
        return ([name].compactMap { $0 } + aliases).lazy.compactMap(\.unsafeNameProblem).first
    }
}
