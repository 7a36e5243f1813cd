/// `seeds/speakers.json`: how a name the registry does not hold is read as an organisation of
/// a kind or a person, and which common nouns stand for one named before.
public struct SpeakerVocabulary: Codable, Sendable {
    /// Words before a name that make it a person's: "Mr", "Lord", "Dr".
    public var honorifics: [String]
    /// Kind -> words of a name that make it an organisation of that kind ("Ministry", "Corp").
    public var nameWords: [String: [String]]
    /// Kind -> common nouns that describe or stand for an organisation of that kind ("the
    /// company said", "German airline Lufthansa").
    public var descriptors: [String: [String]]
    /// Nouns of people who speak for an organisation: "a Lufthansa spokesman", "officials of".
    public var spokespeople: [String]
    /// The word a title ends in -> the institution it names ("Finance Minister" -> "Finance
    /// Ministry").
    public var ministryTitles: [String: String]
    /// Verbs whose subject says what the sentence reports: "said", "told", "estimated",
    /// "warned". Verbs of action ("agreed", "approved") are not among them.
    public var reportingVerbs: [String]
    /// Capitalized words that name places, not speakers: states and provinces ("Fort Worth,
    /// Texas, said" is no one called Texas).
    public var notNames: [String]
    /// Titles of who leads a country's government: "Prime Minister Tony Blair" speaks for it.
    public var governmentTitles: [String]
    /// What "the government" or "the central bank" names, a country's one, and its kind.
    public var nationalInstitutions: [String: String]
    /// Words that open a place's name before a place the vocabulary knows: "West" in "West
    /// German".
    public var placePrefixes: [String]
    /// Adjectives that make "Bank" a central bank and a name a description ("the Central
    /// Bank", "the National Bank").
    public var institutionAdjectives: [String]
    /// Words before a title that are no portfolio ("Deputy Finance Minister", "Vice
    /// President"): a vice president speaks for no government.
    public var titleModifiers: [String]
    /// Who speaks for an organisation without a name of their own: "a spokesman said" is the
    /// last organisation named.
    public var speakersForAnOrganization: [String]
    /// Lower-case words inside a person's name: "Jeremy de Souza".
    public var nameParticles: [String]
    /// Plural or vague speakers who are nobody in particular: "analysts said", "sources said".
    public var unnamed: [String]
    /// What evidence is ("report", "survey", "figures"): it speaks for whoever made it, as a
    /// person does for whom they work.
    public var evidenceDocuments: [String]
    /// Verbs with which evidence speaks for whoever made it: "the ministry's figures showed".
    public var evidenceVerbs: [String]

    enum CodingKeys: String, CodingKey {
        case honorifics
        case nameWords = "name_words"
        case descriptors, spokespeople
        case ministryTitles = "ministry_titles"
        case evidenceVerbs = "evidence_verbs"
        case evidenceDocuments = "evidence_documents"
        case reportingVerbs = "reporting_verbs"
        case unnamed
        case nameParticles = "name_particles"
        case notNames = "not_names"
        case placePrefixes = "place_prefixes"
        case governmentTitles = "government_titles"
        case nationalInstitutions = "national_institutions"
        case institutionAdjectives = "institution_adjectives"
        case titleModifiers = "title_modifiers"
        case speakersForAnOrganization = "speakers_for_an_organization"
    }
}
