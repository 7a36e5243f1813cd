/// Someone a sentence names who can take a side: a country, a leader, a group of
/// countries, a collective ("critics"), a registry institution, or a titled person.
struct ActorMention: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case leader, country, demonym, group, collective, institution, person
    }

    var name: String
    /// ISO code; comma-separated codes for a group ("EE,LV,LT").
    var country: String?
    /// Token range of the words that name it.
    var start: Int
    var end: Int
    var kind: Kind
}

/// Finds actors in a sentence's tokens.
struct ActorFinder: Sendable {
    let cues: ActorCues
    let places: PhraseIndex<String>
    /// Registry key -> the country of national institutions.
    let sourceCountries: [String: String]

    func actors(in tokens: [Token], sources: [SourceMention]) -> [ActorMention] {
        var found: [ActorMention] = []
        let sourceAt = Dictionary(sources.filter { !$0.isTitle }.map { ($0.nameStart, $0) }, uniquingKeysWith: { first, _ in first })
        var i = 0
        while i < tokens.count {
            if let source = sourceAt[i] {
                found.append(ActorMention(name: tokens[source.nameStart..<source.nameEnd].writtenText,
                                          country: sourceCountries[source.key], start: i, end: source.nameEnd, kind: .institution))
                i = source.nameEnd
                continue
            }
            if let (length, leader) = cues.leaders.match(tokens, at: i) {
                found.append(ActorMention(name: leader.name, country: leader.country, start: i, end: i + length, kind: .leader))
                i += length
                continue
            }
            if let (length, group) = cues.groups.match(tokens, at: i) {
                found.append(ActorMention(name: group.name, country: group.country, start: i, end: i + length, kind: .group))
                i += length
                continue
            }
            if let (length, code) = cues.demonyms.match(tokens, at: i),
                let (collectiveLength, _) = cues.collectives.match(tokens, at: i + length)
            {
                let end = i + length + collectiveLength
                found.append(ActorMention(name: tokens[i..<end].writtenText, country: code, start: i, end: end, kind: .collective))
                i = end
                continue
            }
            if let (length, name) = cues.collectives.match(tokens, at: i) {
                found.append(ActorMention(name: name, country: nil, start: i, end: i + length, kind: .collective))
                i += length
                continue
            }
            if let person = titledPerson(tokens, at: i) {
                found.append(person)
                i = person.end
                continue
            }
            if let (length, code) = places.match(tokens, at: i) {
                if i + length < tokens.count, cues.titles.contains(tokens[i + length].word), tokens[i + length].isCapitalized {
                    i += length  // "Russian President ...": the country belongs to the person after it
                    continue
                }
                let isDemonym = cues.demonyms.match(tokens, at: i) != nil
                found.append(ActorMention(name: cues.countryNames[code] ?? tokens[i..<(i + length)].writtenText, country: code,
                                          start: i, end: i + length, kind: isDemonym ? .demonym : .country))
                i += length
                continue
            }
            i += 1
        }
        return found
    }

    /// "Finance Minister Gerhard Stoltenberg", "Russian President Vladimir Putin": capitalized
    /// title words and then a name of one to three capitalized words.
    private func titledPerson(_ tokens: [Token], at i: Int) -> ActorMention? {
        var j = i
        while j < tokens.count, tokens[j].isCapitalized, cues.titles.contains(tokens[j].word) { j += 1 }
        guard j > i, j < tokens.count else { return nil }
        if let (length, leader) = cues.leaders.match(tokens, at: j) {
            return ActorMention(name: leader.name, country: leader.country, start: i, end: j + length, kind: .leader)
        }
        var end = j
        while end < tokens.count, end - j < 3, tokens[end].isWord, tokens[end].isCapitalized, !cues.titles.contains(tokens[end].word) {
            end += 1
        }
        guard end - j >= 2 else { return nil }
        var country: String?
        if i > 0, let code = places.match(tokens, at: i - 1, maxTokens: 1)?.value { country = code }
        return ActorMention(name: tokens[j..<end].writtenText, country: country, start: i, end: end, kind: .person)
    }
}
