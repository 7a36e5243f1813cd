/// Who can take a stance or speak for a source (`seeds/actors.json`).
public struct ActorVocabulary: Codable, Sendable {
    public struct Leader: Codable, Sendable {
        public var name: String
        /// ISO 3166 code of the country the person speaks for; nil for someone who speaks
        /// for no country (an added actor such as the head of an institution).
        public var country: String?
        public var aliases: [String]

        public init(name: String, country: String?, aliases: [String]) {
            self.name = name
            self.country = country
            self.aliases = aliases
        }
    }

    public var leaders: [Leader]
    /// Groups that act together without a country of their own: "critics", "European capitals".
    public var collectives: [String]
    /// Lower-case words of titles before a name: "president", "finance", "minister".
    public var titles: [String]
    /// Titles that name an institution: "Treasury Secretary" speaks for `US_TREASURY`.
    public var titleInstitutions: [String: String]
    /// News outlets that report what sources say.
    public var outlets: [String]

    enum CodingKeys: String, CodingKey {
        case leaders, collectives, titles
        case titleInstitutions = "title_institutions"
        case outlets
    }
}
