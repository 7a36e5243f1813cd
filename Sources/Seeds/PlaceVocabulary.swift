/// Country names Foundation's Locale does not give (`seeds/places.json`): short and old
/// names, demonyms, capitals used for their governments, and groups of countries.
public struct PlaceVocabulary: Codable, Sendable {
    public var names: [String: String]
    public var demonyms: [String: String]
    public var capitals: [String: String]
    public var groups: [String: [String]]
    /// ISO code -> the name to show where Foundation's is not what a reader expects
    /// ("China", not "China mainland").
    public var display: [String: String]
    /// Cities that open wire stories ("NEW YORK, March 3 -") -> their country.
    public var datelineCities: [String: String]

    enum CodingKeys: String, CodingKey {
        case names, demonyms, capitals, groups, display
        case datelineCities = "dateline_cities"
    }
}
