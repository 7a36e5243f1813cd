import Foundation

/// Reads what a figure measures: "23 billion dollars in international financial support"
/// -> "financial support" (`financial_support`); "growth of around 3.2 percent" -> "growth"
/// (`gdp_growth`); "invoked once" -> "invoked" (`invocations`); a phrase the vocabulary does
/// not know gets an open key made from its words: "housing starts" -> `housing_starts`.
struct MetricResolver: Sendable {
    let metrics: PhraseIndex<String>
    let reportingVerbs: WordSet
    let changeVerbs: WordSet
    /// Words that end a noun phrase: prepositions, articles, pronouns, auxiliaries.
    let stopWords: WordSet

    private static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that"]
    private static let adverbs: Set<String> = ["only", "been", "has", "have", "had", "already", "just", "ever", "never", "so", "far", "be", "was", "were"]

    /// The metric phrase and its key: the vocabulary's where it knows the phrase, else an open
    /// key (`isOpen`) made from the phrase, so that figures of the same unknown quantity still
    /// compare with each other and with nothing else.
    func metric(for span: FigureSpan, in tokens: [Token]) -> (phrase: String, key: String?, isOpen: Bool)? {
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
        if let known = known(content) { return (known.phrase, known.key, false) }
        let phrase = content.suffix(3).appended(separator: " ")
        guard let open = Self.openKey(phrase) else { return nil }
        return (phrase, open, true)
    }

    /// ``key(forWords:)`` where the vocabulary knows the phrase, nil where it would make an
    /// open key: what a figure's phrase with "price" or "per share" added is asked, which has
    /// no use for an open key (making one was a tenth of reading a figure's metric).
    func knownKey(forWords words: [String]) -> (phrase: String, key: String)? {
        let content = words.filter { !Self.timeWords.contains($0) }
        return content.isEmpty ? nil : known(content)
    }

    /// The longest known phrase at the end of `content` (words without time words).
    private func known(_ content: [String]) -> (phrase: String, key: String)? {
        // a run of more words than the longest known phrase has is not joined to be looked up
        let longest = metrics.longestText
        // "money supply growth": the growth of a named quantity is a change of that quantity
        if content.count >= 2, let last = content.last, Self.changeHeads.contains(last), metrics.mayEnd(with: content[content.count - 2]) {
            let before = Array(content.dropLast())
            for start in before.indices where before.count - start <= longest {
                let phrase = before[start...].appended(separator: " ")
                if let key = metrics.value(of: phrase) { return (content[start...].appended(separator: " "), key) }
            }
        }
        if let last = content.last, metrics.mayEnd(with: last) {
            for start in content.indices where content.count - start <= longest {
                let phrase = content[start...].appended(separator: " ")
                if let key = metrics.value(of: phrase) { return (phrase, key) }
            }
        }
        return nil
    }

    /// The longest known metric at the end of the phrase, else its last three words and their
    /// open key.
    private func keyed(_ words: [String]) -> (String, String?, Bool)? {
        for start in words.indices {
            let phrase = words[start...].appended(separator: " ")
            if let key = metrics.value(of: phrase) { return (phrase, key, false) }
        }
        let content = words.filter { !Self.timeWords.contains($0) }
        guard !content.isEmpty else { return nil }
        let phrase = content.suffix(3).appended(separator: " ")
        let open = Self.openKey(phrase)
        return (phrase, open, open != nil)
    }

    private func keyed(_ word: String) -> (String, String?, Bool)? { keyed([word]) }

    /// The open key of a phrase: its head and the modifier before it, in lower-case ASCII
    /// letters and digits joined by `_` ("U.S. housing starts" -> `housing_starts`, "egg
    /// shipments" -> `egg_shipments`, "same-store sales" -> `same_store_sales`), accents folded
    /// and "'s" and dots dropped: the form `claimsdb metrics add` accepts, so an open key can be
    /// adopted as it is. Nil when no such letter is left.
    static func openKey(_ phrase: String) -> String? {
        // plain ASCII without a possessive (nearly every phrase) needs no folding: Foundation's
        // folding cost as much as the rest of reading a figure
        let plain = phrase.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "'") && !($0 >= 65 && $0 <= 90) }
        let folded = plain ? phrase : phrase.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .replacingOccurrences(of: "'s", with: "").replacingOccurrences(of: "\u{2019}s", with: "")
        var words: [String] = []
        var word: [UInt8] = []
        for byte in folded.utf8 where byte != UInt8(ascii: ".") && byte != UInt8(ascii: "'") {
            if (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) {
                word.append(byte)
            } else if byte == UInt8(ascii: "-"), let last = word.last, last != UInt8(ascii: "_") {
                word.append(UInt8(ascii: "_"))  // "same-store" stays one word: same_store
            } else if !word.isEmpty {
                while word.last == UInt8(ascii: "_") { word.removeLast() }
                words.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
        }
        while word.last == UInt8(ascii: "_") { word.removeLast() }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words.isEmpty ? nil : words.suffix(2).appended(separator: "_")
    }

    /// Nouns of change after a quantity's name: its growth is a change of it.
    private static let changeHeads: Set<String> = ["growth", "increase", "rise", "decline", "fall", "drop", "gain"]

    /// Months and other time words name when, not what.
    private static let timeWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "year", "years", "month", "months", "week", "weeks", "quarter", "day", "days", "today", "yesterday",
    ]

    /// "... dollars in military aid to Ukraine": the noun phrase after "in", "of", "on" ("for" names what money is for, not what it is).
    private func phraseAfter(_ span: FigureSpan, _ tokens: [Token]) -> [String]? {
        var j = span.end
        guard j < tokens.count, ["in", "of", "on"].contains(tokens[j].lower) else { return nil }
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
