/// Finds who a sentence says its content comes from, anyone at all, by reading its clauses:
/// the subject of a reporting verb ("Lufthansa said", "..., said Peter Walsh of the Regional
/// Research Institute", "the company told reporters", "OPEC rejected calls, saying ..."), the
/// owner of evidence that speaks ("the ministry's figures showed", "data from the agency
/// suggest"), "according to (figures from) X", and a quotation that runs on from a sentence
/// whose speaker was named. An organisation named only inside the speaker's phrase is not the
/// source ("critics of the bank say" is nobody named).
struct SpeakerFinder: Sendable {
    let words: SpeakerWords
    let thatVerbs: WordSet
    let reader: SourceNameReader

    /// Whether a sentence has a word that can report speech or evidence: the others are not parsed
    /// for speakers.
    func mayReport(_ tokens: [Token]) -> Bool {
        if let first = tokens.first, first.isAny(of: ["\"", "\u{201C}"]) { return true }
        return tokens.contains { $0.isWord && (words.reportingVerbs.contains($0.word) || words.evidenceVerbs.contains($0.word) || $0.is("according")) }
    }

    /// The citations of everyone the sentence attributes its content to, and of organisations
    /// it names without doing so; notes both in `article` for later sentences.
    func citations(in tokens: [Token], structure: SentenceStructure, registry: [SourceMention], article: inout ArticleSpeakers) -> [SourceCitation] {
        var readings: [(reading: SourceNameReader.Reading, verb: String)] = []
        var speakerPhrases = Set<Int>()
        let named = names(in: tokens, structure: structure, registry: registry, article: &article)
        func add(_ phrase: Int, _ verb: String) {
            var members = [phrase] + structure.phrases[phrase].conjuncts
            if members.count == 2, reader.isOneName(members[0], members[1], tokens, structure) { members = [members[1]] }
            for member in members {
                speakerPhrases.insert(member)
                var reading = reader.read(member, tokens, structure, registry: registry, article: article)
                // "The government has ruled out ..., because it says": a pronoun whose
                // antecedent is the subject of a clause before it in the sentence
                if structure.phrases[member].isPronoun, let antecedent = antecedent(of: member, tokens, structure) {
                    let named = reader.read(antecedent, tokens, structure, registry: registry, article: article)
                    if !named.isEmpty { reading = named }
                }
                if !reading.isEmpty { readings.append((reading, verb)) }
            }
        }
        for (index, clause) in structure.clauses.enumerated() {
            let group = structure.groups[clause.verb]
            // "could not confirm", "did not say", "will announce", "declined to say": nothing said yet
            guard !group.passive, group.form != .infinitive, !group.negated, group.modal == nil else { continue }
            // "did not admit or deny": the negation covers the verb coordinated with it
            if clause.kind == .coordinated, index > 0, structure.groups[structure.clauses[index - 1].verb].negated { continue }
            let verb = tokens[group.head]
            let isReporting = words.reportingVerbs.contains(verb.word)
                || (thatVerbs.contains(verb.word) && group.head + 1 < tokens.count && tokens[group.head + 1].is("that"))
            if isReporting {
                // ", saying ..." speaks for the subject it shares; "a program projected to
                // cost" is no one speaking
                if clause.kind == .nonFinite && group.form != .gerund { continue }
                let subject = clause.subject ?? (clause.kind == .main ? nil : clause.sharedSubject)
                // "A National Audit Office report says", "the ministry's survey found": evidence
                // speaks for whoever made it
                if let subject, words.evidenceDocuments.contains(tokens[structure.phrases[subject].head].word) {
                    if let owner = evidenceOwner(subject, tokens, structure) {
                        add(owner, verb.lower)
                    } else if let maker = reader.maker(of: subject, tokens, structure, registry: registry, article: article) {
                        readings.append((SourceNameReader.Reading(organization: maker), verb.lower))
                    }
                } else if let subject {
                    add(subject, verb.lower)
                }
            } else if words.evidenceVerbs.contains(verb.word), let subject = clause.effectiveSubject,
                words.evidenceDocuments.contains(tokens[structure.phrases[subject].head].word)
            {
                if let owner = evidenceOwner(subject, tokens, structure) { add(owner, verb.lower) }
            }
        }
        // "according to (figures from) X"
        for i in tokens.indices.dropLast(2) where tokens[i].is("according") && tokens[i + 1].is("to") {
            guard let phrase = structure.phraseOfToken[i + 2] else { continue }
            let head = structure.phrases[phrase].head
            if words.evidenceDocuments.contains(tokens[head].word), let owner = evidenceOwner(phrase, tokens, structure) {
                add(owner, "according to")
            } else {
                add(phrase, "according to")
            }
        }
        var citations: [SourceCitation] = []
        func cite(_ source: NamedSource, _ role: SourceCitation.Role, verb: String?, speaker: String?) {
            if let index = citations.firstIndex(where: { $0.key == source.key }) {
                if citations[index].role == .mentioned && role == .attributed { citations[index].role = .attributed }
                return
            }
            citations.append(SourceCitation(key: source.key, role: role, text: source.name, verb: verb, speaker: speaker,
                                            name: source.name, isCurated: source.isCurated, kind: source.kind, title: source.title))
        }
        for (reading, verb) in readings {
            if let person = reading.person {
                cite(person, .attributed, verb: verb, speaker: nil)
                article.note(person, speaksFor: reading.organization, hasSpoken: true)
            }
            if let organization = reading.organization {
                cite(organization, .attributed, verb: verb, speaker: reading.person?.name)
                article.note(organization, hasSpoken: true)
            }
        }
        if readings.isEmpty, let first = tokens.first, first.isAny(of: ["\"", "\u{201C}"]) {
            // a quotation with no speaker of its own, right after a sentence whose speaker was
            // named, is that speaker's
            citations = article.spokeJustBefore()
        }
        let spoke = citations.filter { $0.role == .attributed }
        if !spoke.isEmpty { article.noteSpoke(spoke) }
        for organization in named where !speakerPhrases.contains(organization.phrase) { cite(organization.source, .mentioned, verb: nil, speaker: nil) }
        return citations
    }

    /// The organisations the sentence names by a name that says it is one ("the Farmers Union
    /// of Wales", "airline Lufthansa"), and the people it names with a title, noted in
    /// `article` before the speakers are read, so that "the union said" or "Mr Kowal said"
    /// can refer to them.
    private func names(in tokens: [Token], structure: SentenceStructure, registry: [SourceMention],
                       article: inout ArticleSpeakers) -> [(phrase: Int, source: NamedSource)] {
        var found: [(phrase: Int, source: NamedSource)] = []
        for index in structure.phrases.indices {
            let phrase = structure.phrases[index]
            guard tokens[phrase.head].isCapitalized, !phrase.isPronoun else { continue }
            // only a phrase with a word that says what it names is read: most capitalized
            // phrases are places, products and people named in passing
            guard phrase.range.contains(where: { t in
                let word = tokens[t].word
                return words.nameKinds[word] != nil || words.descriptorKinds[word] != nil || words.honorifics.contains(word)
                    || words.spokespeople.contains(word) || reader.titles.contains(word)
            }) || (phrase.end < tokens.count && tokens[phrase.end].is("(")) else { continue }
            let reading = reader.read(index, tokens, structure, registry: registry, article: article, depth: 2)
            if let person = reading.person, reading.isTitled { article.note(person, speaksFor: reading.organization) }
            guard let organization = reading.organization, !organization.isCurated else { continue }
            // a lone capitalized word is an organisation only where a word says so ("airline
            // Lufthansa", "Lufthansa Ltd")
            guard (organization.kind != .company && organization.kind != .other) || organization.name.contains(" ")
                || phrase.range.contains(where: { words.descriptorKinds[tokens[$0].word] != nil })
            else { continue }
            article.note(organization)
            found.append((index, organization))
        }
        return found
    }

    /// The subject of an earlier clause of the sentence that a subject pronoun refers to:
    /// "it" to a phrase that is no person's name, "he" or "she" to a capitalized name.
    private func antecedent(of pronoun: Int, _ tokens: [Token], _ structure: SentenceStructure) -> Int? {
        let word = tokens[structure.phrases[pronoun].head]
        guard word.isAny(of: ["it", "he", "she"]) else { return nil }
        for clause in structure.clauses {
            guard let subject = clause.subject, subject != pronoun, structure.phrases[subject].end <= structure.phrases[pronoun].start,
                !structure.phrases[subject].isPronoun
            else { continue }
            let head = tokens[structure.phrases[subject].head]
            let isName = head.isCapitalized
            if word.is("it") ? (!isName || words.nameKinds[head.word] != nil) && words.descriptorKinds[head.word] != nil : isName { return subject }
            return nil
        }
        return nil
    }

    /// Whose evidence a phrase is: "the ministry's figures", "figures from the agency",
    /// "a report by the institute".
    private func evidenceOwner(_ phrase: Int, _ tokens: [Token], _ structure: SentenceStructure) -> Int? {
        if let owner = structure.phrases[phrase].possessor { return owner }
        for pp in structure.prepositions where pp.attachment == .noun(phrase) && tokens[pp.preposition].isAny(of: ["from", "by", "of"]) {
            if let object = pp.object { return object }
        }
        return nil
    }
}
