/// One institution of the source registry (`seeds/sources.json`).
public struct SourceSeed: Codable, Sendable, Equatable {
    /// Stable upper-case key, such as `IMF` or `WORLD_BANK`.
    public var key: String
    public var name: String
    /// One of the kinds `sources.kind` allows.
    public var kind: String
    public var country: String?
    public var homepage: String?
    /// Names the text may use for it. Matching is case-insensitive for names of several
    /// words and exact for single words, so that "WHO" is not "who" and "Fed" is not "fed".
    public var aliases: [String]

    public init(key: String, name: String, kind: String, country: String? = nil, homepage: String? = nil, aliases: [String]) {
        self.key = key
        self.name = name
        self.kind = kind
        self.country = country
        self.homepage = homepage
        self.aliases = aliases
    }
}
