/// Reads stances: who (an actor) is for, against or undecided about what (a target).
///
/// A cue word gives the polarity ("backing" support, "skeptical" oppose, "cautious"
/// neutral). Its actor is the subject it belongs to: before a verb cue ("Critics warn"),
/// before the copula of an adjective cue ("European capitals remain cautious"), the owner
/// or carrier of a noun cue ("Moscow's opposition", "Russia signals support", "Russian
/// support"), after "by" in a passive ("was opposed by the Commerce Department"), before
/// the hyphen of a compound ("U.S.-backed rebels"). Pronouns and "the fund" stand for the
/// speaker named earlier ("Clausen said he doubts"). A negation between actor and cue flips
/// support and opposition; hedges become the qualifier. The target is the cue's object,
/// else the article's topic.
struct StanceFinder: Sendable {
    let cues: StanceCues
    let functionWords: WordSet
    let reportingVerbs: WordSet
    /// "critics", "exporters": plural nouns that name people who take sides.
    let collectives: PhraseIndex<String>

    private static let fillers: Set<String> = [
        "has", "have", "had", "will", "would", "may", "might", "could", "can", "should", "must", "do", "does", "did",
        "is", "are", "was", "were", "be", "been", "being", "also", "already", "still", "now", "however", "long", "more",
        "less", "very", "increasingly", "openly", "publicly", "repeatedly", "again", "so", "far", "both", "all", "too",
        "reportedly", "apparently", "privately", "largely", "broadly", "generally", "initially", "ultimately", "to",
        "yesterday", "today", "previously", "earlier", "later", "then", "even", "only", "just",
    ]
    private static let prepositions: Set<String> = ["for", "to", "of", "on", "about", "over", "toward", "towards", "against", "with"]
    /// An actor after one of these ("according to the Commission, France") is not a subject.
    private static let groupBreakers = prepositions.union(["by", "from", "in", "at"])
    private static let npStops: Set<String> = [
        "that", "which", "who", "while", "because", "as", "and", "but", "than", "without", "instead", "rather", "could",
        "would", "will", "may", "might", "can", "should", "must", "is", "are", "was", "were", "has", "have", "had", "to",
        "in", "on", "at", "by", "for", "since", "after", "before", "if", "fearing", "saying", "despite", "from", "into",
    ]
    private static let pronounTargets: Set<String> = ["it", "there", "this", "that", "them", "these", "those", "him", "her", "us", "me", "so"]
    private static let clauseOpeners: Set<String> = [",", "and", "but", "that", "while", "when", "because", "although", "though", "if", "since", "as"]
    private static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our", "some", "many", "several", "most", "even"]

    /// What the cue's actor and target were read from.
    private struct Reading {
        var group: [ActorMention] = []
        var region: [Int] = []
        var targetStart: Int?
        var targetText: String?
    }

    /// `topic` is asked for only when a stance is found: reading it takes a pass over the article.
    func stances(in tokens: [Token], actors: [ActorMention], topic: () -> Topic?) -> [Stance] {
        var stances: [Stance] = []
        var i = 0
        while i < tokens.count {
            if let (length, _) = cues.nonStance.match(tokens, at: i) {
                i += length
                continue
            }
            guard let (length, readings) = cues.cues.match(tokens, at: i), i == 0 || !tokens[i].isCapitalized else {
                i += 1  // "the Child Support Agency" names a body; it takes no side
                continue
            }
            // a word such as "support" is read as a noun after an article, adjective or
            // possessive ("conditional support"), else as a verb first
            let nounFirst = i > 0 && (tokens[i - 1].isCapitalized || tokens[i - 1].is("s") || !functionWords.contains(tokens[i - 1].word)
                || ["a", "an", "the", "its", "their", "his", "her"].contains(tokens[i - 1].lower))
            let priority: [StanceCues.PartOfSpeech] = nounFirst ? [.noun, .verb, .adjective] : [.verb, .adjective, .noun]
            let ordered = priority.compactMap { part in readings.first { $0.partOfSpeech == part } }
            for cue in ordered {
                let found = read(cue, at: i, length: length, tokens: tokens, actors: actors, topic: topic)
                guard !found.isEmpty else { continue }
                for stance in found {
                    stances.removeAll { $0.actor == stance.actor && $0.polarity == stance.polarity && $0.target == stance.target }
                    stances.append(stance)
                }
                break
            }
            i += length
        }
        return stances
    }

    private func read(_ cue: StanceCues.Cue, at c: Int, length: Int, tokens: [Token], actors: [ActorMention], topic readTopic: () -> Topic?) -> [Stance] {
        var reading: Reading
        switch cue.partOfSpeech {
        case .verb: reading = readVerb(at: c, length: length, tokens: tokens, actors: actors)
        case .adjective: reading = readAdjective(at: c, tokens: tokens, actors: actors)
        case .noun: reading = readNoun(at: c, length: length, tokens: tokens, actors: actors)
        }
        guard !reading.group.isEmpty else { return [] }
        var polarity = cue.polarity
        if reading.region.contains(where: { isNegation(tokens, $0) || cues.negatingControlVerbs.contains(tokens[$0].word) }) {
            polarity = polarity == .support ? .oppose : polarity == .oppose ? .support : .neutral
        }
        let cueText = tokens[c..<(c + length)].writtenText
        let qualifier = cues.hedges[cueText.lowercased()]
            ?? reading.region.sorted(by: >).compactMap { cues.hedgeWords[tokens[$0].word] }.first
        var target = reading.targetText ?? reading.targetStart.flatMap { nounPhrase(tokens, from: $0) }
        if target == nil, reading.targetStart == nil {
            let next = c + length
            if next < tokens.count {
                switch cue.partOfSpeech {
                case .verb:
                    target = tokens[next].is("that") ? nounPhrase(tokens, from: next + 1) : nounPhrase(tokens, from: next)
                case .noun, .adjective:
                    if Self.prepositions.contains(tokens[next].lower) { target = nounPhrase(tokens, from: next + 1) }
                }
            }
        }
        if let written = target, Self.pronounTargets.contains(written.lowercased()) { target = nil }
        // a pronoun nobody in the sentence stands behind names no one
        let named = reading.group.filter { cues.pronouns[$0.name.lowercased()] == nil }
        guard !named.isEmpty else { return [] }
        let topic = readTopic()
        let resolvedTarget = target ?? topic?.phrase
        let key = resolvedTarget.map { TargetKey.key(for: $0, topic: topic) }
        return named.map { actor in
            Stance(actor: actor.name, actorCountry: actor.country, target: resolvedTarget, targetKey: key,
                   polarity: polarity, qualifier: qualifier, cue: cueText)
        }
    }

    // MARK: readings by part of speech

    private func readVerb(at c: Int, length: Int, tokens: [Token], actors: [ActorMention]) -> Reading {
        var reading = Reading()
        // "U.S.-backed Contra rebels": the actor is glued before the hyphen
        if c >= 2, tokens[c - 1].is("-"), !tokens[c - 1].spaced, !tokens[c].spaced {
            let end = c - 1
            reading.group = actors.last(where: { $0.end == end }).map { [$0] } ?? nounPhraseBefore(end, tokens: tokens).map { [$0] } ?? []
            reading.targetStart = c + length
            return reading
        }
        // "was opposed by the Commerce Department": the actors follow "by"
        let next = c + length
        var beforeParticiple = c - 1
        while beforeParticiple > 0, tokens[beforeParticiple].lower.hasSuffix("ly") { beforeParticiple -= 1 }
        if next + 1 < tokens.count, tokens[next].is("by"), beforeParticiple >= 0,
            ["was", "were", "been", "is", "are", "be", "being"].contains(tokens[beforeParticiple].lower)
        {
            reading.group = groupStarting(at: next + 1, tokens: tokens, actors: actors)
            var k = c - 1
            while k >= 0, Self.fillers.contains(tokens[k].lower) { k -= 1 }
            if let subject = nounPhraseBefore(k + 1, tokens: tokens) { reading.targetText = subject.name }
            return reading
        }
        // "a price system to support domestic producers": a purpose, not a stance
        if c >= 2, tokens[c - 1].is("to") {
            var k = c - 2
            while k >= 0, tokens[k].lower.hasSuffix("ly") || Self.fillers.contains(tokens[k].lower) && !tokens[k].is("to") { k -= 1 }
            let governed = k >= 0 && (cues.controlVerbs.contains(tokens[k].word) || cues.negatingControlVerbs.contains(tokens[k].word)
                || ["would", "will", "not", "never"].contains(tokens[k].lower))
            if !governed { return reading }
        }
        var k = c - 1
        skipFillers(&k, &reading.region, tokens: tokens, limit: c)
        // "France and Italy, backed by Belgium and Portugal, opposed ...": past
        // the appositive; those who back the subject take its side
        if k >= 0, tokens[k].is(","), k + 1 == c {
            let end = skipAppositive(tokens, endingAt: k + 1)
            if end != k + 1 {
                reading.group = subject(endingAt: end, tokens: tokens, actors: actors)
                if end + 2 < k, ["backed", "supported", "joined", "seconded"].contains(tokens[end + 1].lower), tokens[end + 2].is("by") {
                    reading.group += groupStarting(at: end + 3, tokens: tokens, actors: actors, knownOnly: true)
                }
                return reading
            }
        }
        // "said farmers needed more credit and welcomed ...", "having earlier criticised":
        // a verb coordinated with the clause's takes its subject
        if k >= 0, tokens[k].is("and") || tokens[k].is("but") || tokens[k].is("having") {
            reading.group = sentenceSubject(tokens: tokens, actors: actors, before: k)
            return reading
        }
        reading.group = subject(endingAt: k + 1, tokens: tokens, actors: actors)
        return reading
    }

    private func readAdjective(at c: Int, tokens: [Token], actors: [ActorMention]) -> Reading {
        var reading = Reading()
        var k = c - 1
        skipFillers(&k, &reading.region, tokens: tokens, limit: c)
        let copulaInRegion = reading.region.contains { cues.copulas.contains(tokens[$0].word) }
        var sawCopula = copulaInRegion
        if k >= 0, cues.copulas.contains(tokens[k].word) {
            sawCopula = true
            k -= 1
            skipFillers(&k, &reading.region, tokens: tokens, limit: c)
        }
        guard sawCopula else { return reading }
        if k >= 0, tokens[k].is("and") || tokens[k].is("but") {
            reading.group = sentenceSubject(tokens: tokens, actors: actors, before: k)
        } else {
            reading.group = subject(endingAt: k + 1, tokens: tokens, actors: actors)
        }
        return reading
    }

    private func readNoun(at c: Int, length: Int, tokens: [Token], actors: [ActorMention]) -> Reading {
        var reading = Reading()
        // "opposition parties say": the cue names who opposes
        let after = c + length
        if cues.cues.match(tokens, at: c, maxTokens: 1)?.value.contains(where: { $0.polarity == .oppose }) == true,
            tokens[c].lower.hasPrefix("opposition"), after < tokens.count, tokens[after].isWord,
            tokens[after].lower.hasSuffix("s"), !functionWords.contains(tokens[after].word)
        {
            reading.group = [ActorMention(name: tokens[c...after].writtenText.lowercasedFirst(), country: nil, start: c, end: after + 1, kind: .collective)]
            return reading
        }
        // "the open backing of the Swiss National Bank": the owner is the actor
        if after < tokens.count, tokens[after].is("of"), let owner = groupStarting(at: after + 1, tokens: tokens, actors: actors, knownOnly: true).first {
            reading.group = [owner]
            return reading
        }
        var k = c - 1
        // adjectives and articles before the noun: "gave conditional backing", "a potential stepping stone"
        var adjectives = 0
        while k >= 0, adjectives < 3, tokens[k].isWord, !tokens[k].isCapitalized,
            !(tokens[k].is("s") && k > 0 && (tokens[k - 1].is("’") || tokens[k - 1].is("'"))),
            !functionWords.contains(tokens[k].word) || ["a", "an", "the", "its", "their", "his", "her", "more"].contains(tokens[k].lower),
            !cues.lightVerbs.contains(tokens[k].word), actors.first(where: { $0.end == k + 1 }) == nil
        {
            reading.region.append(k)
            adjectives += 1
            k -= 1
        }
        if let owner = reading.region.last.map({ tokens[$0].lower }), ["his", "her", "their", "its"].contains(owner),
            let position = reading.region.last
        {
            // "his support for the war": the owner is whoever the pronoun stands for
            let kind = owner == "its" ? "institution" : owner == "their" ? "any" : "person"
            reading.group = antecedent(before: position, kind: kind, tokens: tokens, actors: actors)
                ?? sentenceSubject(tokens: tokens, actors: actors, before: position)
        } else if let holder = reading.region.first.flatMap({ cues.adjectiveActors[tokens[$0].word] }), reading.region.first == c - 1 {
            reading.group = [ActorMention(name: holder, country: nil, start: c - 1, end: c, kind: .collective)]  // "public opposition"
        } else if let adjective = actors.first(where: { $0.end == k + 1 && ($0.kind == .demonym || $0.kind == .country) }),
            k >= 0, tokens[k].isCapitalized
        {
            reading.group = [adjective]  // "the conditional Russian support"
            if adjective.start > 0 { reading.region.append(adjective.start - 1) }
        } else if k >= 1, tokens[k].is("s"), tokens[k - 1].is("’") || tokens[k - 1].is("'") {
            reading.group = subject(endingAt: k - 1, tokens: tokens, actors: actors)  // "Moscow's opposition"
        } else if k >= 0, cues.lightVerbs.contains(tokens[k].word) {
            k -= 1
            skipFillers(&k, &reading.region, tokens: tokens, limit: c)
            reading.group = subject(endingAt: k + 1, tokens: tokens, actors: actors)  // "Russia signals support"
        } else if k >= 0, tokens[k].is("as"), let verb = (max(0, k - 12)..<k).last(where: { cues.targetVerbs.contains(tokens[$0].word) }) {
            reading.targetStart = verb + 1  // "view the plan as a stepping stone"
            k = verb - 1
            skipFillers(&k, &reading.region, tokens: tokens, limit: c)
            reading.group = subject(endingAt: skipAppositive(tokens, endingAt: k + 1), tokens: tokens, actors: actors)
        } else if k >= 0, tokens[k].is(",") {
            reading.group = actorGroup(endingAt: k, tokens: tokens, actors: actors)  // "Germany and France, long advocates"
        }
        if reading.group.isEmpty {
            // "opposition to the deal by the administration", "protest from exporters"
            var j = c + length
            if j < tokens.count, tokens[j].is("from") || tokens[j].is("by") {
                // only someone: "protest from exporters ... and from EC consumer groups", not
                // "criticism from multiple directions"
                var senders: [ActorMention] = []
                var k = j
                while k < tokens.count, k < j + 16 {
                    if tokens[k].is("from") || (k == j && tokens[k].is("by")) {
                        senders += groupStarting(at: k + 1, tokens: tokens, actors: actors)
                    }
                    k += 1
                }
                reading.group = senders.filter { $0.kind != .collective || $0.name.first?.isUppercase == true || isCollective($0.name) }
            } else if j < tokens.count, Self.prepositions.contains(tokens[j].lower) {
                j += 1
                while j < tokens.count, j < c + length + 16, !tokens[j].is("by"), !tokens[j].is("from"), !tokens[j].is(",") { j += 1 }
                if j + 1 < tokens.count, tokens[j].is("by") || tokens[j].is("from") {
                    reading.group = groupStarting(at: j + 1, tokens: tokens, actors: actors)  // "... came from Hale and Norcross"
                }
            }
        }
        return reading
    }

    // MARK: actors

    /// The subject ending at `end`: a known actor and those coordinated with it, a pronoun or
    /// "the fund" standing for the speaker named earlier, or failing both the noun phrase
    /// itself ("the subcommittee", "Jopling").
    private func subject(endingAt end: Int, tokens: [Token], actors: [ActorMention]) -> [ActorMention] {
        guard end > 0 else { return [] }
        let known = actorGroup(endingAt: end, tokens: tokens, actors: actors)
        if !known.isEmpty { return known }
        if let kind = cues.pronounWords[tokens[end - 1].word] {
            let start = end - 1
            return antecedent(before: start, kind: kind, tokens: tokens, actors: actors)
                ?? [ActorMention(name: tokens[start].lower, country: nil, start: start, end: end, kind: .collective)]
        }
        if end >= 2, tokens[end - 2].is("the"), cues.anaphors.match(tokens, at: end - 1, maxTokens: 2) != nil,
            let resolved = antecedent(before: end - 2, kind: "institution", tokens: tokens, actors: actors)
        {
            return resolved
        }
        guard let phrase = nounPhraseBefore(end, tokens: tokens) else { return [] }
        // "Italy in particular and several Asian countries": known actors coordinated before it
        var start = phrase.start
        while start > 0, tokens[start - 1].isWord, ["most", "many", "other", "several", "some", "all"].contains(tokens[start - 1].lower) { start -= 1 }
        let before = actorGroup(endingAt: start, tokens: tokens, actors: actors)
        if before.isEmpty, start >= 2, tokens[start - 1].is("and") {
            var k = start - 1
            while k > 0, ["and", "in", "particular", "especially", "notably", ","].contains(tokens[k].lower) { k -= 1 }
            return actorGroup(endingAt: k + 1, tokens: tokens, actors: actors) + [phrase]
        }
        return [phrase]
    }

    /// The speaker a pronoun stands for: the subject of a reporting verb before it ("Clausen
    /// said he doubts"), else the sentence's first actor.
    private func antecedent(before position: Int, kind: String, tokens: [Token], actors: [ActorMention]) -> [ActorMention]? {
        var k = position - 1
        while k > 0 {
            if reportingVerbs.contains(tokens[k].word) || tokens[k].is("told") || tokens[k].is("added") {
                var e = k
                while e > 0, Self.fillers.contains(tokens[e - 1].lower) { e -= 1 }
                // "WHO officials said", "Bank of Canada Governor Lena Holt said"
                let candidates = actors.filter { $0.end <= e && $0.end >= e - 4 }
                let fitting = candidates.filter { kind == "person" ? $0.kind == .person || $0.kind == .leader : kind == "institution" ? $0.kind == .institution || $0.kind == .country : true }
                if let best = fitting.last ?? (kind == "any" ? candidates.last : nil) { return [best] }
                // "Okafor, policy director of the Shippers' Council, said he"
                let subjectEnd = skipAppositive(tokens, endingAt: e)
                if subjectEnd != e, let best = actors.last(where: { $0.end == subjectEnd }) { return [best] }
                if kind != "institution", let phrase = nounPhraseBefore(subjectEnd, tokens: tokens) { return [phrase] }
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// The clause subject for a coordinated verb: the actor or noun phrase the sentence opens with.
    private func sentenceSubject(tokens: [Token], actors: [ActorMention], before limit: Int) -> [ActorMention] {
        if let first = actors.first(where: { $0.start <= 2 && $0.end <= limit }) {
            return actorGroup(endingAt: first.end, tokens: tokens, actors: actors)
        }
        var end = 0
        while end < limit, end < tokens.count, tokens[end].isWord, !functionWords.contains(tokens[end].word) || end == 0 { end += 1 }
        return nounPhraseBefore(end, tokens: tokens).map { [$0] } ?? []
    }

    /// The actor ending at `end` and those coordinated with it: "Poland and the Baltic states".
    /// An actor after a preposition ("according to the Commission, France") is not in it.
    private func actorGroup(endingAt end: Int, tokens: [Token], actors: [ActorMention]) -> [ActorMention] {
        guard let last = actors.last(where: { $0.end == end }) else { return [] }
        var group = [last]
        var start = last.start
        while let previous = actors.last(where: { $0.end <= start && $0.end >= start - 3 }) {
            let between = tokens[previous.end..<start]
            guard between.allSatisfy({ ["and", ",", "the", "both", "or", "in", "particular", "especially", "notably", "also"].contains($0.lower) }),
                between.contains(where: { $0.lower == "and" || $0.is(",") || $0.lower == "or" }),
                !(previous.start > 0 && Self.groupBreakers.contains(tokens[previous.start - 1].lower))
            else { break }
            group.insert(previous, at: 0)
            start = previous.start
        }
        return group
    }

    /// Actors listed from `start`: "the U.S. Labor Department and the U.S. Energy Department".
    private func groupStarting(at start: Int, tokens: [Token], actors: [ActorMention], knownOnly: Bool = false) -> [ActorMention] {
        var k = start
        while k < tokens.count, Self.determiners.contains(tokens[k].lower) { k += 1 }
        var group: [ActorMention] = []
        while k < tokens.count {
            var known = actors.first(where: { $0.start == k || ($0.start == k - 1 && k > 0 && tokens[k - 1].is("the")) })
            // "EC consumer groups": a name used as a modifier belongs to the group after it
            if let actor = known, !knownOnly, actor.end < tokens.count, tokens[actor.end].isWord, !tokens[actor.end].isCapitalized,
                !Self.npStops.contains(tokens[actor.end].lower), !functionWords.contains(tokens[actor.end].word)
            {
                known = nil
            }
            guard let member = known ?? (knownOnly ? nil : nounPhraseAfter(k, tokens: tokens)) else { break }
            group.append(member)
            k = member.end
            guard k < tokens.count, tokens[k].is("and") || tokens[k].is(",") else { break }
            k += 1
            while k < tokens.count, Self.determiners.contains(tokens[k].lower) { k += 1 }
        }
        return group
    }

    /// A noun phrase ending at `end`, read backwards, for subjects the lexicon does not
    /// know: "the subcommittee", "Jopling", "senior officials of large regional utilities".
    private func nounPhraseBefore(_ end: Int, tokens: [Token]) -> ActorMention? {
        var start = end
        while start > 0, end - start < 6 {
            let token = tokens[start - 1]
            guard token.isWord else { break }
            let word = token.lower
            if word == "of", start - 1 > 0, start < end { start -= 1; continue }
            if functionWords.contains(token.word) || Self.determiners.contains(word) || reportingVerbs.contains(token.word)
                || cues.cues.match(tokens, at: start - 1, maxTokens: 1) != nil
            {
                break
            }
            if !token.isCapitalized && (word.hasSuffix("ed") || word.hasSuffix("ing")) { break }
            start -= 1
        }
        while start < end, tokens[start].is("of") { start += 1 }
        guard start < end, tokens[end - 1].isWord, !tokens[end - 1].is("of") else { return nil }
        // only names ("Jopling"), phrases an article or quantifier opens ("the subcommittee",
        // "several countries"), or a sentence's opening noun ("Gibraltarians")
        // a proper name ("Jopling", "Berger and Montague"), or a plural or body an article,
        // quantifier or clause opens ("the subcommittee", "several countries", ", soybean groups")
        let opener = start > 0 ? tokens[start - 1].lower : ""
        let phrase = tokens[start..<end]
        let isName = phrase.allSatisfy { $0.isCapitalized || $0.is("of") } && (start > 0 || end - start >= 1)
        let last = tokens[end - 1].lower
        let isGroupNoun = (last.hasSuffix("s") && !last.hasSuffix("ss") && last.count > 3) || cues.anaphors.match(tokens, at: end - 1, maxTokens: 1) != nil
        let opened = Self.determiners.contains(opener) || Self.clauseOpeners.contains(opener) || start == 0
        guard isName || (opened && isGroupNoun) else { return nil }
        let name = tokens[start..<end].writtenText
        return ActorMention(name: tokens[start].isCapitalized && start > 0 ? name : name.lowercasedFirst(), country: nil,
                            start: start, end: end, kind: .collective)
    }

    private func nounPhraseAfter(_ start: Int, tokens: [Token]) -> ActorMention? {
        var end = start
        while end < tokens.count, end - start < 6, tokens[end].isWord, !Self.npStops.contains(tokens[end].lower),
            !(tokens[end].is("and") || tokens[end].is("of"))
        {
            end += 1
        }
        guard end > start else { return nil }
        return ActorMention(name: tokens[start..<end].writtenText, country: nil, start: start, end: end, kind: .collective)
    }

    // MARK: helpers

    private func isCollective(_ phrase: String) -> Bool {
        guard let last = phrase.split(separator: " ").last else { return false }
        return collectives.value(of: String(last)) != nil
    }

    /// Skips auxiliaries, adverbs, hedges, negations, "to" after a control verb, and ", however,".
    private func skipFillers(_ k: inout Int, _ region: inout [Int], tokens: [Token], limit: Int) {
        var commas = 0
        while k >= 0 {
            let word = tokens[k].lower
            if Self.fillers.contains(word) || cues.hedgeWords[tokens[k].word] != nil || isNegation(tokens, k)
                || (word.hasSuffix("ly") && word.count > 4 && !tokens[k].isCapitalized)
                || ((cues.controlVerbs.contains(tokens[k].word) || cues.negatingControlVerbs.contains(tokens[k].word)) && k + 1 < tokens.count && region.contains(k + 1) && tokens[k + 1].is("to"))
            {
                region.append(k)
                k -= 1
            } else if tokens[k].isAny(of: ["\"", "”", "“"]) {
                k -= 1  // "Germany and most European countries" have supported
            } else if tokens[k].is(","), commas < 2, k > 0, tokens[k - 1].lower == "however" || (k + 1 < tokens.count && tokens[k + 1].lower == "however") {
                commas += 1
                k -= 1
            } else if tokens[k].is("’") || tokens[k].is("'"), k + 1 < limit, tokens[k + 1].lower == "t" {
                region.append(k)
                k -= 1
            } else if word.hasSuffix("n"), k + 2 < tokens.count, tokens[k + 1].is("’") || tokens[k + 1].is("'"), tokens[k + 2].lower == "t" {
                region.append(k)  // "doesn't"
                k -= 1
            } else if word == "t", k > 0, tokens[k - 1].is("’") || tokens[k - 1].is("'") {
                region.append(k)
                k -= 1
            } else {
                break
            }
        }
    }

    /// Skips back over an appositive set off by commas: "Germany and France, long advocates
    /// for dialogue, view" -> the position after "France".
    private func skipAppositive(_ tokens: [Token], endingAt end: Int) -> Int {
        guard end > 0, tokens[end - 1].is(",") else { return end }
        var k = end - 2
        while k >= 0, end - k < 14 {
            if tokens[k].is(",") { return k }
            k -= 1
        }
        return end
    }

    /// The noun phrase starting at `start`: articles, modifiers, a possessive, and one
    /// "of" phrase ("Swiss membership of the grain council"), up to eight tokens.
    private func nounPhrase(_ tokens: [Token], from start: Int) -> String? {
        var end = start
        var usedOf = false
        while end < tokens.count, end - start < 8 {
            let token = tokens[end]
            if token.isWord {
                if token.is("of"), !usedOf, end > start {
                    usedOf = true
                } else if Self.npStops.contains(token.lower) && end > start {
                    break
                } else if end > start, !token.isCapitalized, token.lower.hasSuffix("ing"), token.lower.count > 5 {
                    break  // "a proposal offering Ukraine protection": the phrase ends at the participle
                } else if end > start, !token.isCapitalized, token.lower.hasSuffix("ed"), tokens[end - 1].isWord,
                    !functionWords.contains(tokens[end - 1].word)
                {
                    break  // "Ukraine's NATO membership hardened": a verb after the noun
                } else if cues.cues.match(tokens, at: end, maxTokens: 1) != nil && end > start && !token.isCapitalized {
                    break
                }
            } else if !(token.is("-") || token.is("’") || token.is("'")) {
                break
            }
            end += 1
        }
        while end > start, tokens[end - 1].is("of") || !tokens[end - 1].isWord { end -= 1 }
        guard end > start else { return nil }
        return tokens[start..<end].writtenText
    }

    private func isNegation(_ tokens: [Token], _ k: Int) -> Bool {
        if cues.negations.match(tokens, at: k, maxTokens: 2) != nil { return true }
        return tokens[k].lower == "t" && k > 0 && (tokens[k - 1].is("’") || tokens[k - 1].is("'"))
    }
}

extension String {
    /// "Critics" -> "critics": a common noun that opened a sentence.
    func lowercasedFirst() -> String {
        guard let first = first, first.isUppercase else { return self }
        let rest = dropFirst()
        if rest.contains(where: { $0.isUppercase }) { return self }
        return first.lowercased() + rest
    }
}
