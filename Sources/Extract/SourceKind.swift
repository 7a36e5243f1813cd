/// What a source is: the kinds of `sources.kind`. A source found in the text gets one from the
/// words of its name ("Ministry", "Corp", "Institute") or from how the article speaks of it
/// ("he said": a person).
public enum SourceKind: String, Sendable, Equatable, CaseIterable {
    case person
    case company
    case ministry
    case government
    case agency
    case centralBank = "central_bank"
    case internationalOrganization = "international_organization"
    case alliance
    case party
    case union
    case researchInstitute = "research_institute"
    case industryGroup = "industry_group"
    case court
    case legislature
    case media
    case ngo
    case other

    /// An organisation, not a person.
    public var isOrganization: Bool { self != .person }
}
