/// Reads the country a figure is about: "military aid to Ukraine" -> UA, "Ukraine's
/// growth" -> UA. Names come from Foundation's Locale and `seeds/places.json`.
struct PlaceResolver: Sendable {
    let places: PhraseIndex<String>
    let company: CompanyPhrase

    /// `previousCurrency`: the words of the amount before, whose place names its currency.
    func place(for span: FigureSpan, in tokens: [Token], structure: SentenceStructure, previousCurrency: Range<Int>, nextFigureStart: Int) -> String? {
        // after: "to Ukraine", "in Ukraine", "for the Ukrainian economy"
        var j = span.end
        let limit = min(nextFigureStart, span.end + 8, tokens.count)
        while j < limit {
            if tokens[j].is(",") || tokens[j].is(";") { break }
            if let (length, code) = places.match(tokens, at: j), j > span.end,
                ["to", "in", "for", "of", "the", "into"].contains(tokens[j - 1].lower)
            {
                // "of India's United Breweries", "of the Korean carmaker": the company's
                let following = j + length
                let possessive = Self.isApostrophe(following, tokens)
                if possessive, ownsOrModifiesAnother(j, following: following, possessive: true, structure, tokens) { return nil }
                if !possessive, following < tokens.count, let phrase = structure.phraseOfToken[j], structure.phraseOfToken[following] == phrase,
                    company.names(structure.phrases[phrase], tokens)
                {
                    return nil
                }
                return code
            }
            j += 1
        }
        // before: "Ukraine's economy grew 3 pct", "Russian exports of 5 mln tonnes"
        var k = span.start - 1
        while k >= 0, k >= span.start - 12 {
            if tokens[k].is(",") || tokens[k].is(";") { break }
            if !previousCurrency.contains(k), let (length, code) = places.match(tokens, at: k), k + length <= span.start {
                let following = k + length
                let possessive = Self.isApostrophe(following, tokens)
                let adjectival = following < tokens.count
                    && ((tokens[following].isWord && !tokens[following].isCapitalized) || tokens[following].isNumber)  // "Argentine 1986/87 exports"
                if possessive || adjectival, !ownsOrModifiesAnother(k, following: following, possessive: possessive, structure, tokens) { return code }
            }
            k -= 1
        }
        return nil
    }

    /// Where the clause layer read noun phrases: "Russia to", "American reported" and
    /// "America and" are no modifiers (the next word is in another phrase), and a place that
    /// owns or modifies a company ("US partner Biogen Idec", "India's United Breweries")
    /// is the company's nationality.
    private func ownsOrModifiesAnother(_ place: Int, following: Int, possessive: Bool, _ structure: SentenceStructure, _ tokens: [Token]) -> Bool {
        guard !structure.phrases.isEmpty else { return false }
        var modified = possessive ? following + 1 : following
        if possessive, modified < tokens.count, tokens[modified].is("s") { modified += 1 }
        guard modified < tokens.count, let phrase = structure.phraseOfToken[modified] else { return !possessive }
        if !possessive, structure.phraseOfToken[place] != phrase { return true }
        return company.names(structure.phrases[phrase], tokens)
    }

    private static func isApostrophe(_ index: Int, _ tokens: [Token]) -> Bool {
        index < tokens.count && (tokens[index].is("’") || tokens[index].is("'"))
    }
}
