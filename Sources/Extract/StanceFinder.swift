/// Reads stances: who (an actor) is for, against or undecided about what (a target).
///
/// A cue word gives the polarity ("backing" support, "skeptical" oppose, "cautious"
/// neutral). Its actor is the subject it belongs to: before a verb cue ("Critics warn"),
/// before the copula of an adjective cue ("European capitals remain cautious"), the owner
/// or carrier of a noun cue ("Moscow's opposition", "Russia signals support", "Russian
/// support"). A negation between them flips support and opposition; hedges become the
/// qualifier. The target is the cue's object, else the article's topic.
struct StanceFinder: Sendable {
    let cues: StanceCues
    let functionWords: Set<String>

    private static let fillers: Set<String> = [
        "has", "have", "had", "will", "would", "may", "might", "could", "can", "should", "must", "do", "does", "did",
        "is", "are", "was", "were", "be", "been", "being", "also", "already", "still", "now", "however", "long", "more",
        "less", "very", "increasingly", "openly", "publicly", "repeatedly", "again", "so", "far", "both", "all", "too",
        "reportedly", "apparently", "privately", "largely", "broadly", "generally", "initially", "ultimately",
    ]
    private static let prepositions: Set<String> = ["for", "to", "of", "on", "about", "over", "toward", "towards", "against", "with"]
    private static let npStops: Set<String> = [
        "that", "which", "who", "while", "because", "as", "and", "but", "than", "without", "instead", "rather", "could",
        "would", "will", "may", "might", "can", "should", "must", "is", "are", "was", "were", "has", "have", "had", "to",
        "in", "on", "at", "by", "for", "since", "after", "before", "if", "fearing", "saying", "despite", "from", "into",
    ]

    func stances(in tokens: [Token], actors: [ActorMention], topic: Topic?) -> [Stance] {
        var stances: [Stance] = []
        var i = 0
        while i < tokens.count {
            if let (length, _) = cues.nonStance.match(tokens, at: i) {
                i += length
                continue
            }
            guard let (length, readings) = cues.cues.match(tokens, at: i) else {
                i += 1
                continue
            }
            // a word such as "support" is read as a noun after an article, adjective or
            // possessive ("conditional support"), else as a verb first
            let nounFirst = i > 0 && (tokens[i - 1].isCapitalized || tokens[i - 1].is("s") || !functionWords.contains(tokens[i - 1].lower)
                || ["a", "an", "the", "its", "their", "his", "her"].contains(tokens[i - 1].lower))
            let ordered = readings.sorted { first, _ in (first.partOfSpeech == .noun) == nounFirst }
            for cue in ordered {
                let found = read(cue, at: i, length: length, tokens: tokens, actors: actors, topic: topic)
                guard !found.isEmpty else { continue }
                for stance in found {
                    stances.removeAll { $0.actor == stance.actor }  // the later cue wins: it is the main clause's
                    stances.append(stance)
                }
                break
            }
            i += length
        }
        return stances
    }

    private func read(_ cue: StanceCues.Cue, at c: Int, length: Int, tokens: [Token], actors: [ActorMention], topic: Topic?) -> [Stance] {
        var k = c - 1
        var targetStart: Int?
        var group: [ActorMention] = []
        var region: [Int] = []
        func skipFillers() {
            var commas = 0
            while k >= 0 {
                let word = tokens[k].lower
                if Self.fillers.contains(word) || cues.hedges[word] != nil || isNegation(tokens, k)
                    || (word.hasSuffix("ly") && word.count > 4)
                {
                    region.append(k)
                    k -= 1
                } else if tokens[k].text == ",", commas < 2, k > 0, tokens[k - 1].lower == "however" || (k + 1 < tokens.count && tokens[k + 1].lower == "however") {
                    commas += 1
                    k -= 1
                } else if tokens[k].text == "’" || tokens[k].text == "'", k + 1 < c, tokens[k + 1].lower == "t" {
                    region.append(k)
                    k -= 1
                } else if tokens[k].lower == "t", k > 0, tokens[k - 1].text == "’" || tokens[k - 1].text == "'" {
                    region.append(k)
                    k -= 1
                } else if word.hasSuffix("n"), k + 2 < tokens.count, tokens[k + 1].text == "’" || tokens[k + 1].text == "'", tokens[k + 2].lower == "t" {
                    region.append(k)  // "doesn't"
                    k -= 1
                } else {
                    break
                }
            }
        }
        switch cue.partOfSpeech {
        case .verb:
            skipFillers()
            group = actorGroup(endingAt: k + 1, tokens: tokens, actors: actors)
        case .adjective:
            let before = k
            skipFillers()
            let sawCopula = (k + 1...max(k + 1, before)).contains { $0 >= 0 && $0 < tokens.count && cues.copulas.contains(tokens[$0].lower) }
                || (k >= 0 && cues.copulas.contains(tokens[k].lower))
            if k >= 0, cues.copulas.contains(tokens[k].lower) {
                k -= 1
                skipFillers()
            }
            if sawCopula || (k + 1 < tokens.count && cues.copulas.contains(tokens[k + 1].lower)) {
                group = actorGroup(endingAt: k + 1, tokens: tokens, actors: actors)
            }
        case .noun:
            // adjectives and articles before the noun: "gave conditional backing", "a potential stepping stone"
            var adjectives = 0
            while k >= 0, adjectives < 3, tokens[k].isWord, !tokens[k].isCapitalized,
                !(tokens[k].is("s") && k > 0 && (tokens[k - 1].text == "’" || tokens[k - 1].text == "'")),
                !functionWords.contains(tokens[k].lower) || ["a", "an", "the", "its", "their", "more"].contains(tokens[k].lower),
                !cues.lightVerbs.contains(tokens[k].lower), actors.first(where: { $0.end == k + 1 }) == nil
            {
                region.append(k)
                adjectives += 1
                k -= 1
            }
            if let adjective = actors.first(where: { $0.end == k + 1 && ($0.kind == .demonym || $0.kind == .country) }),
                k >= 0, tokens[k].isCapitalized
            {
                group = [adjective]  // "the conditional Russian support"
                if adjective.start > 0 { region.append(adjective.start - 1) }
            } else if k >= 1, tokens[k].is("s"), tokens[k - 1].text == "’" || tokens[k - 1].text == "'" {
                group = actorGroup(endingAt: k - 1, tokens: tokens, actors: actors)  // "Moscow's opposition"
            } else if k >= 0, cues.lightVerbs.contains(tokens[k].lower) {
                k -= 1
                skipFillers()
                group = actorGroup(endingAt: k + 1, tokens: tokens, actors: actors)  // "Russia signals support"
            } else if k >= 0, tokens[k].is("as"), let verb = (max(0, k - 12)..<k).last(where: { cues.targetVerbs.contains(tokens[$0].lower) }) {
                targetStart = verb + 1  // "view the plan as a stepping stone"
                k = verb - 1
                skipFillers()
                group = actorGroup(endingAt: skipAppositive(tokens, endingAt: k + 1), tokens: tokens, actors: actors)
            } else if k >= 0, tokens[k].text == "," {
                group = actorGroup(endingAt: k, tokens: tokens, actors: actors)  // "Germany and France, long advocates"
            }
        }
        guard !group.isEmpty else { return [] }
        var polarity = cue.polarity
        if region.contains(where: { isNegation(tokens, $0) }) {
            polarity = polarity == .support ? .oppose : polarity == .oppose ? .support : .neutral
        }
        let cueText = tokens[c..<(c + length)].writtenText
        let qualifier = cues.hedges[cueText.lowercased()]
            ?? region.sorted(by: >).compactMap { cues.hedges[tokens[$0].lower] }.first
        var target: String?
        if let targetStart {
            target = nounPhrase(tokens, from: targetStart)
        } else {
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
        let resolvedTarget = target ?? topic?.phrase
        let key = resolvedTarget.map { TargetKey.key(for: $0, topic: topic) }
        return group.map { actor in
            Stance(actor: actor.name, actorCountry: actor.country, target: resolvedTarget, targetKey: key,
                   polarity: polarity, qualifier: qualifier, cue: cueText)
        }
    }

    /// The actor ending at `end` and those coordinated with it: "Poland and the Baltic states".
    private func actorGroup(endingAt end: Int, tokens: [Token], actors: [ActorMention]) -> [ActorMention] {
        guard let last = actors.last(where: { $0.end == end }) else { return [] }
        var group = [last]
        var start = last.start
        while let previous = actors.last(where: { $0.end <= start && $0.end >= start - 3 }) {
            let between = tokens[previous.end..<start]
            guard between.allSatisfy({ ["and", ",", "the", "both", "or"].contains($0.lower) }),
                between.contains(where: { $0.lower == "and" || $0.text == "," || $0.lower == "or" })
            else { break }
            group.insert(previous, at: 0)
            start = previous.start
        }
        return group
    }

    /// Skips back over an appositive set off by commas: "Germany and France, long advocates
    /// for dialogue, view" -> the position after "France".
    private func skipAppositive(_ tokens: [Token], endingAt end: Int) -> Int {
        guard end > 0, tokens[end - 1].text == "," else { return end }
        var k = end - 2
        while k >= 0, end - k < 14 {
            if tokens[k].text == "," { return k }
            k -= 1
        }
        return end
    }

    /// The noun phrase starting at `start`: articles, modifiers, a possessive, and one
    /// "of" phrase ("Soviet membership of the World Bank"), up to eight tokens.
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
                } else if cues.cues.match(tokens, at: end, maxTokens: 1) != nil && end > start && !token.isCapitalized {
                    break
                }
            } else if !(token.text == "-" || token.text == "’" || token.text == "'") {
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
        return tokens[k].lower == "t" && k > 0 && (tokens[k - 1].text == "’" || tokens[k - 1].text == "'")
    }
}
