/// Reads the country a figure is about from the clause structure: a place that owns or
/// modifies the metric's phrase ("Kenya's economy", "Japanese exports", "the U.S. trade
/// deficit"), a place in a prepositional phrase of the metric, the figure or the verb
/// ("inflation in Chile", "arms deliveries to Taiwan", "exports from Brazil rose"), or the
/// subject that holds the quantity ("Brazil exported 5 mln tonnes"). World and regional
/// figures ("world output", "the EC's surplus") have none.
struct PlaceReader: Sendable {
    let places: PhraseIndex<String>
    /// Words that make a figure the world's or a region's: "world", "global", "OPEC".
    let regionWords: WordSet
    let company: CompanyPhrase
    /// "bought", "sells": the buyer's or seller's country is the place of what is traded.
    let purchaseVerbs: WordSet

    /// The place, or nil; `regional` when the phrase says it is no country's. A place among
    /// `currencyWords`, an amount's own words, names its currency ("37 U.S. cts");
    /// `theCountry` is the one "the country" and "the nation" refer to.
    func place(metricPhrase: Int?, figurePhrase: Int?, currencyWords: Range<Int>, theCountry: String?,
               in tokens: [Token], structure: SentenceStructure) -> (code: String?, regional: Bool) {
        let candidates = [metricPhrase, figurePhrase].compactMap { $0 }
        // "Colombia bought 25,000 tonnes of French wheat": a country that buys or sells,
        // not where the goods come from
        if let phrase = candidates.last, let clause = structure.clause(above: phrase), let subject = structure.clauses[clause].effectiveSubject,
            subject != phrase, purchaseVerbs.contains(tokens[structure.groups[structure.clauses[clause].verb].head].word),
            let code = wholePlace(subject, tokens, structure, theCountry)
        {
            return (code, false)
        }
        for phrase in candidates {
            if isRegional(phrase, tokens, structure) { return (nil, true) }
            if let code = placeInside(phrase, tokens, structure, theCountry, excluding: currencyWords) { return (code, false) }
        }
        for phrase in candidates {
            if let code = placeInPrepositions(of: .noun(phrase), tokens, structure, theCountry) { return (code, false) }
        }
        // "the country's tender for 35,000 tonnes": a place that owns or modifies the phrase
        // the figure hangs from
        if let phrase = candidates.last, let pp = structure.prepositionOfPhrase[phrase], case .noun(let owner) = structure.prepositions[pp].attachment,
            let code = placeInside(owner, tokens, structure, theCountry)
        {
            return (code, false)
        }
        // the verb of the clause the figure or its metric hangs from
        for phrase in candidates {
            guard let clause = structure.clause(above: phrase) else { continue }
            let entry = structure.clauses[clause]
            if let code = placeInPrepositions(of: .verb(entry.verb), tokens, structure, theCountry) { return (code, false) }
            if let subject = entry.effectiveSubject, subject != phrase, let code = wholePlace(subject, tokens, structure, theCountry) { return (code, false) }
        }
        // "In Washington, Congress has been debating four bills": a place that opens the
        // sentence sets the scene of all of it
        if let first = structure.prepositions.first, first.preposition == 0, tokens[0].is("in"), let object = first.object,
            let code = wholePlace(object, tokens, structure, theCountry)
        {
            return (code, false)
        }
        return (nil, false)
    }

    /// A place that owns the phrase or modifies it: "Kenya's economy", "Japanese exports";
    /// not one that owns or modifies a company ("the Japanese carmaker", "India's United Breweries").
    private func placeInside(_ index: Int, _ tokens: [Token], _ structure: SentenceStructure, _ theCountry: String?, excluding figure: Range<Int> = 0..<0) -> String? {
        let phrase = structure.phrases[index]
        if company.names(phrase, tokens), places.match(tokens, at: phrase.head) == nil { return nil }
        if let owner = phrase.possessor, let code = wholePlace(owner, tokens, structure, theCountry) { return code }
        var k = phrase.start
        while k < phrase.end, k < phrase.head {
            if !figure.contains(k), let (length, code) = places.match(tokens, at: k), k + length <= phrase.end, k + length <= phrase.head + 1 {
                return code
            }
            k += 1
        }
        // the head itself: "online Americans", "six million Americans"; not the end of a
        // longer name ("North America")
        let before = phrase.head - 1
        if before < phrase.start || !tokens[before].isCapitalized, let (length, code) = places.match(tokens, at: phrase.head), phrase.head + length == phrase.end {
            return code
        }
        return nil
    }

    /// A phrase that is a place and nothing else: "Brazil", "the United States".
    private func wholePlace(_ index: Int, _ tokens: [Token], _ structure: SentenceStructure, _ theCountry: String?) -> String? {
        let phrase = structure.phrases[index]
        var start = phrase.start
        if tokens[start].is("the") { start += 1 }
        if let theCountry, start > phrase.start, start + 1 == phrase.end, tokens[start].is("country") || tokens[start].is("nation") { return theCountry }
        guard let (length, code) = places.match(tokens, at: start), start + length == phrase.end else { return nil }
        return code
    }

    /// "in Chile", "to Taiwan", "from Brazil", "of Japan": a place governed by a preposition
    /// attached to the given phrase or verb group.
    private func placeInPrepositions(of attachment: PrepositionalPhrase.Attachment, _ tokens: [Token], _ structure: SentenceStructure, _ theCountry: String?) -> String? {
        for pp in structure.prepositions where pp.attachment == attachment {
            guard Self.placePrepositions.contains(tokens[pp.preposition].lower), let object = pp.object else { continue }
            // "of India's United Breweries": the preposition governs what the place owns
            if let owned = structure.phrases.firstIndex(where: { $0.possessor == object }) {
                if let code = placeInside(owned, tokens, structure, theCountry) { return code }
                continue
            }
            if let code = placeGoverned(object, tokens, structure, theCountry) { return code }
            // "in three regions of eastern Brazil", "in the north of Italy"
            for inner in structure.prepositions where inner.attachment == .noun(object) && tokens[inner.preposition].is("of") {
                if let part = inner.object, let code = placeGoverned(part, tokens, structure, theCountry) { return code }
            }
        }
        return nil
    }

    /// The place a preposition's object is, names or is modified by; in a coordination, the
    /// one place its members name ("eastern and northern Brazil"), none where they name two
    /// countries or a region ("from Australia and the Far East").
    private func placeGoverned(_ object: Int, _ tokens: [Token], _ structure: SentenceStructure, _ theCountry: String?) -> String? {
        var found: String?
        for member in [object] + structure.phrases[object].conjuncts {
            if member != object, isRegional(member, tokens, structure) { return nil }
            guard let code = wholePlace(member, tokens, structure, theCountry) ?? placeInside(member, tokens, structure, theCountry) else { continue }
            if let found, found != code { return nil }
            found = code
        }
        return found
    }

    private static let placePrepositions: Set<String> = ["in", "to", "from", "of", "for", "into", "at", "within", "throughout", "inside", "across"]

    /// "world output", "the EC's surplus", "OPEC output": no single country's figure.
    private func isRegional(_ index: Int, _ tokens: [Token], _ structure: SentenceStructure, depth: Int = 0) -> Bool {
        let phrase = structure.phrases[index]
        if phrase.range.contains(where: { regionWords.contains(tokens[$0].word) || regionWords.contains(tokens[$0].form) }) { return true }
        if let owner = phrase.possessor { return isRegional(owner, tokens, structure, depth: depth) }
        // "oil use in the 24 countries of the OECD": a region the phrase's "in" or "of" names
        guard depth < 2 else { return false }
        for pp in structure.prepositions where pp.attachment == .noun(index) && tokens[pp.preposition].isAny(of: ["in", "of"]) {
            if let object = pp.object, isRegional(object, tokens, structure, depth: depth + 1) { return true }
        }
        return false
    }
}
