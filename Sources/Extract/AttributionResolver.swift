/// Decides, for each source a sentence names, whether the claim is attributed to it or
/// only mentions it, by which cue, and who speaks for it.
///
/// Attributed: "according to X", "as supported by X and Y", "X projects", "X has said",
/// "X's data shows", "X officials said", "an X-sponsored survey said", "..., said X.",
/// "World Bank President Ann Keller said", "Treasury Secretary Paul Brandt said",
/// "X rejected the plan, saying ...", "X proposed that ...". Everything else that names a
/// source ("resembles Article 5, NATO's principle") only mentions it.
struct AttributionResolver: Sendable {
    let cues: AttributionCues
    let titles: WordSet
    let outlets: PhraseIndex<String>

    private struct Cue {
        var verb: String
        var speaker: String?
    }

    func citations(_ mentions: [SourceMention], in tokens: [Token]) -> [SourceCitation] {
        let starts = Set(mentions.map(\.textStart))
        var found: [Cue?] = mentions.map { attributingCue(for: $0, in: tokens, otherMentions: starts) }
        // A coordinated or appositive group ("the World Bank and IMF", "The Regional
        // Grain Board, RGB,") shares the cue of any member.
        var groupStart = 0
        for index in mentions.indices {
            let joined = index > 0 && isGrouped(mentions[index - 1], mentions[index], in: tokens)
            if !joined { groupStart = index }
            let nextJoined = index + 1 < mentions.count && isGrouped(mentions[index], mentions[index + 1], in: tokens)
            if !nextJoined, let cue = found[groupStart...index].compactMap({ $0 }).first {
                for member in groupStart...index where found[member] == nil { found[member] = Cue(verb: cue.verb) }
            }
        }
        let outlet = reportingOutlet(in: tokens)
        var citations: [SourceCitation] = []
        for (index, mention) in mentions.enumerated() {
            let text = tokens[mention.textStart..<mention.nameEnd].writtenText
            let citation = SourceCitation(
                key: mention.key, role: found[index] == nil ? .mentioned : .attributed, text: text,
                verb: found[index]?.verb, speaker: found[index]?.speaker, outlet: outlet)
            if let existing = citations.firstIndex(where: { $0.key == mention.key }) {
                if citations[existing].role == .mentioned && citation.role == .attributed { citations[existing] = citation }
            } else {
                citations.append(citation)
            }
        }
        return citations
    }

    /// The cue that attributes the claim to this mention, if any.
    private func attributingCue(for mention: SourceMention, in tokens: [Token], otherMentions: Set<Int>) -> Cue? {
        if !mention.isTitle, let (_, phrase) = cues.preceding.match(tokens, endingBefore: mention.textStart) {
            return Cue(verb: phrase)
        }
        if let cue = verbAfter(mention, in: tokens, otherMentions: otherMentions) { return cue }
        // "..., said the IMF." at the end of the sentence
        let before = mention.textStart - 1
        if before >= 1, cues.verbs.contains(tokens[before].word),
            tokens[before - 1].isAny(of: [",", "”", "\"", "’", "'"]),
            mention.nameEnd == tokens.count || [".", ",", "in", "on", "at", "when"].contains(tokens[mention.nameEnd].lower)
        {
            return Cue(verb: tokens[before].lower)
        }
        // "OPEC rejected calls to raise output, saying the market was supplied."
        if mention.textStart == 0, let participle = participleAfterComma(tokens, from: mention.nameEnd) {
            return Cue(verb: participle)
        }
        return nil
    }

    /// The verb the source (or its people) says things with, scanning past possessives,
    /// evidence nouns ("data", "officials"), titles and names ("President Ann Keller"),
    /// auxiliaries, and a short phrase after them ("director for Northern Europe and the
    /// Baltics"), but never past a comma, a number or another verb.
    private func verbAfter(_ mention: SourceMention, in tokens: [Token], otherMentions: Set<Int>) -> Cue? {
        var j = mention.nameEnd
        // "The Regional Grain Board, RGB, said": an appositive name closes with a comma
        if j < tokens.count, tokens[j].is(","), mention.textStart > 0, tokens[mention.textStart - 1].is(",") { j += 1 }
        var possessive = false
        if j + 1 < tokens.count, tokens[j].is("’") || tokens[j].is("'"), tokens[j + 1].is("s") {
            possessive = true
            j += 2
        }
        if mention.isSponsor { j += 2 }
        var sawEvidence = mention.isTitle
        var lastCapitalizedRun: [String] = []
        var inRun = false
        var skipped = 0
        while j < tokens.count, skipped <= 10, !otherMentions.contains(j) {
            let token = tokens[j]
            let word = token.word
            // after a possessive, "report" and "survey" are what speaks, not the verb
            let isEvidenceFirst = (possessive || mention.isSponsor) && !sawEvidence && cues.evidenceNouns.contains(word)
            // "ahead of IMF forecasts, officials said", "for 21 World Bank projects.": a plural
            // noun, not a verb, where nothing follows it in its clause
            let endsClause = j + 1 == tokens.count || tokens[j + 1].isAny(of: [",", ".", ";", ")", ":"])
            let isPluralNoun = endsClause && token.lower.hasSuffix("s") && !token.is("says")
            if token.isWord, !isEvidenceFirst, !isPluralNoun,
                cues.verbs.contains(word) || (cues.thatVerbs.contains(word) && j + 1 < tokens.count && tokens[j + 1].is("that"))
            {
                if (possessive || mention.isSponsor) && !sawEvidence { return nil }
                if skipped > 3 && !sawEvidence { return nil }
                return Cue(verb: token.lower, speaker: lastCapitalizedRun.isEmpty ? nil : lastCapitalizedRun.joined(separator: " "))
            }
            if token.is("(") || token.is(")") || (token.is("-") && !token.spaced) {
                j += 1
                continue
            }
            guard token.isWord else { return nil }
            if cues.evidenceNouns.contains(word) || titles.contains(word) {
                sawEvidence = true
                inRun = false
            } else if cues.auxiliaries.contains(word) {
                inRun = false
            } else if token.isCapitalized {
                if !inRun { lastCapitalizedRun = [] }
                lastCapitalizedRun.append(token.text)
                inRun = true
            } else if sawEvidence && ["for", "of", "on", "in", "at", "the", "and"].contains(token.lower) {
                inRun = false  // "counselor in Belgrade", "director for Northern Europe and the Baltics"
            } else if possessive || mention.isSponsor {
                inRun = false  // "the World Bank's reconstruction data"
            } else {
                return nil
            }
            skipped += 1
            j += 1
        }
        return nil
    }

    /// ", saying" (or "adding", "noting" ...) after the subject's clause.
    private func participleAfterComma(_ tokens: [Token], from start: Int) -> String? {
        guard start < tokens.count else { return nil }
        for k in start..<(tokens.count - 1) where tokens[k].is(",") && cues.participles.contains(tokens[k + 1].word) {
            return tokens[k + 1].lower
        }
        return nil
    }

    /// "and", "or", "&", "as well as" between two mentions, or a comma between two names of
    /// the same source.
    private func isGrouped(_ first: SourceMention, _ second: SourceMention, in tokens: [Token]) -> Bool {
        let start = first.nameEnd
        let end = second.textStart
        guard start < end else { return false }
        let between = tokens[start..<end]
        if first.key == second.key, between.allSatisfy({ $0.is(",") }) { return true }
        return between.allSatisfy { ["and", "or", ",", "&", "the", "as", "well"].contains($0.lower) }
            && between.contains { $0.lower == "and" || $0.lower == "or" || $0.lower == "&" }
    }

    /// An outlet the sentence says reports it: "..., the Financial Times reported",
    /// "according to the Wall Street Journal", "told the BBC".
    private func reportingOutlet(in tokens: [Token]) -> String? {
        var i = 0
        while i < tokens.count {
            guard let (length, name) = outlets.match(tokens, at: i) else {
                i += 1
                continue
            }
            let after = i + length
            let before = i > 0 && tokens[i - 1].is("the") ? i - 1 : i
            if after < tokens.count, cues.verbs.contains(tokens[after].word) { return name }
            if cues.preceding.match(tokens, endingBefore: before) != nil { return name }
            if before > 0, ["told", "quoting", "quoted"].contains(tokens[before - 1].lower) { return name }
            i = after
        }
        return nil
    }
}
