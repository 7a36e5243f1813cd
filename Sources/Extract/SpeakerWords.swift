import ClaimsSeeds

/// `seeds/speakers.json` as word sets and maps, shared by the readers of who speaks.
///
/// A class, immutable once built, so that the readers share one copy of the tables.
final class SpeakerWords: Sendable {
    let honorifics: WordSet
    /// A word of a name -> the kind of organisation it makes the name ("Ministry": ministry).
    let nameKinds: WordMap<SourceKind>
    /// A common noun -> the kinds of organisation it describes or stands for ("company").
    let descriptorKinds: WordMap<[SourceKind]>
    let spokespeople: WordSet
    /// The last word of a title -> the institution's word ("Minister" -> "Ministry").
    let ministryTitles: WordMap<String>
    let evidenceVerbs: WordSet
    let evidenceDocuments: WordSet
    /// A company's legal form in lower case ("ltd", "corp"), left out of its key.
    let legalForms: Set<String>
    let reportingVerbs: WordSet
    let unnamed: WordSet
    let nameParticles: WordSet
    let notNames: WordSet
    let institutionAdjectives: WordSet
    let titleModifiers: WordSet
    let speakersForAnOrganization: WordSet
    let placePrefixes: WordSet
    /// Titles of who leads a government, by their last word and the one before ("prime
    /// minister": "minister" -> ["prime"]; "president": [""]).
    let governmentTitles: [String: Set<String>]
    /// "central bank" -> central bank: the phrases a country has one of.
    let nationalInstitutions: [String: SourceKind]

    init(_ vocabulary: SpeakerVocabulary, legalForms: [String], words: inout WordTable) {
        self.legalForms = Set(legalForms.map { $0.lowercased() })
        honorifics = WordSet(vocabulary.honorifics, in: &words)
        var nameKinds = WordMap<SourceKind>()
        for (kind, list) in vocabulary.nameWords.sorted(by: { $0.key < $1.key }) {
            guard let kind = SourceKind(rawValue: kind) else { continue }
            for word in list { nameKinds[words.intern(word)] = kind }
        }
        self.nameKinds = nameKinds
        var descriptorKinds = WordMap<[SourceKind]>()
        for (kind, list) in vocabulary.descriptors.sorted(by: { $0.key < $1.key }) {
            guard let kind = SourceKind(rawValue: kind) else { continue }
            for phrase in list {
                guard let last = phrase.split(separator: " ").last else { continue }
                let word = words.intern(String(last))
                descriptorKinds[word] = (descriptorKinds[word] ?? []) + [kind]
            }
        }
        self.descriptorKinds = descriptorKinds
        spokespeople = WordSet(vocabulary.spokespeople, in: &words)
        var ministryTitles = WordMap<String>()
        for (title, institution) in vocabulary.ministryTitles { ministryTitles[words.intern(title)] = institution }
        self.ministryTitles = ministryTitles
        evidenceVerbs = WordSet(vocabulary.evidenceVerbs, in: &words)
        evidenceDocuments = WordSet(vocabulary.evidenceDocuments, in: &words)
        reportingVerbs = WordSet(vocabulary.reportingVerbs, in: &words)
        unnamed = WordSet(vocabulary.unnamed, in: &words)
        nameParticles = WordSet(vocabulary.nameParticles, in: &words)
        notNames = WordSet(vocabulary.notNames.map { $0.lowercased() }, in: &words)
        institutionAdjectives = WordSet(vocabulary.institutionAdjectives, in: &words)
        titleModifiers = WordSet(vocabulary.titleModifiers, in: &words)
        speakersForAnOrganization = WordSet(vocabulary.speakersForAnOrganization, in: &words)
        placePrefixes = WordSet(vocabulary.placePrefixes.map { $0.lowercased() }, in: &words)
        var governmentTitles: [String: Set<String>] = [:]
        for title in vocabulary.governmentTitles {
            let parts = title.split(separator: " ").map(String.init)
            guard let last = parts.last else { continue }
            governmentTitles[last, default: []].insert(parts.dropLast().last ?? "")
        }
        self.governmentTitles = governmentTitles
        nationalInstitutions = vocabulary.nationalInstitutions.compactMapValues(SourceKind.init(rawValue:))
    }
}
