import ClaimsSeeds
import Foundation

/// `seeds/actors.json` and `seeds/places.json` as look-up structures for finding actors.
///
/// A class, immutable once built, so that the finders share one copy of the tables: a
/// struct this size was copied into the stack frame of every look-up function.
final class ActorCues: Sendable {
    struct Named: Sendable, Equatable {
        var name: String
        var country: String?
    }

    let leaders: PhraseIndex<Named>
    let collectives: PhraseIndex<String>
    let demonyms: PhraseIndex<String>
    let groups: PhraseIndex<Named>
    let titles: WordSet
    let titleInstitutions: PhraseIndex<String>
    let outlets: PhraseIndex<String>
    /// ISO code -> the English name a reader would use ("RU" -> "Russia").
    let countryNames: [String: String]

    init(actors: ActorVocabulary, places: PlaceVocabulary, words: inout WordTable) {
        var leaders = PhraseIndex<Named>()
        for leader in actors.leaders {
            for alias in leader.aliases { leaders.insert(alias, Named(name: leader.name, country: leader.country), caseSensitive: true, words: &words) }
        }
        self.leaders = leaders
        var collectives = PhraseIndex<String>()
        for collective in actors.collectives { collectives.insert(collective, collective, words: &words) }
        self.collectives = collectives
        var demonyms = PhraseIndex<String>()
        for (name, code) in places.demonyms { demonyms.insert(name, code, caseSensitive: true, words: &words) }
        self.demonyms = demonyms
        var groups = PhraseIndex<Named>()
        for (name, members) in places.groups.sorted(by: { $0.key < $1.key }) {
            let display = name.hasPrefix("the ") ? String(name.dropFirst(4)) : name
            groups.insert(name, Named(name: display, country: members.joined(separator: ",")), words: &words)
        }
        self.groups = groups
        titles = WordSet(actors.titles, in: &words)
        var titleInstitutions = PhraseIndex<String>()
        for (title, key) in actors.titleInstitutions { titleInstitutions.insert(title, key, words: &words) }
        self.titleInstitutions = titleInstitutions
        var outlets = PhraseIndex<String>()
        for outlet in actors.outlets { outlets.insert(outlet, outlet, caseSensitive: true, words: &words) }
        self.outlets = outlets
        var names: [String: String] = [:]
        for (name, code) in places.names.sorted(by: { $0.key < $1.key }) where names[code] == nil && !name.contains(".") && name.count > 3 {
            names[code] = name
        }
        let english = Locale(identifier: "en_US")
        for region in Locale.Region.isoRegions {
            let code = region.identifier
            guard code.count == 2, var name = english.localizedString(forRegionCode: code) else { continue }
            if let paren = name.firstIndex(of: "(") { name = String(name[..<paren]).trimmingCharacters(in: .whitespaces) }
            names[code] = name
        }
        for (code, name) in places.display { names[code] = name }
        countryNames = names
    }
}
