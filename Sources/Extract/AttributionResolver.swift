/// Decides, for each source a sentence names, whether the claim is attributed to it or
/// only mentions it, and by which cue.
///
/// Attributed: "according to X", "as supported by X and Y", "X projects", "X has said",
/// "X's data shows", "X officials said", "an X-sponsored survey said", "..., said X".
/// Everything else that names a source ("resembles Article 5, NATO's principle") mentions it.
struct AttributionResolver: Sendable {
    let cues: AttributionCues

    func citations(_ mentions: [SourceMention], in tokens: [Token]) -> [SourceCitation] {
        var verbs: [String?] = mentions.map { attributingCue(for: $0, in: tokens) }
        // A coordinated group ("the World Bank and IMF") shares the cue of any member.
        var groupStart = 0
        for index in mentions.indices {
            let joined = index > 0 && isCoordination(tokens, from: mentions[index - 1].nameEnd, to: mentions[index].textStart)
            if !joined { groupStart = index }
            let nextJoined = index + 1 < mentions.count
                && isCoordination(tokens, from: mentions[index].nameEnd, to: mentions[index + 1].textStart)
            if !nextJoined, let cue = verbs[groupStart...index].compactMap({ $0 }).first {
                for member in groupStart...index { verbs[member] = verbs[member] ?? cue }
            }
        }
        var citations: [SourceCitation] = []
        for (index, mention) in mentions.enumerated() {
            let text = tokens[mention.textStart..<mention.nameEnd].writtenText
            let citation = SourceCitation(
                key: mention.key, role: verbs[index] == nil ? .mentioned : .attributed, text: text, verb: verbs[index])
            if let existing = citations.firstIndex(where: { $0.key == mention.key }) {
                if citations[existing].role == .mentioned && citation.role == .attributed { citations[existing] = citation }
            } else {
                citations.append(citation)
            }
        }
        return citations
    }

    /// The cue that attributes the claim to this mention, if any.
    private func attributingCue(for mention: SourceMention, in tokens: [Token]) -> String? {
        if let (_, phrase) = cues.preceding.match(tokens, endingBefore: mention.textStart) { return phrase }
        if let verb = verbAfter(mention, in: tokens) { return verb }
        // "..., said the IMF."
        let before = mention.textStart - 1
        if before >= 1, cues.verbs.contains(tokens[before].lower),
            tokens[before - 1].text == "," || tokens[before - 1].text == "”" || tokens[before - 1].text == "\""
        {
            return tokens[before].lower
        }
        return nil
    }

    /// "X projects", "X has also said", "X's reconstruction data shows", "X officials said",
    /// "World Bank President Barber Conable said", "an X-sponsored survey said".
    private func verbAfter(_ mention: SourceMention, in tokens: [Token]) -> String? {
        var j = mention.nameEnd
        var possessive = false
        if j + 1 < tokens.count, tokens[j].text == "’" || tokens[j].text == "'", tokens[j + 1].is("s") {
            possessive = true
            j += 2
        }
        if mention.isSponsor { j += 2 }
        var sawEvidence = false
        var skipped = 0
        while j < tokens.count, skipped <= 5 {
            let token = tokens[j]
            guard token.isWord else { return nil }
            if cues.verbs.contains(token.lower), skipped == 0 || sawEvidence || !possessive && !mention.isSponsor {
                if (possessive || mention.isSponsor) && !sawEvidence { return nil }
                return token.lower
            }
            if cues.evidenceNouns.contains(token.lower) {
                sawEvidence = true
            } else if cues.auxiliaries.contains(token.lower) {
                // "has", "also": may stand between the source and its verb
            } else if token.isCapitalized && !possessive {
                // a title and name: "World Bank President Barber Conable said"
            } else if !(possessive || mention.isSponsor) {
                return nil
            }
            skipped += 1
            j += 1
        }
        return nil
    }

    /// Only "and", "or", commas, "&" and "the" between two mentions.
    private func isCoordination(_ tokens: [Token], from start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        return tokens[start..<end].allSatisfy { ["and", "or", ",", "&", "the", "as", "well"].contains($0.lower) }
            && tokens[start..<end].contains { $0.lower == "and" || $0.lower == "or" || $0.lower == "&" }
    }
}
