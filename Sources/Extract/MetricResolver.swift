/// Reads what a figure measures: "23 billion dollars in international financial support"
/// -> "financial support" (`financial_support`); "growth of around 3.2 percent" -> "growth"
/// (`gdp_growth`); "invoked once" -> "invoked" (`invocations`).
struct MetricResolver: Sendable {
    let metrics: PhraseIndex<String>
    let reportingVerbs: WordSet
    let changeVerbs: WordSet
    /// Words that end a noun phrase: prepositions, articles, pronouns, auxiliaries.
    let stopWords: WordSet

    private static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that"]
    private static let adverbs: Set<String> = ["only", "been", "has", "have", "had", "already", "just", "ever", "never", "so", "far", "be", "was", "were"]

    /// The metric phrase and its key; the key only when the vocabulary knows the phrase, so
    /// that only truly comparable figures share one.
    func metric(for span: FigureSpan, in tokens: [Token]) -> (phrase: String, key: String?)? {
        if span.isFrequency { return verbBefore(span, tokens).flatMap(keyed) }
        if let noun = span.countNoun { return keyed(noun) }
        let after = phraseAfter(span, tokens)
        let before = phraseBefore(span, tokens)
        let ordered = span.unit == "percent" || span.unit == "percentage_points" ? [before, after] : [after, before]
        for candidate in ordered {
            if let words = candidate, !words.isEmpty, let found = keyed(words) { return found }
        }
        return nil
    }

    /// The key of a metric phrase read from the clause structure: the longest known phrase at
    /// its end, else an open key made from its last two words (`housing_starts`).
    func key(forWords words: [String]) -> (phrase: String, key: String, isOpen: Bool)? {
        let content = words.filter { !Self.timeWords.contains($0) }
        guard !content.isEmpty else { return nil }
        for start in content.indices {
            let phrase = content[start...].joined(separator: " ")
            if let key = metrics.value(of: phrase) { return (phrase, key, false) }
        }
        let phrase = content.suffix(3).joined(separator: " ")
        guard let open = Self.openKey(content.suffix(2)) else { return nil }
        return (phrase, open, true)
    }

    /// Lower-case ASCII letters and digits of the words, joined by `_`: the form `claimsdb
    /// metrics add` accepts, so that an open key can be adopted as it is.
    static func openKey(_ words: some Collection<String>) -> String? {
        let parts = words.map { word in
            String(decoding: word.utf8.map { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) ? $0 : UInt8(ascii: "_") }, as: UTF8.self)
                .split(separator: "_").joined(separator: "_")
        }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: "_")
    }

    /// The longest known metric at the end of the phrase, else its last three words and no key.
    private func keyed(_ words: [String]) -> (String, String?)? {
        for start in words.indices {
            let phrase = words[start...].joined(separator: " ")
            if let key = metrics.value(of: phrase) { return (phrase, key) }
        }
        let content = words.filter { !Self.timeWords.contains($0) }
        guard !content.isEmpty else { return nil }
        return (content.suffix(3).joined(separator: " "), nil)
    }

    private func keyed(_ word: String) -> (String, String?)? { keyed([word]) }

    /// Months and other time words name when, not what.
    private static let timeWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "year", "years", "month", "months", "week", "weeks", "quarter", "day", "days", "today", "yesterday",
    ]

    /// "... dollars in military aid to Ukraine": the noun phrase after "in", "of", "for", "on".
    private func phraseAfter(_ span: FigureSpan, _ tokens: [Token]) -> [String]? {
        var j = span.end
        guard j < tokens.count, ["in", "of", "for", "on"].contains(tokens[j].lower) else { return nil }
        j += 1
        while j < tokens.count, Self.determiners.contains(tokens[j].lower) { j += 1 }
        var words: [String] = []
        while j < tokens.count, tokens[j].isWord, !stopWords.contains(tokens[j].word), words.count < 5 {
            if tokens[j].isCapitalized && !words.isEmpty { break }
            words.append(tokens[j].lower)
            j += 1
        }
        return words.isEmpty ? nil : words
    }

    /// "modest growth of around 3.2 percent", "inflation rose to 5 pct": the noun phrase before.
    private func phraseBefore(_ span: FigureSpan, _ tokens: [Token]) -> [String]? {
        var k = span.start - 1
        guard k >= 0 else { return nil }
        if ["of", "at", "to", "by", "was", "is", "were", "totalled", "totaled", "reached", "stood"].contains(tokens[k].lower) {
            k -= 1
            if k >= 0, changeVerbs.contains(tokens[k].word) || ["at", "stood"].contains(tokens[k].lower) { k -= 1 }
        } else if changeVerbs.contains(tokens[k].word) {
            k -= 1
        } else {
            return nil
        }
        var words: [String] = []
        while k >= 0, tokens[k].isWord, !stopWords.contains(tokens[k].word), !reportingVerbs.contains(tokens[k].word),
            tokens[k].lower.count > 1, words.count < 4
        {
            words.insert(tokens[k].lower, at: 0)
            k -= 1
        }
        return words.isEmpty ? nil : words
    }

    /// "has only been invoked once": the verb the count is of.
    private func verbBefore(_ span: FigureSpan, _ tokens: [Token]) -> String? {
        var k = span.start - 1
        while k >= 0, tokens[k].isWord, Self.adverbs.contains(tokens[k].lower) { k -= 1 }
        guard k >= 0, tokens[k].isWord, !stopWords.contains(tokens[k].word), tokens[k].lower.count > 2 else { return nil }
        return tokens[k].lower
    }
}
