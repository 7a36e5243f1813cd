/// Reads who a noun phrase names: an organisation and its kind ("the Farmers Union of Wales"),
/// a person with their title and the organisation they speak for ("Finance Minister Jan
/// Kowal", "Anna Meyer, a Northwind spokeswoman", "Peter Walsh of the Regional Research
/// Institute"), the registry's source where its name is among the words, or the one named
/// before that a pronoun, a surname or a description stands for ("he", "Kowal", "the
/// company", "a spokesman").
struct SourceNameReader: Sendable {
    let words: SpeakerWords
    let titles: WordSet
    let places: PhraseIndex<String>
    /// Registry key -> the registry's name.
    let registryNames: [String: String]
    /// ISO code -> the country's English name, for the name of its government or central bank.
    let countryNames: [String: String]

    /// A person, the organisation they speak for, or an organisation alone.
    struct Reading: Sendable, Equatable {
        var person: NamedSource?
        var organization: NamedSource?
        /// The person is named with an honorific or a title that ends in an office ("Mr
        /// Kowal", "President Reagan"), not only a word that may open other names ("General").
        var isTitled = false
        var isEmpty: Bool { person == nil && organization == nil }
    }

    /// The words of a phrase sorted into what they say of whoever it names.
    private struct Parts {
        /// Capitalized words before a title: "Texaco" in "Texaco President John McKinley".
        var owner: [Int] = []
        var title: [Int] = []
        /// Capitalized words after the title, or all of them where there is none.
        var name: [Int] = []
        var honorific = false
        var country: String?
        var descriptor: [SourceKind]?
        /// The name's first word is capitalized only because it opens the sentence or a
        /// quotation and is read as a common noun ("Rest assured", "Rowling revealed"): a name
        /// only if the article named it before.
        var opensSentence = false
    }

    /// `organizationExpected`: the phrase names who a person speaks for ("of Northwind
    /// Freight"), so a name of two or three words that says nothing of what it is is an
    /// organisation's, not a person's.
    func read(_ index: Int, _ tokens: [Token], _ structure: SentenceStructure, registry: [SourceMention], article: ArticleSpeakers,
              depth: Int = 0, organizationExpected: Bool = false) -> Reading {
        guard depth < 4 else { return Reading() }
        let phrase = structure.phrases[index]
        if phrase.isPronoun {
            switch tokens[phrase.head].lower {
            case "he", "she":
                if let (person, speaksFor) = article.lastPerson() { return Reading(person: person, organization: speaksFor) }
            case "it":
                if let organization = article.lastSpeakingOrganization() { return Reading(organization: organization) }
            default:
                break
            }
            return Reading()
        }
        var reading = Reading()
        var parts = self.parts(of: phrase, tokens, structure)
        let head = tokens[phrase.head]
        // the owner speaks through its people ("the company's spokesman", "Amazon's Robin
        // Terrell"), not through whatever it owns ("the administration's role adds")
        if let owner = phrase.possessor, head.isCapitalized || titles.contains(head.word) || words.spokespeople.contains(head.word) {
            let owned = read(owner, tokens, structure, registry: registry, article: article, depth: depth + 1)
            reading.organization = owned.organization ?? owned.person
            // "Iraq's prime minister", "France's foreign minister"
            if parts.country == nil, let (_, code) = places.match(tokens, at: structure.phrases[owner].start) { parts.country = code }
        }
        if parts.opensSentence, parts.name.count == 1 {
            let word = tokens[parts.name[0]].text
            if let known = article.person(surname: word) { return Reading(person: known.person, organization: known.speaksFor) }
            if let known = article.organization(named: word) { return Reading(organization: known) }
            return Reading()
        }
        let headIsName = parts.name.last == phrase.head
        if let (registered, words) = registrySource(in: phrase.range, registry, tokens) {
            reading.organization = registered
            if headIsName, parts.name.allSatisfy({ !words.contains($0) }), !parts.title.isEmpty || parts.honorific {
                reading.person = person(parts, tokens)
            }
            return reading
        }
        // "Standard and Poor's Corp", "McDonald's Corp": a possessive inside a company's name
        if headIsName, let owner = phrase.possessor, parts.title.isEmpty, tokens[structure.phrases[owner].head].isCapitalized,
            let kind = words.nameKinds[tokens[phrase.head].word], kind == .company || kind == .media
        {
            let first = structure.phrases[owner].start + (tokens[structure.phrases[owner].start].is("the") ? 1 : 0)
            let (name, end) = fullName(Array(first..<phrase.end), phrase: index, tokens, structure)
            return Reading(organization: NamedSource.discovered(name: name, kind: kind, acronym: acronym(after: end, tokens), legalForms: words.legalForms))
        }
        if headIsName {
            if !parts.owner.isEmpty, let owner = organization(parts.owner, tokens, structure, descriptor: nil, article: article) { reading.organization = owner }
            // "the Ministry said", "the Central Bank said": a capitalized description, not a name
            if parts.name.allSatisfy({ isDescriptive(tokens[$0]) }), parts.owner.isEmpty,
                fullName(parts.name, phrase: index, tokens, structure).1 == phrase.end
            {
                let portfolio = parts.title.last.map { $0 + 1 == parts.name.first } == true && parts.title.allSatisfy({ tokens[$0].isCapitalized }) ? parts.title : []
                return Reading(organization: described(portfolio + parts.name, tokens, country: parts.country, article: article))
            }
            let kind = kind(of: parts.name, tokens)
            if let kind, kind != .person {
                // "General Motors Corp": a word that may open a title opens the name
                var nameWords = parts.name
                if let first = nameWords.first, let last = parts.title.last, last + 1 == first, parts.title.allSatisfy({ tokens[$0].isCapitalized }) {
                    nameWords = parts.title + nameWords
                }
                let (name, end) = fullName(nameWords, phrase: index, tokens, structure)
                let acronym = acronym(after: end, tokens)
                reading.organization = NamedSource.discovered(name: name, kind: kind, acronym: acronym, legalForms: words.legalForms)
                return reading
            }
            if kind == .person || parts.honorific || !parts.title.isEmpty {
                reading.person = person(parts, tokens, article: article)
                // "Ms Meyer" after "Anna Meyer of Northwind Freight" still speaks for it
                if parts.name.count == 1, reading.organization == nil, let known = article.person(surname: tokens[parts.name[0]].text) {
                    reading.organization = known.speaksFor
                }
                reading.isTitled = parts.honorific || parts.title.last.map { words.spokespeople.contains(tokens[$0].word) } ?? false
            } else if parts.name.count == 1 {
                let word = tokens[parts.name[0]].text
                if let known = article.person(surname: word) {
                    return Reading(person: known.person, organization: reading.organization ?? known.speaksFor)
                }
                if let known = article.organization(named: word) ?? article.organization(containing: word) { return Reading(organization: known) }
                let kind = parts.descriptor?.first ?? .other
                reading.organization = NamedSource.discovered(name: word, kind: kind, acronym: acronym(after: phrase.end, tokens), legalForms: words.legalForms)
                return reading
            } else if let kind = parts.descriptor?.first {
                reading.organization = NamedSource.discovered(name: text(parts.name, tokens), kind: kind, legalForms: words.legalForms)
                return reading
            } else if let known = article.organization(named: text(parts.name, tokens)) ?? article.organization(containing: text(parts.name, tokens)) {
                return Reading(organization: known)
            } else if organizationExpected {
                reading.organization = NamedSource.discovered(name: text(parts.name, tokens), kind: .other, legalForms: words.legalForms)
                return reading
            } else {
                reading.person = person(parts, tokens, article: article)
            }
            // "Peter Walsh of the Regional Research Institute", "Michael Lamberty, a Lufthansa
            // spokesman": the organisation a person speaks for
            if reading.organization == nil, let affiliation = affiliation(of: index, tokens, structure, registry: registry, article: article, depth: depth) {
                reading.organization = affiliation.organization
                if reading.person?.title == nil, let title = affiliation.title { reading.person?.title = title }
            }
            if reading.organization == nil { reading.organization = ministry(parts, tokens, article) ?? government(parts, tokens, article) }
            return reading
        }
        if titles.contains(head.word) || words.spokespeople.contains(head.word) {
            // "a Lufthansa spokesman", "the company's chairman", "a spokesman for Crossrail";
            // officials or sources with a capitalized word before them are someone's only where
            // the word names an organisation ("Bundesbank officials", not "Senior officials")
            let isUnnamed = words.unnamed.contains(head.word)
            let owner = parts.owner.isEmpty ? parts.name : parts.owner
            if reading.organization == nil, !owner.isEmpty, !(parts.opensSentence && owner.first == parts.owner.first) {
                reading.organization = registrySource(in: phrase.range, registry, tokens)?.source
                if reading.organization == nil {
                    let named = organization(owner, tokens, structure, descriptor: nil, article: article)
                    if !isUnnamed || named.map({ kind(of: owner, tokens) != nil || article.organization(named: $0.name) != nil }) == true {
                        reading.organization = named
                    }
                }
            }
            if reading.organization == nil {
                reading.organization = prepositionalOwner(of: index, tokens, structure, registry: registry, article: article, depth: depth)
            }
            // "Chancellor of the Exchequer Nigel Lawson", "Secretary of State George Shultz"
            if reading.organization == nil, reading.person == nil,
                let pp = structure.prepositions.first(where: { $0.attachment == .noun(index) && tokens[$0.preposition].is("of") }), let object = pp.object
            {
                let named = read(object, tokens, structure, registry: registry, article: article, depth: depth + 1)
                if let person = named.person, named.organization == nil, named.isTitled {
                    reading.person = person
                    reading.isTitled = true
                }
            }
            if reading.organization == nil { reading.organization = ministry(parts, tokens, article) ?? government(parts, tokens, article) }
            if reading.organization == nil, !isUnnamed, words.speakersForAnOrganization.contains(head.word) {
                reading.organization = article.lastOrganization()
            }
            let title = tokens[phrase.start..<(phrase.head + 1)].filter { titles.contains($0.word) || words.spokespeople.contains($0.word) }
            if let appositive = phrase.apposition {
                let named = read(appositive, tokens, structure, registry: registry, article: article, depth: depth + 1)
                if var person = named.person {
                    if person.title == nil { person.title = title.map(\.text).joined(separator: " ") }
                    reading.person = person
                }
            }
            return reading
        }
        // "the Bass group", "the Marsh unit": a name and what it is
        if !parts.name.isEmpty, reading.organization == nil, let kinds = words.descriptorKinds[head.word] {
            // ("The Hague war crimes tribunal": the words from the name to the head)
            let first = parts.name[0]
            reading.organization = NamedSource.discovered(name: tokens[first...phrase.head].writtenText, kind: kinds[0], legalForms: words.legalForms)
            return reading
        }
        // "the company said", "the ministry said": the last one of its kind named
        if parts.name.isEmpty, reading.organization == nil, phrase.start < phrase.head, tokens[phrase.start].is("the"),
            words.descriptorKinds[head.word] != nil
        {
            // ("the Polish government": the place says whose)
            let words = ((phrase.start + 1)...phrase.head).filter { places.match(tokens, at: $0) == nil }
            reading.organization = described(words, tokens, country: parts.country, article: article)
        }
        return reading
    }

    /// A word that describes an organisation rather than names one: "Ministry", "Bank",
    /// "Central", "Corp".
    private func isDescriptive(_ token: Token) -> Bool {
        words.descriptorKinds[token.word] != nil || words.institutionAdjectives.contains(token.word)
    }

    /// What a description stands for: the last organisation of its kind the article named
    /// ("the company", "the Ministry"), else the country's one where a country has one ("the
    /// government", "the central bank").
    private func described(_ words: [Int], _ tokens: [Token], country: String?, article: ArticleSpeakers) -> NamedSource? {
        guard let last = words.last else { return nil }
        if let kinds = self.words.descriptorKinds[tokens[last].word] ?? self.words.nameKinds[tokens[last].word].map({ [$0] }),
            let known = article.lastOrganization(of: kinds)
        {
            return known
        }
        let described = words.map { tokens[$0].lower }.joined(separator: " ")
        // "the Trade Ministry": a ministry of the country named by its portfolio
        let kind = self.words.nationalInstitutions[described]
            ?? (words.count >= 2 && self.words.descriptorKinds[tokens[last].word]?.contains(.ministry) == true ? .ministry : nil)
        guard let kind, let country = country ?? article.country(), let key = NamedSource.key(of: country + " " + described) else { return nil }
        let name = kind == .ministry ? words.map { Self.capitalized(tokens[$0].text) }.joined(separator: " ") : described
        return NamedSource(key: key, name: (countryNames[country] ?? country) + " " + name, isCurated: false, kind: kind)
    }

    /// Whether two coordinated phrases are one name: "Ways" and "Means Committee" in "the
    /// House Ways and Means Committee", where only the last says what it is.
    func isOneName(_ first: Int, _ second: Int, _ tokens: [Token], _ structure: SentenceStructure) -> Bool {
        let a = structure.phrases[first]
        let b = structure.phrases[second]
        guard b.start == a.end + 1, tokens[a.end].isAny(of: ["and", "&"]), tokens[b.start].isCapitalized, tokens[a.head].isCapitalized else { return false }
        return kind(of: Array(a.range), tokens) == nil && kind(of: Array(b.range), tokens).map { $0 != .person } == true
    }

    /// Who made a piece of evidence the phrase names by its capitalized words ("A National
    /// Audit Office report", "the Datamonitor survey"), else, for "the report" or "the
    /// survey", the organisation that last spoke.
    func maker(of index: Int, _ tokens: [Token], _ structure: SentenceStructure, registry: [SourceMention], article: ArticleSpeakers) -> NamedSource? {
        let phrase = structure.phrases[index]
        if let registered = registrySource(in: phrase.range, registry, tokens)?.source { return registered }
        let capitalized = (phrase.start..<phrase.head).filter {
            tokens[$0].isCapitalized && tokens[$0].isWord && !tokens[$0].isAny(of: ["a", "an", "the"]) && !isCapitalizedByPosition($0, tokens, structure)
        }
        if let first = capitalized.first, let last = capitalized.last, last - first + 1 == capitalized.count {
            let name = text(capitalized, tokens)
            if let known = article.organization(named: name) ?? article.organization(containing: name) { return known }
            return NamedSource.discovered(name: name, kind: kind(of: capitalized, tokens) ?? .other, legalForms: words.legalForms)
        }
        return capitalized.isEmpty && tokens[phrase.start].is("the") ? article.lastSpeakingOrganization() : nil
    }

    /// Whoever a prepositional phrase after the phrase names: "a spokesman for Crossrail",
    /// "chairman of Texaco".
    private func prepositionalOwner(of index: Int, _ tokens: [Token], _ structure: SentenceStructure, registry: [SourceMention],
                                    article: ArticleSpeakers, depth: Int) -> NamedSource? {
        for pp in structure.prepositions where pp.attachment == .noun(index) && tokens[pp.preposition].isAny(of: ["for", "of", "at", "from", "with"]) {
            guard let object = pp.object else { continue }
            let owner = read(object, tokens, structure, registry: registry, article: article, depth: depth + 1, organizationExpected: true)
            if let organization = owner.organization { return organization }
            // ("head of market development at Nokia": the organisation may close the chain)
            if !tokens[structure.phrases[object].head].isCapitalized, depth < 2,
                let further = prepositionalOwner(of: object, tokens, structure, registry: registry, article: article, depth: depth + 1)
            {
                return further
            }
        }
        return nil
    }

    /// The organisation a named person speaks for, and their title, from an appositive
    /// ("Michael Lamberty, a Lufthansa spokesman") or a prepositional phrase after the name.
    private func affiliation(of index: Int, _ tokens: [Token], _ structure: SentenceStructure, registry: [SourceMention],
                             article: ArticleSpeakers, depth: Int) -> (organization: NamedSource, title: String?)? {
        // "Michael Lamberty, a Lufthansa spokesman told": an appositive the chunker left open
        var appositive = structure.phrases[index].apposition
        let end = structure.phrases[index].end
        if appositive == nil, index + 1 < structure.phrases.count, end < tokens.count, tokens[end].is(","),
            structure.phrases[index + 1].start == end + 1
        {
            // ("Jonathan Rosenberg, Google's vice president": past the owner to its title)
            var next = index + 1
            if next + 1 < structure.phrases.count, structure.phrases[next + 1].possessor == next { next += 1 }
            let head = tokens[structure.phrases[next].head]
            if titles.contains(head.word) || words.spokespeople.contains(head.word) { appositive = next }
        }
        if let appositive {
            let reading = read(appositive, tokens, structure, registry: registry, article: article, depth: depth + 1)
            if let organization = reading.organization {
                let title = tokens[structure.phrases[appositive].range].filter { titles.contains($0.word) || words.spokespeople.contains($0.word) }
                return (organization, title.isEmpty ? nil : title.map(\.text).joined(separator: " "))
            }
        }
        if let organization = prepositionalOwner(of: index, tokens, structure, registry: registry, article: article, depth: depth) {
            return (organization, nil)
        }
        return nil
    }

    private func parts(of phrase: NounPhrase, _ tokens: [Token], _ structure: SentenceStructure) -> Parts {
        var parts = Parts()
        var t = phrase.start
        if let owner = phrase.possessor { t = max(t, structure.phrases[owner].end) }
        while t < phrase.end {
            let token = tokens[t]
            if let (length, code) = places.match(tokens, at: t), token.isCapitalized {
                parts.country = parts.country ?? code
                t += length
                continue
            }
            if token.isCapitalized, words.notNames.contains(token.word) || (words.placePrefixes.contains(token.word) && places.match(tokens, at: t + 1) != nil) {
                t += 1
                continue
            }
            defer { t += 1 }
            guard token.isWord else { continue }
            switch structure.tags[t].wordClass {
            case .determiner, .possessivePronoun, .quantifier, .possessiveMarker: continue
            default: break
            }
            if words.honorifics.contains(token.word), token.isCapitalized, parts.name.isEmpty {
                parts.honorific = true
            } else if titles.contains(token.word) || words.spokespeople.contains(token.word) {
                if parts.title.isEmpty { parts.owner = parts.name; parts.name = [] }
                parts.title.append(t)
            } else if token.isCapitalized, !words.unnamed.contains(token.word) {
                if parts.name.isEmpty && isCapitalizedByPosition(t, tokens, structure) { parts.opensSentence = true }
                parts.name.append(t)
            } else if !parts.name.isEmpty, words.nameParticles.contains(token.word), t + 1 < phrase.end, tokens[t + 1].isCapitalized {
                parts.name.append(t)
            } else if let kinds = words.descriptorKinds[token.word] {
                parts.descriptor = kinds
            }
        }
        return parts
    }

    /// A common noun capitalized because of where it stands: it opens the sentence or a quotation ("Analysts
    /// said", "\"Rest assured ...").
    private func isCapitalizedByPosition(_ t: Int, _ tokens: [Token], _ structure: SentenceStructure) -> Bool {
        guard structure.tags[t].wordClass != .properNoun else { return false }
        return t == 0 || tokens[t - 1].isAny(of: ["\"", "\u{201C}", "'", "\u{2018}", "("])
    }

    /// What the words of a name make it: the kind of the last organisation word among them.
    private func kind(of name: [Int], _ tokens: [Token]) -> SourceKind? {
        var found: SourceKind?
        for t in name { if let kind = words.nameKinds[tokens[t].word] { found = kind } }
        if found == nil, let last = name.last, tokens[last].is("bank") {
            return name.contains { words.institutionAdjectives.contains(tokens[$0].word) } ? .centralBank : .company
        }
        return found
    }

    /// A name with the prepositional phrase that completes it: "Bank of Canada", "Department
    /// for Transport", "Confederation of British Industry"; and where it ends.
    private func fullName(_ name: [Int], phrase index: Int, _ tokens: [Token], _ structure: SentenceStructure) -> (String, Int) {
        let phrase = structure.phrases[index]
        var end = phrase.end
        let isMedia = name.last.map { words.nameKinds[tokens[$0].word] == .media } ?? false
        if end + 1 < tokens.count, tokens[end].isAny(of: ["of", "for"]) || (isMedia && tokens[end].is("on")),
            let pp = structure.prepositions.first(where: { $0.preposition == end }), let object = pp.object,
            tokens[structure.phrases[object].head].isCapitalized, structure.phrases[object].end - structure.phrases[object].start <= 4
        {
            end = structure.phrases[object].end
        }
        guard var first = name.first else { return ("", end) }
        // "Securities and Exchange Commission", "Marsh & McLennan": a name that opens with a
        // coordination of capitalized words
        while first >= 2, tokens[first - 1].isAny(of: ["and", "&"]), tokens[first - 2].isCapitalized, tokens[first - 2].isWord {
            first -= 2
            // ("Goldman Sachs and Co": the whole name before "and")
            while first >= 1, tokens[first - 1].isWord, tokens[first - 1].isCapitalized, !tokens[first - 1].is("the") { first -= 1 }
        }
        return (ArraySlice(tokens[first..<end].filter { !$0.is("the") }).writtenText, end)
    }

    /// "(CBI)" right after a name.
    private func acronym(after end: Int, _ tokens: [Token]) -> String? {
        guard end + 2 < tokens.count, tokens[end].is("("), tokens[end + 2].is(")") else { return nil }
        let text = tokens[end + 1].text
        guard text.utf8.count >= 2, text.utf8.allSatisfy({ ($0 >= 65 && $0 <= 90) || ($0 >= 48 && $0 <= 57) }) else { return nil }
        return text
    }

    /// An organisation named by capitalized words before a title: "Texaco" in "Texaco
    /// President John McKinley", "Lufthansa" in "a Lufthansa spokesman".
    private func organization(_ name: [Int], _ tokens: [Token], _ structure: SentenceStructure, descriptor: [SourceKind]?,
                              article: ArticleSpeakers) -> NamedSource? {
        guard !name.isEmpty else { return nil }
        // "a Central Bank spokesman", "a Ministry official": a description, not a name
        if name.allSatisfy({ isDescriptive(tokens[$0]) }) { return described(name, tokens, country: nil, article: article) }
        let text = text(name, tokens)
        if let known = article.organization(named: text) { return known }
        let kind = kind(of: name, tokens) ?? descriptor?.first ?? .company
        return kind == .person ? nil : NamedSource.discovered(name: text, kind: kind, legalForms: words.legalForms)
    }

    /// The person a phrase names, by the full name the article gave where it gives only a
    /// surname ("Mr Lamberty" after "Michael Lamberty").
    private func person(_ parts: Parts, _ tokens: [Token], article: ArticleSpeakers? = nil) -> NamedSource? {
        guard !parts.name.isEmpty else { return nil }
        let name = text(parts.name, tokens)
        if parts.name.count == 1, let article, let known = article.person(surname: name) { return known.person }
        let title = parts.title.isEmpty ? nil : text(parts.title, tokens)
        return NamedSource.discovered(name: name, kind: .person, title: title, legalForms: words.legalForms)
    }

    /// "Finance Minister Jan Kowal" speaks for the Finance Ministry, of the country the phrase
    /// names where it names one.
    private func ministry(_ parts: Parts, _ tokens: [Token], _ article: ArticleSpeakers) -> NamedSource? {
        guard parts.title.count >= 2, let last = parts.title.last, let institution = words.ministryTitles[tokens[last].word] else { return nil }
        let portfolio = parts.title.dropLast().filter { !words.titleModifiers.contains(tokens[$0].word) }
        guard !portfolio.isEmpty, let country = parts.country ?? article.country() else { return nil }
        let name = portfolio.map { Self.capitalized(tokens[$0].text) }.joined(separator: " ") + " " + institution
        guard let key = NamedSource.key(of: country + " " + name) else { return nil }
        return NamedSource(key: key, name: (countryNames[country] ?? country) + " " + name, isCurated: false, kind: .ministry)
    }

    /// "Prime Minister Tony Blair", "Iraq's interim prime minister": who leads a government
    /// speaks for it.
    private func government(_ parts: Parts, _ tokens: [Token], _ article: ArticleSpeakers) -> NamedSource? {
        guard let last = parts.title.last, let before = words.governmentTitles[tokens[last].lower] else { return nil }
        let previous = parts.title.count >= 2 ? tokens[parts.title[parts.title.count - 2]] : nil
        // "Prime Minister", "President", not "Vice President" or "Deputy Prime Minister"
        let opensTitle = previous.map { before.contains($0.lower) || (before.contains("") && !words.titleModifiers.contains($0.word)) }
            ?? before.contains("")
        guard opensTitle, let country = parts.country ?? article.country(),
            let key = NamedSource.key(of: country + " government")
        else { return nil }
        return NamedSource(key: key, name: (countryNames[country] ?? country) + " government", isCurated: false, kind: .government)
    }

    private static func capitalized(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

    /// The registry's source a phrase names: at its head, or before a title or a spokesman
    /// ("World Bank President Ann Keller", "an IMF spokesman"), not as a mere modifier ("the
    /// EC statistics office Eurostat").
    private func registrySource(in range: Range<Int>, _ registry: [SourceMention], _ tokens: [Token]) -> (source: NamedSource, words: Range<Int>)? {
        guard let mention = registry.first(where: { range.contains($0.nameStart) }) else { return nil }
        let next = mention.nameEnd
        guard next >= range.upperBound || mention.isTitle || titles.contains(tokens[next].word) || words.spokespeople.contains(tokens[next].word)
        else { return nil }
        return (NamedSource(key: mention.key, name: registryNames[mention.key] ?? mention.key, isCurated: true), mention.nameStart..<mention.nameEnd)
    }

    private func text(_ indexes: [Int], _ tokens: [Token]) -> String {
        guard let first = indexes.first, let last = indexes.last else { return "" }
        return tokens[first...last].writtenText
    }
}
