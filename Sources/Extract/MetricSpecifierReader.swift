/// Reads what sets one quantity of a metric apart from another with the same key: the nouns
/// that narrow the metric's phrase beyond the words that gave its key ("winter" in "winter
/// onion production", "corn" in "corn plantings"), what the quantity is for or to ("the credit
/// line for wheat sales", "loans earmarked for sales of rice"), and the part of the day a market
/// operation took place in ("in the afternoon session"). Two figures whose specifiers differ
/// are two quantities, however alike their key, place and period; a figure without one may
/// stand for either.
///
/// The specifier is the words' sorted set, lower case and joined by spaces ("sales wheat"),
/// so "wheat sales" and "sales of wheat" are one specifier.
struct MetricSpecifierReader: Sendable {
    let grammar: Grammar
    let places: PhraseIndex<String>
    let metricReader: MetricPhraseReader
    /// Words of the company phrase that are no part of what a quantity is for ("Inc", "Corp").
    let companySuffixes: WordSet
    let calendar: CalendarWords
    /// Nouns before a metric that do not narrow it ("total" exports, a "record" harvest).
    let broadModifiers: Set<String>

    /// Prepositions whose object says what a quantity is for or whom it goes to.
    private static let purposePrepositions: Set<String> = ["for", "to", "of"]

    /// The specifier of a figure whose metric was read from noun phrase `metricPhrase`, keyed
    /// by the words `keyWords`; nil where nothing narrows it.
    func specifier(metricPhrase: Int?, keyWords: [String], figureStart: Int, _ tokens: [Token], _ structure: SentenceStructure) -> String? {
        let keyWords = Set(keyWords.map(Self.singular))
        var words = Set<String>()
        if let index = metricPhrase {
            let phrase = structure.phrases[index]
            // the nouns before the head that the key does not use (a name there is whose the
            // quantity is, the holder's or the place's business, not what kind it is)
            collect(phrase.start..<phrase.head, keyWords, tokens, structure, into: &words, names: false)
            // "the credit line for wheat sales", and past a participle, "the loans earmarked for
            // sales of rice"
            for pp in structure.prepositions where isOn(pp, phrase: index, structure) && purposePrepositions(pp, tokens) {
                guard let object = pp.object else { continue }
                collectObject(object, keyWords, tokens, structure, into: &words)
            }
        }
        if let part = dayPart(nearest: figureStart, tokens, structure) { words.insert(part) }
        // "in the last week of February", "in the week ended March 11": a week's figure is not
        // the month's
        if namesAWeek(tokens) { words.insert("week") }
        return words.isEmpty ? nil : words.sorted().joined(separator: " ")
    }

    /// Whether the sentence dates something to one week: "week" before "of", "ended",
    /// "ending" or "to".
    private func namesAWeek(_ tokens: [Token]) -> Bool {
        tokens.indices.contains { k in
            tokens[k].is("week") && k + 1 < tokens.count && tokens[k + 1].isAny(of: ["of", "ended", "ending", "to"])
        }
    }

    private func purposePrepositions(_ pp: PrepositionalPhrase, _ tokens: [Token]) -> Bool {
        Self.purposePrepositions.contains(tokens[pp.preposition].lower)
    }

    /// Whether a prepositional phrase hangs on the phrase, directly or through a participle
    /// right after it ("the loans earmarked for", "the line authorized for").
    private func isOn(_ pp: PrepositionalPhrase, phrase index: Int, _ structure: SentenceStructure) -> Bool {
        switch pp.attachment {
        case .noun(let owner):
            return owner == index
        case .verb(let group):
            let verb = structure.groups[group]
            guard verb.form == .participle, let clause = structure.clauseOfGroup[group], structure.clauses[clause].kind == .nonFinite else { return false }
            var k = structure.phrases[index].end
            while k < verb.start, structure.tags[k].wordClass == .adverb { k += 1 }
            return k == verb.start
        case .none:
            return false
        }
    }

    /// The words of a prepositional object and of what it is "of" ("sales of U.S. rice":
    /// rice, sales); a country alone is whom the quantity goes to ("credit to Iraq": its code);
    /// a figure or a time says nothing of what the quantity is for.
    private func collectObject(_ object: Int, _ keyWords: Set<String>, _ tokens: [Token], _ structure: SentenceStructure, into words: inout Set<String>) {
        let phrase = structure.phrases[object]
        guard !phrase.isPronoun, !phrase.range.contains(where: { structure.tags[$0].wordClass == .number }),
            !grammar.timeNouns.contains(tokens[phrase.head].word)
        else { return }
        let first = tokens[phrase.start].is("the") ? phrase.start + 1 : phrase.start
        if let (length, code) = places.match(tokens, at: first), first + length == phrase.end {
            words.insert(code.lowercased())
            return
        }
        collect(phrase.range, keyWords, tokens, structure, into: &words)
        for pp in structure.prepositions where pp.attachment == .noun(object) && tokens[pp.preposition].is("of") {
            guard let inner = pp.object, !structure.phrases[inner].isPronoun else { continue }
            collect(structure.phrases[inner].range, keyWords, tokens, structure, into: &words)
        }
    }

    /// The nouns (and, with `names`, the names) of a span, lower case, past places, times,
    /// figures, company suffixes and the key's words.
    private func collect(_ range: Range<Int>, _ keyWords: Set<String>, _ tokens: [Token], _ structure: SentenceStructure,
                         into words: inout Set<String>, names: Bool = true) {
        var k = range.lowerBound
        while k < range.upperBound {
            if let (length, _) = places.match(tokens, at: k), k + length <= range.upperBound {
                k += length
                continue
            }
            // "pre-tax", "same-store": a hyphenated modifier is one word; "year-to-date",
            // "one-year", "second-half" say when, not what
            if let end = compoundEnd(k, tokens) {
                let parts = stride(from: k, to: end, by: 2).map { tokens[$0] }
                let compound = parts.map(\.lower).joined(separator: "-")
                if !parts.contains(where: isTemporal), !keyWords.contains(compound), structure.tags[end - 1].wordClass == .noun || structure.tags[end - 1].wordClass == .adjective {
                    words.insert(compound)
                }
                k = end
                continue
            }
            defer { k += 1 }
            let wordClass = structure.tags[k].wordClass
            guard wordClass == .noun || (names && wordClass == .properNoun), tokens[k].isWord else { continue }
            let word = Self.singular(tokens[k].lower)
            guard !keyWords.contains(word), !broadModifiers.contains(word), !isTemporal(tokens[k]),
                !companySuffixes.contains(tokens[k].word), !metricReader.isFigureWord(k, tokens)
            else { continue }
            words.insert(word)
        }
    }

    /// One past the last word of a hyphenated compound that starts at `k` ("pre - tax"), nil
    /// where no hyphen joins the word to the next.
    private func compoundEnd(_ k: Int, _ tokens: [Token]) -> Int? {
        var end = k + 1
        while end + 1 < tokens.count, tokens[end].is("-"), !tokens[end].spaced, !tokens[end + 1].spaced, tokens[end + 1].isWord || tokens[end + 1].isNumber {
            end += 2
        }
        return end > k + 1 && tokens[k].isWord ? end : nil
    }

    /// A word of time or count: "year", "one", "second", "half".
    private func isTemporal(_ token: Token) -> Bool {
        token.isNumber || grammar.timeNouns.contains(token.word) || calendar.ordinals[token.word] != nil || calendar.units[token.word] != nil
            || metricReader.figures.writtenNumbers[token.word] != nil || metricReader.figures.periodNouns.contains(token.word)
    }

    /// The noun phrase a metric was named by, where the reading did not say ("reduces the
    /// credit line ... to 20.0"): the nearest before the figure whose head is the metric's last
    /// word, else the nearest after it.
    func phrase(naming metric: String, around start: Int, _ tokens: [Token], _ structure: SentenceStructure) -> Int? {
        guard let last = metric.split(separator: " ").last.map({ Self.singular(String($0)) }) else { return nil }
        let named = structure.phrases.indices.filter { Self.singular(tokens[structure.phrases[$0].head].lower) == last }
        return named.last { structure.phrases[$0].end <= start } ?? named.first
    }

    /// A plural's singular, near enough to compare words: "sales" and "sale", "losses" and
    /// "loss", "companies" and "company".
    /// A specifier with one more word, kept sorted as ``specifier(metricPhrase:keyWords:figureStart:_:_:)`` writes it.
    static func adding(_ word: String, to specifier: String?) -> String {
        var words = Set(specifier?.split(separator: " ").map(String.init) ?? [])
        words.insert(word)
        return words.sorted().joined(separator: " ")
    }

    static func singular(_ word: String) -> String {
        guard word.utf8.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") else { return word }
        if word.hasSuffix("sses") { return String(word.dropLast(2)) }  // "losses"
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }  // "companies"
        return String(word.dropLast())
    }

    /// "in the morning", "this afternoon", "in afternoon operations", "morning assistance": the
    /// part of the day nearest the figure.
    /// A day part inside another figure's phrase is that figure's ("before taking account of
    /// 170 mln stg morning assistance" says nothing of the shortfall's time).
    private func dayPart(nearest start: Int, _ tokens: [Token], _ structure: SentenceStructure) -> String? {
        var best: (distance: Int, word: String)?
        for k in tokens.indices where calendar.dayParts.contains(tokens[k].word) {
            if k < structure.phraseOfToken.count, let p = structure.phraseOfToken[k], !structure.phrases[p].range.contains(start),
                structure.phrases[p].range.contains(where: { tokens[$0].isNumber })
            {
                continue
            }
            let distance = abs(k - start)
            if best.map({ distance < $0.distance }) ?? true { best = (distance, tokens[k].lower) }
        }
        return best?.word
    }
}
