/// The people and organisations an article has named so far, for what a later sentence means
/// by "he said", "Brown said", "the company said" or "a spokesman said": the last one that
/// fits, a few sentences back at most. Unresolved stays unattributed: precision first.
struct ArticleSpeakers {
    private struct Entry: Sendable {
        var source: NamedSource
        /// The organisation a person speaks for.
        var speaksFor: NamedSource?
        var sentence: Int
        /// It has spoken in the article, not only been named.
        var hasSpoken: Bool
        /// A name of two or three capitalized words read from the words alone ("Tony Blair"):
        /// it gives a later surname its person, but "he" never refers to it.
        var isNameOnly = false
    }

    private var entries: [Entry] = []
    /// The index of the sentence being read.
    private(set) var sentence = 0
    /// Who spoke in the last sentence that named a speaker, and which sentence that was.
    private var spoke: (sources: [SourceCitation], sentence: Int)?

    /// The country the article is about, read only when a sentence needs it ("the
    /// government said").
    let country: () -> String?

    init(country: @escaping () -> String? = { nil }) {
        self.country = country
    }

    /// How many sentences back a pronoun or a description may reach.
    static let reach = 4

    mutating func nextSentence() { sentence += 1 }

    /// Keeps a source the current sentence names.
    mutating func note(_ source: NamedSource, speaksFor: NamedSource? = nil, hasSpoken: Bool = false) {
        if let index = entries.lastIndex(where: { $0.source.key == source.key }) {
            let previous = entries.remove(at: index)
            // the fuller reading stays: the registry's, the longer name, a kind a word gave
            var kept = previous.source.isCurated || previous.source.name.count > source.name.count ? previous.source : source
            if kept.kind == .other, let kind = previous.source.kind ?? source.kind, kind != .other { kept.kind = kind }
            entries.append(Entry(source: kept, speaksFor: speaksFor ?? previous.speaksFor, sentence: sentence, hasSpoken: hasSpoken || previous.hasSpoken))
        } else {
            entries.append(Entry(source: source, speaksFor: speaksFor, sentence: sentence, hasSpoken: hasSpoken))
        }
    }

    /// The last organisation that has spoken within reach, for "it said".
    func lastSpeakingOrganization() -> NamedSource? {
        guard let entry = entries.last(where: { !$0.source.isPerson && $0.hasSpoken }), sentence - entry.sentence <= Self.reach else { return nil }
        return entry.source
    }

    /// The last person named within reach, with the organisation they speak for.
    /// Notes the people a sentence names with a title or an honorific ("President Reagan",
    /// "Mr Lamberty"), read from the words alone, so that a later "Reagan said" is a person
    /// even where no clause of that sentence was read.
    mutating func noteTitledPeople(in tokens: [Token], words: SpeakerWords, titles: WordSet, places: PhraseIndex<String>) {
        var i = 0
        while i + 1 < tokens.count {
            let token = tokens[i]
            guard token.isCapitalized, titles.contains(token.word) || words.honorifics.contains(token.word) || words.spokespeople.contains(token.word),
                tokens[i + 1].isCapitalized, tokens[i + 1].isWord, !titles.contains(tokens[i + 1].word), !words.notNames.contains(tokens[i + 1].word)
            else {
                i += 1
                continue
            }
            var end = i + 1
            while end < tokens.count, tokens[end].isWord, tokens[end].isCapitalized || (words.nameParticles.contains(tokens[end].word) && end + 1 < tokens.count && tokens[end + 1].isCapitalized),
                words.nameKinds[tokens[end].word] == nil
            {
                end += 1
            }
            let name = tokens[(i + 1)..<end].writtenText
            // "Carnegie Mellon Professor Raj Reddy", "Tory leader Michael Howard": capitalized
            // words before the title name whom the person speaks for
            var ownerStart = i
            while ownerStart > 1, tokens[ownerStart - 1].isWord, tokens[ownerStart - 1].isCapitalized, !titles.contains(tokens[ownerStart - 1].word),
                !words.notNames.contains(tokens[ownerStart - 1].word), places.match(tokens, at: ownerStart - 1) == nil
            {
                ownerStart -= 1
            }
            let owner = ownerStart < i ? NamedSource.discovered(name: tokens[ownerStart..<i].writtenText,
                                                                 kind: tokens[ownerStart..<i].compactMap { words.nameKinds[$0.word] }.last ?? .other,
                                                                 legalForms: words.legalForms) : nil
            if end > i + 1, person(surname: name) == nil, let person = NamedSource.discovered(name: name, kind: .person, title: token.text) {
                note(person, speaksFor: owner)
            }
            i = end
        }
    }

    /// Notes runs of two or three capitalized words that no word marks as anything else
    /// ("Tony Blair" in "a speech by Tony Blair"), past the sentence's first word, as names of
    /// people a later surname may stand for ("Blair said").
    mutating func notePossibleNames(in tokens: [Token], words: SpeakerWords, titles: WordSet, places: PhraseIndex<String>) {
        var i = 1
        while i < tokens.count {
            // (a run may follow the sentence's first word: "A National Audit Office report")
            guard tokens[i].isWord, tokens[i].isCapitalized, i == 1 || !tokens[i - 1].isCapitalized || !tokens[i - 1].isWord else {
                i += 1
                continue
            }
            var end = i
            while end < tokens.count, tokens[end].isWord, tokens[end].isCapitalized, end - i < 4 { end += 1 }
            let run = i..<end
            defer { i = end + 1 }
            // "the Securities and Exchange Commission", "insurance broker Marsh & McLennan": an
            // organisation named in passing, for a later "the SEC" or "the insurer"
            if let named = possibleOrganization(run, tokens, words: words, places: places) {
                if organization(named: named.name) == nil { notePossibleName(named) }
                continue
            }
            guard run.count == 2 || run.count == 3, end == tokens.count || !tokens[end].isCapitalized || !tokens[end].isWord,
                run.allSatisfy({ t in
                    let word = tokens[t].word
                    return words.nameKinds[word] == nil && words.descriptorKinds[word] == nil && !titles.contains(word)
                        && !words.notNames.contains(word) && !words.spokespeople.contains(word) && places.match(tokens, at: t) == nil
                        && tokens[t].text.utf8.count > 1 && !tokens[t].text.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 })
                }),
                let last = run.last, person(surname: tokens[last].text) == nil,
                let person = NamedSource.discovered(name: tokens[run].writtenText, kind: .person)
            else { continue }
            notePossibleName(person)
        }
    }

    /// An organisation a capitalized run names: one that ends in a word of an organisation's
    /// name (joined by "and", "&", "of", "for" to the words before), or one a descriptor
    /// before it says is one ("broker Marsh & McLennan").
    private func possibleOrganization(_ run: Range<Int>, _ tokens: [Token], words: SpeakerWords, places: PhraseIndex<String>) -> NamedSource? {
        var start = run.lowerBound
        var end = run.upperBound
        // "Securities and Exchange Commission", "Marsh & McLennan", "Bank of Canada"
        while end + 1 < tokens.count, tokens[end].isAny(of: ["and", "&", "of", "for"]), tokens[end + 1].isCapitalized, tokens[end + 1].isWord {
            end += 2
            while end < tokens.count, tokens[end].isWord, tokens[end].isCapitalized { end += 1 }
        }
        guard places.match(tokens, at: start) == nil || end - start > 1 else { return nil }
        if let kind = words.nameKinds[tokens[end - 1].word], kind != .person {
            return NamedSource.discovered(name: tokens[start..<end].writtenText, kind: kind, legalForms: words.legalForms)
        }
        if start > 0, !tokens[start - 1].isCapitalized, let kinds = words.descriptorKinds[tokens[start - 1].word] {
            while start < end, tokens[start].is("the") { start += 1 }
            return NamedSource.discovered(name: tokens[start..<end].writtenText, kind: kinds[0], legalForms: words.legalForms)
        }
        return nil
    }

    private mutating func notePossibleName(_ person: NamedSource) {
        entries.append(Entry(source: person, speaksFor: nil, sentence: sentence, hasSpoken: false, isNameOnly: true))
    }

    /// The last person who spoke, else the last one named, within reach.
    func lastPerson() -> (person: NamedSource, speaksFor: NamedSource?)? {
        let within = { (entry: Entry) in entry.source.isPerson && !entry.isNameOnly && self.sentence - entry.sentence <= Self.reach }
        guard let entry = entries.last(where: { within($0) && $0.hasSpoken }) ?? entries.last(where: within) else { return nil }
        return (entry.source, entry.speaksFor)
    }

    /// The last organisation named within reach, of one of `kinds` when given.
    func lastOrganization(of kinds: [SourceKind]? = nil) -> NamedSource? {
        guard let entry = entries.last(where: { entry in
            guard !entry.source.isPerson else { return false }
            // an organisation of no known kind may be any
            guard let kinds, let kind = entry.source.kind, kind != .other else { return true }
            return kinds.contains(kind)
        }), sentence - entry.sentence <= Self.reach
        else { return nil }
        return entry.source
    }

    /// A person named before whose name ends in `surname` ("Brown" for "Gordon Brown"), at any
    /// distance: a surname names the person the article introduced.
    func person(surname: String) -> (person: NamedSource, speaksFor: NamedSource?)? {
        let suffix = " " + surname
        guard let entry = entries.last(where: { $0.source.isPerson && ($0.source.name == surname || $0.source.name.hasSuffix(suffix)) }) else {
            return nil
        }
        return (entry.source, entry.speaksFor)
    }

    /// An organisation named before by this name or this acronym, at any distance.
    func organization(named name: String) -> NamedSource? {
        let isAcronym = name.utf8.count >= 2 && name.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
        return entries.last { entry in
            guard !entry.source.isPerson else { return false }
            if entry.source.name == name || entry.source.key == name { return true }
            // "SEC" for the Securities and Exchange Commission named before
            return isAcronym && Self.initials(of: entry.source.name) == name
        }?.source
    }

    /// An organisation named before with these words among its name's: "Kodak" for "Eastman
    /// Kodak Co", "Coastal Shippers" for the "Confederation of Coastal Shippers".
    func organization(containing words: String) -> NamedSource? {
        let wanted = " " + words + " "
        return entries.last { !$0.source.isPerson && (" " + $0.source.name + " ").contains(wanted) }?.source
    }

    /// The first letters of a name's capitalized words: "Securities and Exchange Commission"
    /// -> "SEC".
    static func initials(of name: String) -> String {
        String(name.split(separator: " ").compactMap { word in word.first.flatMap { $0.isUppercase ? $0 : nil } })
    }

    /// Keeps who spoke in the current sentence, for a quotation after it that names no one.
    mutating func noteSpoke(_ sources: [SourceCitation]) { spoke = (sources, sentence) }

    /// Who spoke in the sentence just before.
    func spokeJustBefore() -> [SourceCitation] {
        guard let spoke, spoke.sentence == sentence - 1 else { return [] }
        return spoke.sources
    }
}
