/// Finds the noun phrase a figure quantifies, from the clause structure: "N of X" (X),
/// "X of N" ("growth of 3 pct": growth), "N X" ("a 5 pct increase in sales": sales), the
/// subject of the clause whose object or prepositional phrase the figure is ("Kenya's
/// economy should expand by about 5 percent", "inflation in Chile averaged 4.2 percent",
/// "sugar output in Brazil ... fell 12 pct"), and, when that subject is who holds the
/// quantity rather than the quantity ("the company earned 5 mln dlrs"), the verb's quantity
/// ("earnings").
///
/// It returns words, lower-cased, without determiners, possessors, numbers, units, places and
/// times; ``MetricResolver`` keys them.
struct MetricPhraseReader: Sendable {
    let grammar: Grammar
    let figures: FigureWords
    let places: PhraseIndex<String>
    /// The metric vocabulary: a container phrase the vocabulary names ("interest rates",
    /// "jobless rate") is a metric itself.
    let metrics: PhraseIndex<String>
    /// Verb forms -> the quantity they produce ("exported" -> "exports").
    let verbMetrics: WordMap<String>
    /// Nouns that name who holds a quantity, not the quantity ("company", "bank", "government").
    let holderNouns: WordSet
    /// Nouns whose "of" or "for" names the quantity ("forecasts for growth", "the level of reserves").
    let containerNouns: WordSet
    /// Verbs of buying and selling: "sold a stake for 775m euros" states a price.
    let purchaseVerbs: WordSet
    /// Wholes a percentage of which is a share of them: "45% of the airline market" is market
    /// share, "44% of the carmaker" a stake.
    let shareMetrics: WordMap<String>
    /// Debts a percentage before which is their rate: "nine pct debentures" (coupon).
    let rateNouns: WordMap<String>
    /// Nouns for people: a verb's quantity counts them ("killed 100 people": deaths).
    let personNouns: Set<String>
    /// "cut 1,900 jobs", "2,000 posts will be axed", "added 337,000 jobs": jobs a verb of
    /// cutting or creating acts on are job cuts or jobs created.
    let jobVerbs: [JobVerbMetric]
    /// Nouns that count without saying what ("units"): the clause says what the figure is.
    let genericCountNouns: Set<String>

    /// What the figure measures, as read from the structure.
    enum Reading: Equatable {
        /// The words of the metric phrase, and the noun phrase they came from (nil for a
        /// quantity read from a verb).
        case phrase([String], from: Int?)
        /// A figure set against another ("vs 15.4 mln", "up from 3 mln", the second of "4.4 pct
        /// in Italy and three pct in France"): the metric of the figure before it.
        case sameAsPrevious
        /// ", up 26 pct" after a figure: the change of that figure, whatever its unit.
        case changeOfPrevious
    }

    /// `isShareOfGDP` is set for "3 pct of GDP" (and "one pct GNP"), whose "of" phrase names the
    /// base, not the metric.
    func read(_ span: FigureSpan, in tokens: [Token], structure: SentenceStructure) -> (reading: Reading?, isShareOfGDP: Bool) {
        let found = readPhrase(span, in: tokens, structure: structure)
        let gdpAfter = span.unit == "percent" && span.end < tokens.count && tokens[span.end].isAny(of: ["gdp", "gnp"])
        return (found.reading, found.isShareOfGDP || gdpAfter)
    }

    private func readPhrase(_ span: FigureSpan, in tokens: [Token], structure: SentenceStructure) -> (reading: Reading?, isShareOfGDP: Bool) {
        guard let figure = figurePhrase(span, structure) else { return (nil, false) }
        var isShareOfGDP = false
        if let compared = comparison(span, figure, tokens, structure) { return (compared, false) }
        // "to be 68.4 pct owned by", "owned 50 pct by": a percentage of what is owned is a stake
        if span.unit == "percent", isOwned(before: span.start, after: span.end, tokens) { return (.phrase(["stake"], from: nil), false) }
        // the verb that acts on the counted phrase: the clause's, where the phrase is its object
        // (or a passive's subject), or a participle right after it ("23,000 people killed")
        var actingVerb: Int?
        if let (clause, role) = structure.clause(ofPhrase: figure) {
            let group = structure.groups[structure.clauses[clause].verb]
            if role == (group.passive ? .subject : .object) { actingVerb = group.head }
        }
        if actingVerb == nil, let participle = structure.participle(after: figure) {
            actingVerb = structure.groups[participle].head
        }
        if let noun = span.countNoun, let verb = actingVerb {
            // "cut 1,900 jobs", "axing 40 newsroom jobs", "2,000 posts will be axed": job cuts;
            // "added 337,000 jobs": jobs created
            if let jobs = jobVerbs.first(where: { $0.nouns.contains(noun) && $0.verbs.contains(tokens[verb].word) }), !jobs.metric.isEmpty {
                return (.phrase(jobs.metric, from: nil), false)
            }
            // "killed almost 100 people", "employs 500 workers": people a verb acts on are
            // counted by the verb's quantity (deaths, employees)
            if personNouns.contains(noun), let quantity = verbMetrics[tokens[verb].word] { return (.phrase([quantity], from: nil), false) }
        }
        // "5,000 troops", "110,000 net cafes": what the figure counts is what it measures, unless
        // the vocabulary names it with the verb ("sell 10,000 cars": car sales) or the clause
        // names a quantity it knows ("volume of 600 mln shares", "Nasdaq volume climbed to 480 mln shares")
        if let noun = span.countNoun, !genericCountNouns.contains(noun), let words = words(of: figure, tokens, structure), !words.isEmpty {
            if let traded = tradedQuantity(words, figure, tokens, structure) { return (.phrase(traded, from: figure), false) }
            if let named = knownQuantityAbove(figure, tokens, structure) { return (.phrase(named.words, from: named.phrase), false) }
            return (.phrase(words, from: figure), false)
        }
        // "a 5 pct increase in sales", "a $5bn loan": the figure modifies the phrase's head
        let phrase = structure.phrases[figure]
        if !isFigureWord(phrase.head, tokens), phrase.head >= span.end {
            if isChangeNoun(tokens[phrase.head]), let about = changeTarget(of: figure, tokens, structure) { return (.phrase(about.words, from: about.phrase), false) }
            // "nine pct convertible debentures": a percentage a debt carries is its rate
            if span.unit == "percent", let rate = rateNouns[tokens[phrase.head].word] { return (.phrase(rate.spaceSeparatedWords, from: figure), false) }
            if let words = words(of: figure, tokens, structure), !words.isEmpty { return (.phrase(words, from: figure), false) }
        }
        // "N of X": 5 mln tonnes of sugar, 23 billion dollars of aid; "3 pct of GDP" is a share;
        // "N in X": "£35bn in spending", "23 billion dollars in financial support"
        for preposition in ["of", "in"] {
            // "150 mln dlrs of 9-3/4 pct notes": a figure may modify what the first one is of
            guard let pp = prepositionalPhrase(attachedTo: figure, preposition: preposition, tokens, structure),
                let object = structure.prepositions[pp].object, !isFigureWord(structure.phrases[object].head, tokens)
            else { continue }
            // "of India's United Breweries", "of Japan's computer market": the possessed phrase
            let x = possessed(by: object, structure) ?? object
            if preposition == "of", isGDP(structure.phrases[x], tokens) {
                isShareOfGDP = true
            } else if preposition == "of", span.unit == "percent", isOrganisation(x, tokens, structure) {
                return (.phrase(["stake"], from: x), false)  // "22.5% of Norway's Fjordvik Breweries"
            } else if preposition == "of", span.unit == "percent", let share = shareMetrics[tokens[structure.phrases[x].head].word] {
                return (.phrase(share.spaceSeparatedWords, from: x), false)  // "45% of the airline market"
            } else if placesAndTimesOnly(x, tokens, structure) || (preposition == "in" && isOrganisation(x, tokens, structure)) {
                continue  // "5 pct in Brazil", "2 bln in 1986", "invest 1.8bn kroner in Fjordvik"
            } else if preposition == "of", let words = words(of: x, tokens, structure), let traded = tradedQuantity(words, figure, tokens, structure) {
                return (.phrase(traded, from: x), false)  // "bought 25,000 tonnes of wheat": wheat purchases
            } else if let words = words(of: x, tokens, structure), !words.isEmpty {
                return (.phrase(words, from: x), false)
            }
        }
        // "growth of 3 pct", "a deficit of $5bn", "rose 5 pct to 120 mln", "stood at 5 pct"
        if let pp = structure.prepositionOfPhrase[figure] {
            switch structure.prepositions[pp].attachment {
            case .noun(let owner):
                if isChangeNoun(tokens[structure.phrases[owner].head]), let about = changeTarget(of: owner, tokens, structure) {
                    return (.phrase(about.words, from: about.phrase), isShareOfGDP)
                }
                let ownerWords = words(of: owner, tokens, structure) ?? []
                // "its stake in Norvale Mining Inc to 28.5 pct": a name measures nothing; the
                // clause above it says what rose
                let ownerIsName = structure.tags[structure.phrases[owner].head].wordClass == .properNoun
                if structure.prepositionOfPhrase[owner] == nil || !isFigurePhrase(owner, tokens, structure), !ownerWords.isEmpty, !ownerIsName {
                    return (.phrase(ownerWords, from: owner), isShareOfGDP)
                }
                // "compared with 1986 third quarter results of 84 mln": a container set against
                // an earlier figure names no quantity of its own
                if ownerWords.isEmpty, comparisonBefore(structure.phrases[owner].start, tokens, structure) { return (.sameAsPrevious, isShareOfGDP) }
                // "rose 5 pct in 1986 to 2.74 trillion": a phrase of the figure's own hangs on
                if let clause = structure.clause(above: owner) {
                    if paysFor(pp, verb: structure.clauses[clause].verb, tokens, structure) { return (.phrase(["purchase", "price"], from: nil), isShareOfGDP) }
                    return (fromClause(clause, tokens, structure, objectFirst: true), isShareOfGDP)
                }
            case .verb(let group):
                if paysFor(pp, verb: group, tokens, structure) { return (.phrase(["purchase", "price"], from: nil), isShareOfGDP) }
                if let clause = structure.clauseOfGroup[group] { return (fromClause(clause, tokens, structure, objectFirst: true), isShareOfGDP) }
            case .none:
                break
            }
        }
        // "sales totaled 318.4 mln dlrs", "inflation was 4.2 pct"
        if let (clause, role) = structure.clause(ofPhrase: figure) {
            if role == .object { return (fromClause(clause, tokens, structure), isShareOfGDP) }
            // "5 mln tonnes were exported": the verb's quantity
            let verb = structure.groups[structure.clauses[clause].verb].head
            if let quantity = verbMetrics[tokens[verb].word] { return (.phrase([quantity], from: nil), isShareOfGDP) }
        }
        return (nil, isShareOfGDP)
    }

    // MARK: the figure's phrase

    /// The noun phrase the figure's number stands in.
    private func figurePhrase(_ span: FigureSpan, _ structure: SentenceStructure) -> Int? {
        func phrase(at token: Int) -> Int? { token < structure.phraseOfToken.count ? structure.phraseOfToken[token] : nil }
        if let found = phrase(at: span.numberStart) ?? phrase(at: span.start) { return found }
        for token in span.start..<span.end {
            if let found = phrase(at: token) { return found }
        }
        return nil
    }

    /// "vs 15.4 mln", "against 3 mln", "up from", "compared with", and a figure coordinated
    /// with the one before it ("4.4 pct in Italy and three pct in France"); ", up 26 pct" after
    /// a figure is its change.
    private func comparison(_ span: FigureSpan, _ figure: Int, _ tokens: [Token], _ structure: SentenceStructure) -> Reading? {
        if comparisonBefore(span.start, tokens, structure) { return .sameAsPrevious }
        var k = span.start - 1
        while k >= 0, structure.tags[k].wordClass == .adverb || structure.tags[k].wordClass == .determiner { k -= 1 }
        guard k >= 0 else { return nil }
        let before = tokens[k].lower
        // "sales totaled 318.4 mln dlrs, up 26.0 pct from": a change of the figure before
        if ["up", "down", "off"].contains(before), k >= 1, tokens[k - 1].is(",") { return .changeOfPrevious }
        // "$5.2bn (£2.8bn)", "rose 15 cents - 1.1% -": a conversion in brackets or dashes
        let isDash = tokens[k].spaced && (before == "-" || before == "–" || before == "—")
        if before == "(" || before == ";" || before == ":" || isDash, k >= 1, structure.phraseOfToken[k - 1].map({ isFigurePhrase($0, tokens, structure) }) ?? false { return .sameAsPrevious }
        if before == "(", k >= 1, tokens[k - 1].isNumber || tokens[k - 1].isWord { return k >= 2 && figureEndsAt(k, tokens, structure) ? .sameAsPrevious : nil }
        // "jail terms of five years and a $250,000 fine": a listed figure with a noun of its own
        // names its own quantity
        let head = structure.phrases[figure].head
        if !isFigureWord(head, tokens), head >= span.end { return nil }
        // "186 mln dlrs or 2.40 dlrs per share": the same amount said another way
        if before == "or", k >= 1, structure.phraseOfToken[k - 1].map({ isFigurePhrase($0, tokens, structure) }) ?? false { return .sameAsPrevious }
        if before == "and" || before == ",", structure.phrases.contains(where: { $0.conjuncts.contains(figure) && isFigurePhrase($0, tokens, structure) }) {
            return .sameAsPrevious
        }
        // "4.4 pct in Italy and three pct in France": "and" after a figure's place
        if before == "and", k >= 2, let previous = structure.phraseOfToken[k - 1] ?? (tokens[k - 1].is(",") ? structure.phraseOfToken[k - 2] : nil), let pp = structure.prepositionOfPhrase[previous],
            case .noun(let owner) = structure.prepositions[pp].attachment, isFigurePhrase(owner, tokens, structure)
        {
            return .sameAsPrevious
        }
        // "to 3.1% from 3.6% this year and 2.4% from 2.7% in 2006": "and" after a time or place
        // that follows a figure
        if before == "and" || before == ",", k >= 2,
            let previous = structure.phraseOfToken[k - 1] ?? (before == "and" && k >= 3 && tokens[k - 1].is(",") ? structure.phraseOfToken[k - 2] : nil),
            placesAndTimesOnly(previous, tokens, structure)
        {
            var j = structure.phrases[previous].start - 1
            if j >= 0, structure.tags[j].wordClass == .preposition { j -= 1 }
            if j >= 0, structure.phraseOfToken[j].map({ isFigurePhrase($0, tokens, structure) }) ?? false { return .sameAsPrevious }
        }
        return nil
    }

    /// Whether what stands before token `start` sets it against something said before: "vs",
    /// "against", "from", "than", "compared with", also past a time that owns it ("compared
    /// with the prior year's 4.38 billion", "from 1985's 2.1 mln").
    func comparisonBefore(_ start: Int, _ tokens: [Token], _ structure: SentenceStructure) -> Bool {
        var k = start - 1
        while k >= 0, structure.tags[k].wordClass == .adverb || structure.tags[k].wordClass == .determiner { k -= 1 }
        if k >= 2, structure.tags[k].wordClass == .possessiveMarker, let owner = structure.phraseOfToken[k - 2] ?? structure.phraseOfToken[k - 1],
            placesAndTimesOnly(owner, tokens, structure)
        {
            k = structure.phrases[owner].start - 1
            while k >= 0, structure.tags[k].wordClass == .determiner { k -= 1 }
        }
        guard k >= 0 else { return false }
        if tokens[k].isAny(of: ["vs", "versus", "against", "from", "than"]) { return true }
        return tokens[k].is("with") && k >= 1 && (tokens[k - 1].is("compared") || tokens[k - 1].is("comparing"))
    }

    /// A form of "own" right before or after a figure ("owns 40 pct", "40 pct owned by").
    private func isOwned(before start: Int, after end: Int, _ tokens: [Token]) -> Bool {
        let forms = ["owned", "owns", "own", "owning"]
        if end < tokens.count, tokens[end].isAny(of: forms) { return true }
        if end + 1 < tokens.count, tokens[end].is("-"), !tokens[end].spaced, tokens[end + 1].is("owned") { return true }
        return start > 0 && tokens[start - 1].isAny(of: forms)
    }

    /// Whether the tokens before `k` end a figure ("$11bn (" ).
    private func figureEndsAt(_ k: Int, _ tokens: [Token], _ structure: SentenceStructure) -> Bool {
        var j = k - 1
        while j >= 0, j >= k - 3 {
            if structure.tags[j].wordClass == .number { return true }
            j -= 1
        }
        return false
    }

    /// "bought 25,000 tonnes of soft wheat" -> "soft wheat purchases", where the vocabulary
    /// names the goods with the verb's quantity; nil where it does not ("exported 5 mln tonnes
    /// of steel" stays "steel").
    private func tradedQuantity(_ words: [String], _ figure: Int, _ tokens: [Token], _ structure: SentenceStructure) -> [String]? {
        guard !words.isEmpty, let (clause, role) = structure.clause(ofPhrase: figure), role == .object,
            let quantity = verbMetrics[tokens[structure.groups[structure.clauses[clause].verb].head].word]
        else { return nil }
        for start in words.indices where metrics.value(of: (words[start...] + [quantity]).appended(separator: " ")) != nil {
            return words + [quantity]
        }
        return nil
    }

    /// The noun phrase a counted figure is "of" ("volume of 600 mln shares") or the subject of
    /// the clause it completes ("Nasdaq volume climbed to 480 mln shares"), where the vocabulary
    /// names its words as a quantity; nil for whoever holds it ("the company employs 500 workers").
    private func knownQuantityAbove(_ figure: Int, _ tokens: [Token], _ structure: SentenceStructure) -> (words: [String], phrase: Int)? {
        var candidate: Int?
        if let pp = structure.prepositionOfPhrase[figure] {
            switch structure.prepositions[pp].attachment {
            case .noun(let owner): candidate = tokens[structure.prepositions[pp].preposition].is("of") ? owner : nil
            // "raised its stake to 2.5 mln shares": what the verb acts on, else its subject
            case .verb(let group):
                candidate = structure.clauseOfGroup[group].flatMap { clause in
                    structure.clauses[clause].object.flatMap { isFigurePhrase($0, tokens, structure) ? nil : $0 } ?? structure.clauses[clause].effectiveSubject
                }
            case .none: break
            }
        } else if let (clause, role) = structure.clause(ofPhrase: figure), role == .object {
            candidate = structure.clauses[clause].effectiveSubject
        }
        guard let phrase = candidate, !holderNouns.contains(tokens[structure.phrases[phrase].head].word),
            structure.tags[structure.phrases[phrase].head].wordClass != .properNoun, let words = words(of: phrase, tokens, structure),
            let last = words.last, metrics.mayEnd(with: last)
        else { return nil }
        for start in words.indices where metrics.value(of: words[start...].appended(separator: " ")) != nil { return (words, phrase) }
        return nil
    }

    /// The phrase a possessor owns: "India's" -> "United Breweries".
    private func possessed(by possessor: Int, _ structure: SentenceStructure) -> Int? {
        let next = possessor + 1
        guard next < structure.phrases.count, structure.phrases[next].possessor == possessor else { return nil }
        return next
    }

    /// A name that is no place: a company or an organisation ("United Breweries", "Elan").
    private func isOrganisation(_ index: Int, _ tokens: [Token], _ structure: SentenceStructure) -> Bool {
        let phrase = structure.phrases[index]
        return structure.tags[phrase.head].wordClass == .properNoun && places.match(tokens, at: phrase.head, maxTokens: 1) == nil
            && !phrase.range.contains { places.match(tokens, at: $0, maxTokens: 1) != nil && $0 == phrase.start && phrase.end - phrase.start == 1 }
    }

    /// A phrase that names only a place or a time ("Brazil", "1986", "the first quarter").
    private func placesAndTimesOnly(_ index: Int, _ tokens: [Token], _ structure: SentenceStructure) -> Bool {
        let phrase = structure.phrases[index]
        if structure.tags[phrase.head].wordClass == .number { return true }
        if grammar.timeNouns.contains(tokens[phrase.head].word) { return true }
        var k = phrase.start
        if tokens[k].is("the") { k += 1 }
        if let (length, _) = places.match(tokens, at: k), k + length == phrase.end { return true }
        return false
    }

    private func isFigurePhrase(_ phrase: Int, _ tokens: [Token], _ structure: SentenceStructure) -> Bool {
        isFigurePhrase(structure.phrases[phrase], tokens, structure)
    }

    /// A phrase with a number that is no year: "5 mln tonnes", not "1985/86 exports".
    private func isFigurePhrase(_ phrase: NounPhrase, _ tokens: [Token], _ structure: SentenceStructure) -> Bool {
        phrase.range.contains { structure.tags[$0].wordClass == .number && !isYear($0, tokens) }
    }

    /// "1986", and the "86" of "1985/86".
    private func isYear(_ k: Int, _ tokens: [Token]) -> Bool {
        func fourDigitYear(_ token: Token) -> Bool {
            token.text.utf8.count == 4 && token.text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } && (1000...2199).contains(Int(token.text) ?? 0)
        }
        if fourDigitYear(tokens[k]) { return true }
        return k >= 2 && tokens[k].text.utf8.count == 2 && tokens[k - 1].is("/") && !tokens[k - 1].spaced && !tokens[k].spaced && fourDigitYear(tokens[k - 2])
    }

    /// A unit, scale, currency or percent word: "pct", "mln", "dlrs", "tonnes".
    func isFigureWord(_ token: Int, _ tokens: [Token]) -> Bool {
        let word = tokens[token].word
        return tokens[token].isNumber || figures.scales[word] != nil || figures.unitWords.match(tokens, at: token, maxTokens: 1) != nil
            || figures.currencyCodes[tokens[token].form] != nil || tokens[token].isAny(of: ["%", "$", "£", "€", "¥"])
    }

    private func isGDP(_ phrase: NounPhrase, _ tokens: [Token]) -> Bool {
        ["gdp", "gnp", "gross"].contains(tokens[phrase.head].lower) || (tokens[phrase.head].is("product") && phrase.range.contains { tokens[$0].is("domestic") || tokens[$0].is("national") })
    }

    /// The prepositional phrase right after a phrase: "23 billion dollars **in financial support**",
    /// whether the layer hung it from the phrase or from the verb.
    private func prepositionalPhrase(attachedTo phrase: Int, preposition: String, _ tokens: [Token], _ structure: SentenceStructure) -> Int? {
        let end = structure.phrases[phrase].end
        return structure.prepositions.indices.first { index in
            let pp = structure.prepositions[index]
            return pp.preposition == end && tokens[pp.preposition].is(preposition)
        }
    }

    /// "sold a stake to Mediobanca for 775m euros", "bought 10 jets for $1bn": a figure "for"
    /// which something changes hands is its price.
    private func paysFor(_ pp: Int, verb group: Int, _ tokens: [Token], _ structure: SentenceStructure) -> Bool {
        tokens[structure.prepositions[pp].preposition].is("for") && purchaseVerbs.contains(tokens[structure.groups[group].head].word)
    }

    // MARK: change nouns

    private static let changeNouns: Set<String> = [
        "increase", "increases", "rise", "rises", "fall", "falls", "decline", "declines", "drop", "drops", "gain", "gains",
        "jump", "jumps", "cut", "cuts", "reduction", "reductions", "growth", "decrease", "decreases", "improvement", "slump",
        "surge", "climb", "advance", "loss", "losses", "rebound",
    ]

    private func isChangeNoun(_ token: Token) -> Bool { Self.changeNouns.contains(token.lower) && !token.is("growth") && !token.is("loss") && !token.is("losses") }

    /// "an increase in sales", "a rise of 5 pct in exports": what the change is of.
    private func changeTarget(of phrase: Int, _ tokens: [Token], _ structure: SentenceStructure) -> (words: [String], phrase: Int)? {
        for pp in structure.prepositions where ["in", "of"].contains(tokens[pp.preposition].lower) {
            guard let object = pp.object else { continue }
            let owner: Int
            switch pp.attachment {
            case .noun(let attached): owner = attached
            case .verb, .none:
                guard pp.preposition == structure.phrases[phrase].end else { continue }
                owner = phrase
            }
            // directly on the change noun, or on the figure phrase hanging from it
            let onChange = owner == phrase
            let onFigure = structure.prepositionOfPhrase[owner].map { structure.prepositions[$0].attachment == .noun(phrase) } ?? false
            guard onChange || onFigure, !isFigurePhrase(object, tokens, structure) else { continue }
            if let words = words(of: object, tokens, structure), !words.isEmpty { return (words, object) }
        }
        return nil
    }

    // MARK: from the clause

    /// The metric a clause's subject names, or its verb's quantity when the subject holds the
    /// quantity ("the company earned", "Brazil exported").
    private func fromClause(_ index: Int, _ tokens: [Token], _ structure: SentenceStructure, objectFirst: Bool = false) -> Reading? {
        let clause = structure.clauses[index]
        let verb = structure.groups[clause.verb].head
        // "keep lending rates at a record low of 1.75%": what the verb acts on
        if objectFirst, let object = clause.object, !isFigurePhrase(object, tokens, structure),
            !holderNouns.contains(tokens[structure.phrases[object].head].word), structure.tags[structure.phrases[object].head].wordClass != .properNoun,
            let words = words(of: object, tokens, structure), !words.isEmpty
        {
            return .phrase(words, from: object)
        }
        // "the credit line authorized for wheat sales from 25 mln dlrs to 20 mln dlrs": a participle
        // right after a noun phrase tells what became of that phrase
        if clause.kind == .nonFinite, clause.subject == nil, structure.groups[clause.verb].form == .participle {
            var k = structure.groups[clause.verb].start - 1
            while k >= 0, structure.tags[k].wordClass == .adverb { k -= 1 }
            if k >= 0, let before = structure.phraseOfToken[k], structure.phrases[before].end == k + 1, !isFigurePhrase(before, tokens, structure),
                !holderNouns.contains(tokens[structure.phrases[before].head].word), structure.tags[structure.phrases[before].head].wordClass != .properNoun,
                let words = words(of: before, tokens, structure), !words.isEmpty
            {
                return .phrase(words, from: before)
            }
        }
        // ", easing to 3.4% next year": a participle with no subject of its own goes on about
        // the quantity before it
        if clause.kind == .nonFinite, clause.subject == nil, structure.groups[clause.verb].form == .gerund {
            if let shared = clause.sharedSubject, !holderNouns.contains(tokens[structure.phrases[shared].head].word),
                structure.tags[structure.phrases[shared].head].wordClass != .properNoun || !structure.phrases[shared].isPronoun,
                let words = words(of: shared, tokens, structure), !words.isEmpty
            {
                return .phrase(words, from: shared)  // "Brent crude rose, adding $1.89"
            }
            return .sameAsPrevious
        }
        guard let subject = clause.effectiveSubject else {
            return verbMetrics[tokens[verb].word].map { .phrase([$0], from: nil) }
        }
        let phrase = structure.phrases[subject]
        let head = tokens[phrase.head]
        // "GDP is expected at 3.2%": an acronym the vocabulary names is a quantity, not a name
        let namesMetric = metrics.value(of: head.lower) != nil
        let isHolder = (structure.tags[phrase.head].wordClass == .properNoun && !namesMetric) || phrase.isPronoun || holderNouns.contains(head.word)
            || places.match(tokens, at: phrase.head, maxTokens: 1) != nil
        if isHolder {
            if let quantity = verbMetrics[tokens[verb].word] { return .phrase([quantity], from: nil) }
            return nil
        }
        guard var words = words(of: subject, tokens, structure), !words.isEmpty else { return nil }
        // "Kenya's economy should expand by 5 pct": an economy that grows is economic growth
        if words.last == "economy" { words = ["economic", "growth"] }
        return .phrase(words, from: subject)
    }

    // MARK: the words of a phrase

    /// A phrase's words that name a quantity: no determiners, possessives, numbers, units,
    /// places, times or names; nil for a pronoun.
    func words(of index: Int, _ tokens: [Token], _ structure: SentenceStructure) -> [String]? {
        let phrase = structure.phrases[index]
        if phrase.isPronoun { return nil }
        // "Plant and equipment investments fell": two modifiers coordinated before one head; the
        // head is the last member's
        if phrase.conjuncts.count == 1, phrase.end - phrase.start == 1, structure.tags[phrase.head].wordClass == .noun,
            let last = phrase.conjuncts.last, structure.phrases[last].end - structure.phrases[last].start >= 2,
            structure.tags[structure.phrases[last].start].wordClass == .noun
        {
            return words(of: last, tokens, structure)
        }
        // "the Swiss franc opened two centimes up", "sterling rose to 1.55 dlrs": a currency a
        // clause is about measures its exchange rate
        if case .currency? = figures.unitWords.match(tokens, at: phrase.head, maxTokens: 1)?.value, !isFigurePhrase(phrase, tokens, structure),
            structure.clause(ofPhrase: index)?.role == .subject
        {
            return ["exchange", "rate"]
        }
        // "forecasts for Japanese growth", "the level of reserves", "the price of crude": the
        // container's "of" or "for" names the quantity ("price" stays: "crude price")
        if containerNouns.contains(tokens[phrase.head].word) || tokens[phrase.head].is("price") || tokens[phrase.head].is("prices")
            || (isFigureWord(phrase.head, tokens) && !WordClassTagger.isCodeNumber(phrase.head, tokens))
        {
            for pp in structure.prepositions where pp.attachment == .noun(index) && ["of", "for", "on", "in"].contains(tokens[pp.preposition].lower) {
                guard let object = pp.object, !isFigurePhrase(object, tokens, structure), !placesAndTimesOnly(object, tokens, structure),
                    let inner = words(of: object, tokens, structure), !inner.isEmpty
                else { continue }
                return tokens[phrase.head].lower.hasPrefix("price") ? inner + ["price"] : inner
            }
            // "interest rates", "the jobless rate": a container the vocabulary names is the metric
            if containerNouns.contains(tokens[phrase.head].word), let (length, _) = metrics.match(tokens, endingBefore: phrase.head + 1),
                length >= 2, phrase.head + 1 - length >= phrase.start
            {
                return wordsOf(phrase, tokens, structure)
            }
            // "growth forecasts": the words before the container name the quantity; "a previous
            // estimate of 3.7%", "an all-time low of 3.25%", "the record high of $55": nothing
            // does (an adjective, a hyphenated modifier, another container), the clause says of what
            if containerNouns.contains(tokens[phrase.head].word) || isFigureWord(phrase.head, tokens) {
                var end = phrase.head
                while end > phrase.start, containerNouns.contains(tokens[end - 1].word) { end -= 1 }
                let before = NounPhrase(start: phrase.start, end: end, head: end - 1, possessor: phrase.possessor)
                guard before.end > before.start, structure.tags[before.head].wordClass == .noun || structure.tags[before.head].wordClass == .properNoun,
                    !isHyphenated(before.head, tokens), !grammar.timeNouns.contains(tokens[before.head].word)
                else {
                    return nil
                }
                return wordsOf(before, tokens, structure)
            }
        }
        let own = wordsOf(phrase, tokens, structure)
        return ofThing(index, own, tokens, structure) ?? own
    }

    /// "sales of new homes", "exports of wheat": what a quantity is of, put before it, where
    /// the vocabulary names the two together ("new home sales", "wheat exports").
    private func ofThing(_ index: Int, _ own: [String], _ tokens: [Token], _ structure: SentenceStructure) -> [String]? {
        guard let last = own.last, metrics.mayEnd(with: last),
            let pp = structure.prepositions.first(where: { $0.attachment == .noun(index) && tokens[$0.preposition].is("of") }),
            let object = pp.object, !isFigurePhrase(object, tokens, structure), !placesAndTimesOnly(object, tokens, structure),
            !isOrganisation(object, tokens, structure)
        else { return nil }
        let inner = wordsOf(structure.phrases[object], tokens, structure)
        guard let thing = inner.last else { return nil }
        for candidate in [inner, inner.dropLast() + [thing.hasSuffix("s") ? String(thing.dropLast()) : thing]] {
            let words = candidate + own
            for start in candidate.indices where metrics.value(of: words[start...].appended(separator: " ")) != nil { return Array(words[start...]) }
        }
        return nil
    }

    /// A word joined to the one before it by a hyphen: "all-time", "four-year".
    private func isHyphenated(_ token: Int, _ tokens: [Token]) -> Bool {
        token >= 2 && tokens[token - 1].is("-") && !tokens[token - 1].spaced && !tokens[token].spaced
    }

    /// The words of a span of a noun phrase that name a quantity.
    private func wordsOf(_ phrase: NounPhrase, _ tokens: [Token], _ structure: SentenceStructure) -> [String] {
        // "the Lima Stock Exchange": a name that ends in what the vocabulary names is that
        if structure.tags[phrase.head].wordClass == .properNoun, let (length, _) = metrics.match(tokens, endingBefore: phrase.head + 1),
            phrase.head + 1 - length >= phrase.start
        {
            return (phrase.head + 1 - length ... phrase.head).map { tokens[$0].lower }
        }
        var words: [String] = []
        var k = phrase.start
        while k < phrase.end {
            if let (length, _) = places.match(tokens, at: k), k + length <= phrase.end {
                k += length  // "U.S. trade deficit", "Japanese exports"
                continue
            }
            let token = tokens[k]
            let wordClass = structure.tags[k].wordClass
            defer { k += 1 }
            // "pre-tax profit": a word hyphenated to the one before is one word with it
            if isHyphenated(k, tokens), k - 2 >= phrase.start, let last = words.last, last == tokens[k - 2].lower, token.isWord {
                words[words.count - 1] = last + "-" + token.lower
                continue
            }
            // "money supply M-1": a code of capitals and a number is one word
            if WordClassTagger.isCodeNumber(k + 2, tokens), k + 2 < phrase.end {
                words.append(token.lower + "-" + tokens[k + 2].text)
                k += 2
                continue
            }
            if [.determiner, .possessivePronoun, .quantifier, .number, .symbol, .punctuation, .pronoun, .adverb, .preposition].contains(wordClass) { continue }
            // a name inside the phrase is whose it is ("Chrysler sales"), unless it only has a
            // capital because it opens the sentence ("Retail sales rose")
            let opensSentence = k == 0 || tokens[k - 1].isAny(of: ["\"", "“", ":", "("])
            if wordClass == .properNoun && k != phrase.head && !opensSentence { continue }
            if isFigureWord(k, tokens) || grammar.timeNouns.contains(token.word) { continue }
            if token.isWord { words.append(token.lower) }
        }
        return words.suffix(4).map { $0 }
    }
}
