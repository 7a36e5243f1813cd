/// Reads a sentence's clause structure from its tokens: classes (``WordClassTagger``),
/// phrases (``PhraseChunker``), then, for each verb group, its subject, object or
/// complement, what kind of clause it heads, and where each prepositional phrase attaches.
///
/// The subject of a finite verb is the nearest noun phrase before it that is not governed by
/// a preposition, past adverbs, prepositional phrases that modify the subject ("Sugar output
/// in Brazil ... fell"), appositions and parentheses between commas, and relative clauses; a
/// coordination ("France, Germany and Italy oppose") is headed by its first member, the
/// others its conjuncts. A verb after "and" with no subject of its own, a participle after a
/// comma and an infinitive share the subject of the clause they hang from. ", said the IMF"
/// has its subject after the verb. The object is the noun phrase after the verb, unless that
/// phrase is the subject of a clause of its own ("said the company would ...") or a time
/// ("last year").
struct ClauseParser: Sendable {
    let grammar: Grammar
    let tagger: WordClassTagger
    let chunker: PhraseChunker

    init(grammar: Grammar) {
        self.grammar = grammar
        tagger = WordClassTagger(grammar: grammar)
        chunker = PhraseChunker(grammar: grammar)
    }

    /// The pieces of a sentence in order: a noun phrase, a verb group or a single token.
    private enum Unit: Equatable {
        case phrase(Int)
        case group(Int)
        case token(Int)
    }

    /// Whether a sentence may hold a clause: some word could be a finite verb, an auxiliary or
    /// a modal. Table lines of figures ("Shr 1.50 dlrs vs 1.20 dlrs") have none.
    func mayHaveClause(_ tokens: [Token]) -> Bool {
        for token in tokens where token.isWord {
            if grammar.modals.contains(token.word) || grammar.isAuxiliary(token.word) { return true }
            if let forms = grammar.verbForms[token.word], !forms.isDisjoint(with: VerbForms.past.union(.present).union(.base)) { return true }
            let bytes = token.lower.utf8
            if bytes.count >= 5, bytes.last == UInt8(ascii: "d"), bytes.dropLast().last == UInt8(ascii: "e") { return true }
        }
        return false
    }

    func structure(of tokens: [Token]) -> SentenceStructure {
        let tags = tagger.tag(tokens)
        var phrases = chunker.nounPhrases(tokens, tags)
        var phraseOfToken = [Int?](repeating: nil, count: tokens.count)
        for (index, phrase) in phrases.enumerated() {
            for token in phrase.range { phraseOfToken[token] = index }
        }
        // a verb taken into a noun phrase (a gerund modifier) heads no group
        let groups = chunker.verbGroups(tokens, tags).filter { phraseOfToken[$0.head] == nil }
        var units: [Unit] = []
        units.reserveCapacity(tokens.count)
        var k = 0
        var groupStarts = [Int?](repeating: nil, count: tokens.count)
        for (index, group) in groups.enumerated() { groupStarts[group.start] = index }
        while k < tokens.count {
            if let phrase = phraseOfToken[k] {
                units.append(.phrase(phrase))
                k = phrases[phrase].end
            } else if tags[k].wordClass == .possessiveMarker || (k + 1 < tokens.count && tags[k + 1].wordClass == .possessiveMarker) {
                k += 1  // "Japan's economy": the possessive joins two phrases and is no unit of its own
            } else if let group = groupStarts[k] {
                units.append(.group(group))
                k = groups[group].end
            } else {
                units.append(.token(k))
                k += 1
            }
        }
        linkCoordinations(units, tokens, tags, groups, &phrases)
        linkAppositions(units, tokens, &phrases)
        let prepositions = prepositionalPhrases(units, tokens, tags, phrases, groups)
        let clauses = clauses(units, tokens, tags, phrases, groups)
        return SentenceStructure(tags: tags, phrases: phrases, groups: groups, prepositions: prepositions, clauses: clauses)
    }

    // MARK: coordination and apposition

    /// "France, Germany and Italy": the first phrase gets the others as conjuncts.
    private func linkCoordinations(_ units: [Unit], _ tokens: [Token], _ tags: [TaggedWord], _ groups: [VerbGroup], _ phrases: inout [NounPhrase]) {
        var u = 0
        while u < units.count {
            guard case .phrase(let first) = units[u] else {
                u += 1
                continue
            }
            var members: [Int] = []
            var v = u + 1
            var sawCoordinator = false
            while v + 1 < units.count {
                guard case .token(let t) = units[v] else { break }
                let isComma = tokens[t].is(",")
                let isCoordinator = tags[t].wordClass == .coordinator && (tokens[t].is("and") || tokens[t].is("or") || tokens[t].is("&"))
                guard isComma || isCoordinator else { break }
                var w = v + 1
                // ", and"; ", but" joins clauses, not phrases
                if isComma, w < units.count, case .token(let t2) = units[w], tags[t2].wordClass == .coordinator {
                    guard tokens[t2].is("and") || tokens[t2].is("or") || tokens[t2].is("&") else { break }
                    sawCoordinator = true
                    w += 1
                }
                guard w < units.count, case .phrase(let next) = units[w], !grammar.subjectPronouns.contains(tokens[phrases[next].head].word) else { break }
                // "blasted the platform, and Navy personnel stormed", "bounced back from a low in
                // January, and retail sales were up": a phrase after a comma with a verb of its own
                // (after ", and", any verb) opens a clause
                if isComma, members.isEmpty, w + 1 < units.count, case .group(let g) = units[w + 1], sawCoordinator || groups[g].form == .finite { break }
                // "LG Card has seven million customers and its collapse would have sent": after "and",
                // a phrase with a finite verb of its own, where the first is in a clause that has
                // its verb already, opens a clause ("France and Germany oppose" is one subject)
                if isCoordinator, members.isEmpty, w + 1 < units.count, case .group(let g) = units[w + 1], groups[g].form == .finite,
                    [.determiner, .possessivePronoun, .quantifier].contains(tags[phrases[next].start].wordClass),
                    finiteVerbInClause(before: u, units, tokens, tags, groups)
                {
                    break
                }
                // the same kind of thing: names with names, common nouns with common nouns
                guard compatible(phrases[first], phrases[next], tags) else { break }
                if isCoordinator { sawCoordinator = true }
                members.append(next)
                v = w + 1
                if sawCoordinator { break }
            }
            if sawCoordinator, !members.isEmpty {
                phrases[first].conjuncts = members
                u = v
            } else {
                u += 1
            }
        }
    }

    private func compatible(_ a: NounPhrase, _ b: NounPhrase, _ tags: [TaggedWord]) -> Bool {
        // "it and Farma": a pronoun joins a name, and names join each other

        let ha = tags[a.head].wordClass
        let hb = tags[b.head].wordClass
        if ha == .number || hb == .number { return ha == hb }
        return true
    }

    /// "the Confederation of British Industry (CBI)", "Gerhard Stoltenberg, the finance
    /// minister,": a phrase in brackets or between commas names the phrase before it.
    private func linkAppositions(_ units: [Unit], _ tokens: [Token], _ phrases: inout [NounPhrase]) {
        for u in units.indices {
            guard case .phrase(let first) = units[u] else { continue }
            // skip "of X" phrases attached to the name: "Confederation of British Industry (CBI)"
            var v = u + 1
            while v + 1 < units.count, case .token(let t) = units[v], tokens[t].is("of"), case .phrase = units[v + 1] { v += 2 }
            guard v + 2 < units.count, case .token(let open) = units[v], case .phrase(let second) = units[v + 1],
                case .token(let close) = units[v + 2]
            else { continue }
            if tokens[open].is("(") && tokens[close].is(")") { phrases[first].apposition = second }
            if tokens[open].is(",") && tokens[close].is(","), v == u + 1, !tokens[phrases[second].start].isNumber {
                phrases[first].apposition = second
            }
        }
    }

    // MARK: prepositional phrases

    private func prepositionalPhrases(_ units: [Unit], _ tokens: [Token], _ tags: [TaggedWord], _ phrases: [NounPhrase],
                                      _ groups: [VerbGroup]) -> [PrepositionalPhrase] {
        var found: [PrepositionalPhrase] = []
        for u in units.indices {
            guard case .token(let p) = units[u], tags[p].wordClass == .preposition else { continue }
            var object: Int?
            if u + 1 < units.count, case .phrase(let phrase) = units[u + 1] { object = phrase }
            // what comes before: a phrase (perhaps itself the object of a preposition), or a verb
            var attachment = PrepositionalPhrase.Attachment.none
            var v = u - 1
            while v >= 0, case .token(let t) = units[v], tags[t].wordClass == .adverb || tags[t].wordClass == .particle { v -= 1 }
            // "estimated the crop, based on May 1 conditions, at 3 mln tonnes": past an aside set
            // off by commas, the phrase goes with what stands before the aside
            if v >= 1, case .token(let t) = units[v], tokens[t].is(","), let before = skipCommaAside(endingAt: v, units, tokens, tags, phrases, groups),
                before + 2 < v, case .group(let g) = units[before + 2], groups[g].form == .participle || groups[g].form == .gerund
            {
                v = before
            }
            if v >= 0 {
                switch units[v] {
                case .group(let g):
                    attachment = .verb(g)
                case .phrase(let before):
                    attachment = .noun(before)
                    // "rose 5 pct to 120 mln", "in 1986 to 2.74 trillion": after a figure or a time
                    // that hangs from a verb, the phrase hangs from the verb too
                    if !tokens[p].is("of"), let verb = verbBefore(v, units, tokens, tags, phrases), isMeasureOrTime(phrases[before], tokens, tags) {
                        attachment = .verb(verb)
                    }
                    // "had orders last month of 730,000 dlrs": "of" past a time goes with the noun before it
                    if tokens[p].is("of"), isTimePhrase(phrases[before], tokens, tags) {
                        var w = v - 1
                        while w >= 0, case .token(let t) = units[w], tags[t].wordClass == .adverb || tags[t].wordClass == .determiner { w -= 1 }
                        if w >= 0, case .phrase(let noun) = units[w] { attachment = .noun(noun) }
                    }
                default:
                    break
                }
            }
            found.append(PrepositionalPhrase(preposition: p, object: object, attachment: attachment))
        }
        return found
    }

    /// The verb group a phrase at unit `v` follows, past the prepositional phrases between.
    private func verbBefore(_ v: Int, _ units: [Unit], _ tokens: [Token], _ tags: [TaggedWord], _ phrases: [NounPhrase]) -> Int? {
        var w = v - 1
        while w >= 0 {
            switch units[w] {
            case .group(let g): return g
            case .phrase: w -= 1
            case .token(let t):
                guard tags[t].wordClass == .preposition || tags[t].wordClass == .adverb || tags[t].wordClass == .particle else { return nil }
                w -= 1
            }
        }
        return nil
    }

    /// A phrase that is a figure ("5 pct", "120 mln dlrs") or a time: the prepositional phrase
    /// after it goes with the verb. "a 5 pct increase" is a noun with a figure in it.
    private func isMeasureOrTime(_ phrase: NounPhrase, _ tokens: [Token], _ tags: [TaggedWord]) -> Bool {
        if grammar.timeNouns.contains(tokens[phrase.head].word) { return true }
        guard let number = phrase.range.last(where: { tags[$0].wordClass == .number }) else { return false }
        // the head is the number, its scale or unit: at most two words after the last number
        return phrase.head - number <= 2 && !grammar.nominalGerunds.contains(tokens[phrase.head].word)
            && (tags[phrase.head].wordClass == .number || tags[phrase.head].wordClass == .symbol || phrase.head - number <= 1)
    }

    // MARK: clauses

    private func clauses(_ units: [Unit], _ tokens: [Token], _ tags: [TaggedWord], _ phrases: [NounPhrase], _ groups: [VerbGroup]) -> [Clause] {
        var clauses: [Clause] = []
        var unitOfGroup = [Int?](repeating: nil, count: groups.count)
        for (u, unit) in units.enumerated() { if case .group(let g) = unit { unitOfGroup[g] = u } }
        for (g, group) in groups.enumerated() {
            guard let u = unitOfGroup[g] else { continue }
            var clause = Clause(kind: .main, verb: g)
            let opener = openerBefore(u, units, tokens, tags)
            switch opener {
            case .relative(let t):
                clause.kind = .relative
                clause.relativeSubject = t
                clause.sharedSubject = antecedent(beforeUnitOf: t, units, tokens)
            case .coordinator:
                clause.kind = .coordinated
            case .comma where group.form != .finite:
                clause.kind = .nonFinite
            default:
                if group.form != .finite { clause.kind = .nonFinite }
            }
            // "expects the deal to close": the phrase is the infinitive's subject; "urged the bank
            // to cut rates": the verb's object, and the one the infinitive is about
            if group.form == .infinitive, let (subject, verb) = infinitiveSubject(before: u, units, tokens, tags, phrases, groups.map(\.head)) {
                if verb.map({ grammar.infinitiveSubjectVerbs.contains(tokens[$0].word) }) ?? true {
                    clause.subject = subject
                } else {
                    clause.sharedSubject = subject
                }
            }
            // "with growth forecasts slipping to 1.8%", "with at least 23,000 people killed",
            // "with thousands of people being added": a participle after a phrase that follows
            // "with" or "without" (and that phrase's own "of" phrases) has that phrase for its subject
            if group.form == .gerund || group.form == .participle, let phrase = phraseAfterWith(before: u, units, tokens, tags) {
                clause.subject = phrase
            } else if group.form == .gerund, clause.subject == nil, let host = hostBeforeParticiple(u, units, tokens, tags, phrases) {
                // "approved loans to Jamaica totalling 104 mln dlrs": a gerund right after a phrase
                // is about that phrase (its subject for what it measures, not the parser's)
                clause.sharedSubject = host
            }
            // "help the school retire the jersey": a bare infinitive is about the object before it;
            // "lets Apple get away": after "let", "make" or "see" that phrase is only its subject
            if u >= 2, case .phrase(let object) = units[u - 1], case .group(let before) = units[u - 2],
                isBareInfinitive(group, afterObjectOf: groups[before], tokens, tags)
            {
                clause.kind = .nonFinite
                if grammar.infinitiveSubjectVerbs.contains(tokens[groups[before].head].word) {
                    clause.subject = object
                } else {
                    clause.sharedSubject = object
                }
            } else if group.form == .finite, clause.relativeSubject == nil, clause.kind != .coordinated {
                if let found = subject(before: u, units, tokens, tags, phrases, groups) {
                    switch found {
                    case .phrase(let subject, let opened):
                        clause.subject = subject
                        if opened == .relative { clause.kind = .relative }
                        if opened == .subordinate { clause.kind = .subordinate }
                    case .relative(let t):
                        clause.kind = .relative
                        clause.relativeSubject = t
                        clause.sharedSubject = antecedent(beforeUnitOf: t, units, tokens)
                    }
                } else if let inverted = invertedSubject(after: u, units, tokens, tags, phrases, group) {
                    clause.subject = inverted
                    clause.isInverted = true
                }
                if clause.subject == nil, clause.kind == .main, openedBefore(u, units, tags) == .subordinate { clause.kind = .subordinate }
            }
            // "was awarded a contract", "be allowed a visit": a passive of giving keeps what is given
            if !group.passive || group.isCopula || grammar.ditransitiveVerbs.contains(tokens[group.head].word) {
                let (object, adjective) = complement(after: u, units, tokens, tags, phrases, groups, group)
                clause.object = clause.isInverted ? nil : object
                clause.adjectiveComplement = adjective
                if let object = clause.object, !group.passive, grammar.measureVerbs.contains(tokens[group.head].word),
                    isMeasureOrTime(phrases[object], tokens, tags)
                {
                    clause.objectIsMeasure = true
                }
            }
            clauses.append(clause)
        }
        // "plans to leave the market could be dropped": a phrase refused as an object because a verb follows
        // it is the object after all when that verb found another subject
        let subjects = Set(clauses.compactMap(\.subject))
        for index in clauses.indices where clauses[index].object == nil && clauses[index].kind == .nonFinite {
            let group = groups[clauses[index].verb]
            guard !group.passive, let u = unitOfGroup[clauses[index].verb], u + 2 < units.count, case .phrase(let phrase) = units[u + 1],
                case .group(let next) = units[u + 2], groups[next].form == .finite, !subjects.contains(phrase),
                tags[phrases[phrase].head].wordClass.isNominal, !isTimePhrase(phrases[phrase], tokens, tags)
            else { continue }
            clauses[index].object = phrase
        }
        // clauses with no subject of their own share the one before them
        for index in clauses.indices where clauses[index].subject == nil && clauses[index].sharedSubject == nil {
            if let previous = clauses[..<index].last(where: { $0.effectiveSubject != nil }) {
                clauses[index].sharedSubject = previous.effectiveSubject
            }
        }
        return clauses
    }

    private enum Opener: Equatable {
        case relative(Int)
        case coordinator
        case comma
        case subordinator
        case none
    }

    /// What stands just before a verb group, past adverbs and negations.
    private func openerBefore(_ u: Int, _ units: [Unit], _ tokens: [Token], _ tags: [TaggedWord]) -> Opener {
        var v = u - 1
        while v >= 0, case .token(let t) = units[v], tags[t].wordClass == .adverb || tags[t].wordClass == .negation { v -= 1 }
        guard v >= 0, case .token(let t) = units[v] else { return .none }
        switch tags[t].wordClass {
        case .relative: return .relative(t)
        case .coordinator: return .coordinator
        case .subordinator: return .subordinator
        case .punctuation where tokens[t].is(","): return .comma
        default: return .none
        }
    }

    /// The phrase a relative pronoun refers to: the one before it, past a comma.
    private func antecedent(beforeUnitOf token: Int, _ units: [Unit], _ tokens: [Token]) -> Int? {
        guard let u = units.firstIndex(of: .token(token)) else { return nil }
        var v = u - 1
        if v >= 0, case .token(let t) = units[v], tokens[t].is(",") { v -= 1 }
        guard v >= 0, case .phrase(let phrase) = units[v] else { return nil }
        return phrase
    }

    private enum Opened: Equatable {
        case none, relative, subordinate
    }

    private enum FoundSubject {
        case phrase(Int, Opened)
        /// "which, with the new members, would be split": a relative pronoun met first.
        case relative(Int)
    }

    /// "expects the deal to close": the phrase between a verb and "to" is who the infinitive is
    /// about, also past a time ("expects sales for the quarter to exceed"), with the head of
    /// that verb; "and for sales to exceed": the phrase after "for" is its subject, with no verb.
    private func infinitiveSubject(before u: Int, _ units: [Unit], _ tokens: [Token], _ tags: [TaggedWord], _ phrases: [NounPhrase],
                                   _ groupHeads: [Int]) -> (phrase: Int, verb: Int?)? {
        guard u >= 2, case .phrase(var phrase) = units[u - 1] else { return nil }
        var v = u - 2
        if case .token(let t) = units[v], tags[t].wordClass == .preposition {
            if !grammar.timeNouns.contains(tokens[phrases[phrase].head].word) {
                // "and for sales to exceed"; after a noun, "for" hangs from it ("plans for leaders to meet")
                guard tokens[t].is("for"), v >= 1, case .token = units[v - 1] else { return nil }
                return (phrase, nil)
            }
            guard v >= 2, case .phrase(let before) = units[v - 1] else { return nil }
            phrase = before
            v -= 2
        }
        guard case .group(let g) = units[v], grammar.objectControlVerbs.contains(tokens[groupHeads[g]].word) else { return nil }
        return isTimePhrase(phrases[phrase], tokens, tags) ? nil : (phrase, groupHeads[g])
    }

    /// The subject before the verb group at unit `u`, and what opened its clause.
    private func subject(before u: Int, _ units: [Unit], _ tokens: [Token], _ tags: [TaggedWord], _ phrases: [NounPhrase],
                         _ groups: [VerbGroup]) -> FoundSubject? {
        var v = u - 1
        while v >= 0 {
            switch units[v] {
            case .group(let g):
                // "Computers made by U.S. manufacturers are used": a participle modifies the subject
                if groups[g].form == .participle || (groups[g].form == .gerund && v >= 1 && isPhrase(units[v - 1])) {
                    v -= 1
                    continue
                }
                // "a deal which the report said would be signed": the relative pronoun is the subject
                // of the clause a verb of saying takes
                if groups[g].form == .finite, grammar.clauseVerbs.contains(tokens[groups[g].head].word), v == u - 1, v >= 2,
                    case .phrase = units[v - 1], case .token(let t) = units[v - 2], tags[t].wordClass == .relative
                {
                    return .relative(t)
                }
                // "Plans to allow foreign waste to be stored in the UK have been branded": an
                // infinitive that modifies the subject
                if groups[g].form == .infinitive, let host = phraseBeforeInfinitives(endingAt: v, units, tokens, tags, groups) {
                    v = host
                    continue
                }
                return nil
            case .phrase(let phrase):
                // "The rise in copper output last month was": a time phrase between the
                // subject and its verb is when, not who
                if let before = phraseBeforeTimePhrase(phrase, at: v, units, tokens, tags, phrases) {
                    v = before
                    continue
                }
                // "at the region's biggest boat fair": the possessor chain is one phrase here
                var chainStart = v
                while chainStart >= 1, case .phrase(let before) = units[chainStart - 1], case .phrase(let current) = units[chainStart],
                    phrases[current].possessor == before
                {
                    chainStart -= 1
                }
                // "Qualifications for leaders to enter the UK could": the object of an infinitive
                // that modifies the subject
                if chainStart >= 1, case .group(let g) = units[chainStart - 1], groups[g].form == .infinitive,
                    let host = phraseBeforeInfinitives(endingAt: chainStart - 1, units, tokens, tags, groups)
                {
                    v = host
                    continue
                }
                // "new ways of linking computers are perfected": the object of a gerund governed
                // by a preposition modifies the subject too
                if chainStart >= 2, case .group(let g) = units[chainStart - 1], groups[g].form == .gerund,
                    case .token(let t) = units[chainStart - 2], tags[t].wordClass == .preposition
                {
                    v = chainStart - 3
                    continue
                }
                // "Net profit in the six months ending 31 December rose": the object of a
                // participle that modifies a phrase before it belongs to that phrase
                // ("the game playing gadget" is one phrase misread; "the company said it" a verb of saying)
                if chainStart >= 2, case .group(let g) = units[chainStart - 1],
                    groups[g].form == .gerund || (groups[g].form == .participle && !grammar.clauseVerbs.contains(tokens[groups[g].head].word)),
                    !groups[g].passive, case .phrase(let host) = units[chainStart - 2], tags[phrases[host].head].wordClass == .noun
                        || tags[phrases[host].head].wordClass == .properNoun,
                    case .phrase(let object) = units[chainStart],
                    [.determiner, .number, .properNoun, .possessivePronoun, .quantifier].contains(tags[phrases[object].start].wordClass)
                {
                    v = chainStart - 2
                    continue
                }
                // a phrase governed by a preposition modifies the subject; go on to it (also past
                // the adverbs of an amount, "savings of at least $2bn were")
                var governor = chainStart - 1
                while governor >= 1, case .token(let t) = units[governor], tags[t].wordClass == .adverb, tokens[phrases[phrase].start].isNumber
                    || tags[phrases[phrase].start].wordClass == .symbol
                {
                    governor -= 1
                }
                if governor >= 0, case .token(let t) = units[governor], tags[t].wordClass == .preposition {
                    v = governor - 1
                    continue
                }
                // the first of a coordination heads it: "France, Germany and Italy"; but where the
                // first is governed by a preposition that hangs on a verb and this one opens with a
                // determiner, "and" joined clauses ("prices rose in Europe and the dollar fell");
                // after a noun it is still the subject's ("the clash between Yukos and the Kremlin came")
                var first = firstConjunct(of: phrase, at: v, units, phrases)
                if first.phrase != phrase, first.unit >= 1, case .token(let t) = units[first.unit - 1], tags[t].wordClass == .preposition {
                    var w = first.unit - 2
                    while w >= 0, case .token(let a) = units[w], tags[a].wordClass == .adverb { w -= 1 }
                    var hangsOnNoun = false
                    if w >= 0, case .phrase(let host) = units[w], !isMeasureOrTime(phrases[host], tokens, tags) {
                        hangsOnNoun = !finiteVerbInClause(before: w, units, tokens, tags, groups)
                    }
                    if [.determiner, .quantifier, .possessivePronoun, .pronoun].contains(tags[phrases[phrase].start].wordClass), !hangsOnNoun {
                        first = (phrase, v)
                    } else if !tokens[t].is("of"),  // "the Council of Mortgage Lenders, British Bankers Association and ... said"
                        case .token(let comma) = units[first.unit + 1], tokens[comma].is(","), let second = phrases[first.phrase].conjuncts.first,
                        let at = units.firstIndex(of: .phrase(second))
                    {
                        first = (second, at)  // "sending bonds to new highs, brokers and economists said": the list after the comma
                    } else {
                        v = first.unit - 2  // "Americus Trust for American Telephone and Telegraph said"
                        continue
                    }
                }
                // "An official at Minero Peru, Minpeco, said": an apposition names the subject before it
                if let host = appositionHost(of: first.unit, units, tokens, tags) {
                    return .phrase(host.phrase, openedBefore(host.unit, units, tags))
                }
                // "start-up companies Gizmondo and Tapwave are offering", "biopic The Aviator came":
                // a name right after a common noun names it; the noun heads the subject
                if first.unit >= 1, case .phrase(let named) = units[first.unit - 1], tags[phrases[first.phrase].head].wordClass == .properNoun,
                    tags[phrases[named].head].wordClass == .noun, phrases[first.phrase].possessor != named, phrases[named].end == phrases[first.phrase].start
                {
                    return .phrase(named, openedBefore(first.unit - 1, units, tags))
                }
                return .phrase(first.phrase, openedBefore(first.unit, units, tags))
            case .token(let t):
                let token = tokens[t]
                switch tags[t].wordClass {
                case .adverb, .negation, .particle:
                    v -= 1
                case .determiner where v == u - 1 && grammar.freeRelatives.contains(token.word):
                    return .relative(t)  // "what happened", "whatever comes next"
                case .punctuation where token.is("'") || token.is("’"):
                    v -= 1  // "it's"
                case .punctuation where token.is(",") || isDash(token):
                    guard let before = skipCommaAside(endingAt: v, units, tokens, tags, phrases, groups) else { return nil }
                    v = before
                case .punctuation where token.is(")"):
                    guard let open = (0..<v).last(where: { if case .token(let o) = units[$0] { return tokens[o].is("(") } else { return false } })
                    else { return nil }
                    v = open - 1
                case .relative:
                    return .relative(t)
                default:
                    return nil
                }
            }
        }
        return nil
    }

    /// The noun phrase a gerund at unit `u` follows directly, past the prepositional phrases
    /// that hang on it ("loans to Jamaica [totalling]"); nil after a figure or a time.
    private func hostBeforeParticiple(_ u: Int, _ units: [Unit], _ tokens: [Token], _ tags: [TaggedWord], _ phrases: [NounPhrase]) -> Int? {
        var w = u - 1
        guard w >= 0, case .phrase = units[w] else { return nil }
        while w >= 2, case .token(let t) = units[w - 1], tags[t].wordClass == .preposition, case .phrase = units[w - 2] { w -= 2 }
        guard case .phrase(let host) = units[w], !isMeasureOrTime(phrases[host], tokens, tags), tags[phrases[host].head].wordClass == .noun else { return nil }
        return host
    }

    /// The phrase "with" or "without" governs, when its phrases run up to unit `u`: "with
    /// thousands of people [being added]".
    private func phraseAfterWith(before u: Int, _ units: [Unit], _ tokens: [Token], _ tags: [TaggedWord]) -> Int? {
        var w = u - 1
        guard w >= 1, case .phrase = units[w] else { return nil }
        while w >= 2, case .token(let t) = units[w - 1], tokens[t].is("of") || tokens[t].is("from"), case .phrase = units[w - 2] { w -= 2 }
        while w >= 1, case .token(let t) = units[w - 1], tags[t].wordClass == .adverb { w -= 1 }
        guard w >= 1, case .token(let t) = units[w - 1], tokens[t].is("with") || tokens[t].is("without") else { return nil }
        var first = w
        while case .token = units[first] { first += 1 }
        guard case .phrase(let phrase) = units[first] else { return nil }
        return phrase
    }

    /// Whether a finite verb stands before unit `u` in its clause: back to a subordinator, a
    /// relative, "what", a quote or a colon.
    private func finiteVerbInClause(before u: Int, _ units: [Unit], _ tokens: [Token], _ tags: [TaggedWord], _ groups: [VerbGroup]) -> Bool {
        var w = u - 1
        while w >= 0 {
            switch units[w] {
            case .group(let g):
                // "officials said France and Germany oppose": a verb of saying opens the clause after it
                if grammar.clauseVerbs.contains(tokens[groups[g].head].word) { return false }
                if groups[g].form == .finite { return true }
            case .token(let t):
                if [.subordinator, .relative].contains(tags[t].wordClass) || grammar.freeRelatives.contains(tokens[t].word)
                    || tokens[t].isAny(of: [":", ";", "\"", "“", "”"])
                {
                    return false
                }
            case .phrase:
                break
            }
            w -= 1
        }
        return false
    }

    /// For an infinitive (with its objects and the infinitives after it) at unit `v`, the unit
    /// of the phrase it hangs from, when that phrase opens a clause: "Plans [to allow waste] [to
    /// be stored in the UK]". Nil where the phrase is a verb's object ("asked the bank to act").
    private func phraseBeforeInfinitives(endingAt v: Int, _ units: [Unit], _ tokens: [Token], _ tags: [TaggedWord],
                                         _ groups: [VerbGroup]) -> Int? {
        var w = v - 1
        while w >= 0, v - w <= 12 {
            switch units[w] {
            case .phrase:
                guard case .group(let next) = units[w + 1], groups[next].form == .infinitive else {
                    w -= 1
                    continue
                }
                if w >= 1, case .group(let before) = units[w - 1] {
                    // "Plans to allow waste to be stored": the object of an earlier infinitive
                    if groups[before].form == .infinitive {
                        w -= 1
                        continue
                    }
                    if !grammar.clauseVerbs.contains(tokens[groups[before].head].word) { return nil }
                }
                return w
            case .group(let g):
                guard groups[g].form == .infinitive else { return nil }
                w -= 1
            case .token(let t):
                guard [.preposition, .adverb, .particle].contains(tags[t].wordClass) else { return nil }
                w -= 1
            }
        }
        return nil
    }

    /// Whether `g` is a bare base form ("retire", no auxiliary) after the object of a verb like
    /// "help", "let" or "make".
    private func isBareInfinitive(_ group: VerbGroup, afterObjectOf verb: VerbGroup, _ tokens: [Token], _ tags: [TaggedWord]) -> Bool {
        grammar.bareInfinitiveVerbs.contains(tokens[verb.head].word) && tags[group.head].verbForm == .base
            && group.start == group.head && group.modal == nil
    }

    /// For a phrase of time words only ("last year", "yesterday") right after another phrase,
    /// the unit of that phrase; nil otherwise.
    private func phraseBeforeTimePhrase(_ phrase: Int, at v: Int, _ units: [Unit], _ tokens: [Token], _ tags: [TaggedWord],
                                        _ phrases: [NounPhrase]) -> Int? {
        let found = phrases[phrase]
        guard grammar.timeNouns.contains(tokens[found.head].word),
            found.range.allSatisfy({ $0 == found.head || [.determiner, .adjective, .adverb, .quantifier].contains(tags[$0].wordClass) })
        else { return nil }
        var w = v - 1
        // "last" and "this" may stand outside the phrase
        while w >= 0, case .token(let t) = units[w], [.adverb, .determiner].contains(tags[t].wordClass) { w -= 1 }
        // "Euronext, which also operates an exchange in Lisbon, last week appointed": the aside
        // before the time phrase is read as any other
        if w >= 1, case .token(let t) = units[w], tokens[t].is(","), case .phrase = units[w - 1],
            found.range.count == 1 || grammar.timeModifiers.contains(tokens[found.start].word)
        {
            return w
        }
        guard w >= 0, case .phrase = units[w] else { return nil }
        return w
    }

    private func isPhrase(_ unit: Unit) -> Bool {
        if case .phrase = unit { return true }
        return false
    }

    /// For a phrase after a comma, the phrase it is in apposition to: one before the comma,
    /// past prepositional phrases, that opens its clause ("An official at Minero Peru,
    /// Minpeco"). Nil where what comes before is an object ("pushing prices to lows, dealers").
    private func appositionHost(of v: Int, _ units: [Unit], _ tokens: [Token], _ tags: [TaggedWord]) -> (phrase: Int, unit: Int)? {
        guard v >= 2, case .token(let comma) = units[v - 1], tokens[comma].is(",") else { return nil }
        var w = v - 2
        while w >= 0 {
            guard case .phrase(let phrase) = units[w] else { return nil }
            if w >= 1, case .token(let t) = units[w - 1], tags[t].wordClass == .preposition {
                w -= 2
                continue
            }
            if w == 0 { return (phrase, w) }
            guard case .token(let t) = units[w - 1] else { return nil }
            let c = tags[t].wordClass
            return c == .subordinator || tokens[t].isAny(of: ["\"", "“", ";", ":"]) ? (phrase, w) : nil
        }
        return nil
    }

    /// The unit and phrase that open a coordination ending at unit `v`.
    private func firstConjunct(of phrase: Int, at v: Int, _ units: [Unit], _ phrases: [NounPhrase]) -> (phrase: Int, unit: Int) {
        // look back over ", X and" members to the phrase that lists this one
        var w = v - 1
        while w >= 0, v - w <= 12 {
            if case .phrase(let candidate) = units[w], phrases[candidate].conjuncts.contains(phrase) { return (candidate, w) }
            w -= 1
        }
        return (phrase, v)
    }

    /// Before a subject: a relative pronoun ("the plan which the IMF backed") or a
    /// subordinator ("because prices rose") opened the clause.
    private func openedBefore(_ v: Int, _ units: [Unit], _ tags: [TaggedWord]) -> Opened {
        var w = v - 1
        while w >= 0, case .token(let t) = units[w], tags[t].wordClass == .adverb { w -= 1 }
        guard w >= 0, case .token(let t) = units[w] else { return .none }
        if tags[t].wordClass == .relative { return .relative }
        if tags[t].wordClass == .subordinator { return .subordinate }
        return .none
    }

    /// Skips ", the finance minister," or ", which ... ," before a verb: the unit before the
    /// opening comma, or nil when the commas enclose a clause of its own.
    private func skipCommaAside(endingAt closing: Int, _ units: [Unit], _ tokens: [Token], _ tags: [TaggedWord], _ phrases: [NounPhrase],
                                _ groups: [VerbGroup]) -> Int? {
        var w = closing - 1
        var sawRelative = false
        var sawGroup = false
        while w >= 0 {
            switch units[w] {
            case .token(let t) where tokens[t].text == tokens[closingToken(closing, units)].text || (isDash(tokens[t]) && isDash(tokens[closingToken(closing, units)])):
                // the aside must be a phrase, an apposition, a relative clause or a prepositional
                // phrase (", in its report released today,"), with a phrase before it
                let opensWithPreposition = w + 1 < closing && {
                    if case .token(let first) = units[w + 1] { return tags[first].wordClass == .preposition }
                    return false
                }()
                guard w >= 1, !sawGroup || sawRelative || opensWithPreposition else { return nil }
                if case .phrase = units[w - 1] { return w - 1 }
                return nil
            case .token(let t) where tags[t].wordClass == .relative:
                sawRelative = true
            case .phrase(let p) where tokens[phrases[p].start].is("whose"):
                sawRelative = true  // ", whose farming unit runs 13 farms,"
            case .token(let t) where tokens[t].isAny(of: [";", ":", "\"", "“", "”"]):
                return nil
            case .group(let g):
                // ", winding up a visit to Washington,": a participle's aside is still an aside
                if groups[g].form == .finite { sawGroup = true }
            default:
                break
            }
            w -= 1
            if closing - w > 25 { return nil }
        }
        return nil
    }

    /// " - " or "--" or a dash character, spaced: a dash that sets an aside off.
    private func isDash(_ token: Token) -> Bool {
        (token.is("-") && token.spaced) || token.is("—") || token.is("–")
    }

    private func closingToken(_ unit: Int, _ units: [Unit]) -> Int {
        if case .token(let t) = units[unit] { return t }
        return 0
    }

    /// ", said the IMF", "..., said Mr Brown, the chancellor.": a subject after the verb.
    private func invertedSubject(after u: Int, _ units: [Unit], _ tokens: [Token], _ tags: [TaggedWord], _ phrases: [NounPhrase],
                                 _ group: VerbGroup) -> Int? {
        guard u >= 1, case .token(let t) = units[u - 1], tokens[t].isAny(of: [",", "\"", "”", "’", "'"]) else { return nil }
        guard u + 1 < units.count, case .phrase(var phrase) = units[u + 1] else { return nil }
        var after = u + 2
        // "said ABN Amro's Paul Mackel": the owned phrase is the speaker
        while after < units.count, case .phrase(let owned) = units[after], phrases[owned].possessor == phrase {
            phrase = owned
            after += 1
        }
        if after >= units.count { return phrase }
        if case .token(let next) = units[after], tokens[next].isAny(of: [".", ",", ";", ":", "\"", "”"]) || tags[next].wordClass == .preposition {
            return phrase
        }
        return nil
    }

    /// The object (or noun complement) and the adjective complement after a verb group.
    private func complement(after u: Int, _ units: [Unit], _ tokens: [Token], _ tags: [TaggedWord], _ phrases: [NounPhrase],
                            _ groups: [VerbGroup], _ group: VerbGroup) -> (Int?, Int?) {
        var v = u + 1
        while v < units.count {
            switch units[v] {
            case .phrase(let phrase):
                // "said the company would ...", "said 19.8 mln of the shares were tendered",
                // "expects the deal to close": the phrase is the subject of a clause of its own
                if let g = groupAfterPhrase(v, units, tokens, tags, phrases, groups),
                    groups[g].form == .finite
                        || (groups[g].form == .infinitive && grammar.objectControlVerbs.contains(tokens[group.head].word)
                            && grammar.infinitiveSubjectVerbs.contains(tokens[group.head].word)),
                    !isBareInfinitive(groups[g], afterObjectOf: group, tokens, tags) || grammar.infinitiveSubjectVerbs.contains(tokens[group.head].word)
                {
                    return (nil, nil)
                }
                // "holding Mommy's hand": the owned phrase is the object
                var object = phrase
                var at = v
                while at + 1 < units.count, case .phrase(let owned) = units[at + 1], phrases[owned].possessor == object {
                    object = owned
                    at += 1
                }
                if object != phrase {
                    if let g = groupAfterPhrase(at, units, tokens, tags, phrases, groups), groups[g].form == .finite { return (nil, nil) }
                    return (object, nil)
                }
                // "are more developed", "the public aware": a phrase with no noun is no object
                if !tags[phrases[phrase].head].wordClass.isNominal {
                    return (nil, group.isCopula ? phrases[phrase].head : nil)
                }
                // "rose last week": a time, not what the verb acts on
                if isTimePhrase(phrases[phrase], tokens, tags) {
                    v += 1
                    continue
                }
                // "grants users the right", "giving them a place": of two objects, what is given
                if v + 1 < units.count, case .phrase(let second) = units[v + 1], phrases[second].possessor != phrase,
                    grammar.ditransitiveVerbs.contains(tokens[group.head].word) || grammar.objectPronouns.contains(tokens[phrases[phrase].head].word),
                    [.determiner, .possessivePronoun, .quantifier].contains(tags[phrases[second].start].wordClass),
                    !isTimePhrase(phrases[second], tokens, tags),
                    !opensClause(v + 1, units, tags, groups)  // "told Reuters the firm lost", "told a conference the solution to X is"
                {
                    return (second, nil)
                }
                return (phrase, nil)
            case .token(let t):
                switch tags[t].wordClass {
                case .adverb, .negation, .particle:
                    v += 1
                case .punctuation where group.isCopula && tokens[t].isAny(of: ["\"", "“", "”"]):
                    v += 1  // 'there was "real" anger'
                case .adjective where group.isCopula:
                    // 'was "real" anger': an adjective cut from its noun by quotes
                    var w = v + 1
                    while w < units.count, case .token(let q) = units[w], tokens[q].isAny(of: ["\"", "“", "”"]) { w += 1 }
                    if w > v + 1, w < units.count, case .phrase = units[w] {
                        v = w
                        continue
                    }
                    return (nil, t)
                default:
                    return (nil, nil)
                }
            case .group:
                return (nil, nil)
            }
        }
        return (nil, nil)
    }

    /// The verb group right after the phrase at unit `v`, past its prepositional phrases and adverbs.
    private func groupAfterPhrase(_ v: Int, _ units: [Unit], _ tokens: [Token], _ tags: [TaggedWord], _ phrases: [NounPhrase],
                                  _ groups: [VerbGroup]) -> Int? {
        var w = v + 1
        // past the other members of a coordination it opens
        if case .phrase(let phrase) = units[v], let last = phrases[phrase].conjuncts.last, let at = units.firstIndex(of: .phrase(last)) { w = at + 1 }
        // "said fees connected with the merger were deducted": past a participle that modifies
        // the phrase, to the verb it is the subject of
        var participle: Int?
        while w < units.count {
            switch units[w] {
            case .group(let g):
                guard groups[g].form == .participle, participle == nil else { return groups[g].form == .finite ? g : participle ?? g }
                participle = g
                w += 1
            case .phrase(let next):
                // "said its Norvale Plant Two's daily output has been lowered"
                guard participle == nil, case .phrase(let before) = units[w - 1], phrases[next].possessor == before else { return participle }
                w += 1
            case .token(let t):
                let c = tags[t].wordClass
                // "said the order, to be shipped by ..., is": the comma that closes the aside
                // is the first one a verb follows
                if tokens[t].is(","), w == v + 1, let close = (w + 1..<max(w + 1, min(units.count - 1, w + 14))).first(where: {
                    guard case .token(let x) = units[$0], tokens[x].is(","), case .group = units[$0 + 1] else { return false }
                    return true
                }) {
                    w = close + 1
                } else if c == .adverb || c == .negation {
                    w += 1
                } else if c == .preposition, !tokens[t].is("to"), w + 1 < units.count, case .phrase = units[w + 1] {
                    w += 2
                } else {
                    return participle
                }
            }
        }
        return participle
    }

    /// Whether a finite verb follows the phrase at unit `v`, past its prepositional phrases and
    /// adverbs: the phrase is that verb's subject.
    private func opensClause(_ v: Int, _ units: [Unit], _ tags: [TaggedWord], _ groups: [VerbGroup]) -> Bool {
        var w = v + 1
        while w < units.count, w <= v + 12 {
            switch units[w] {
            case .group(let g):
                return groups[g].form == .finite
            case .phrase:
                return false
            case .token(let t):
                if tags[t].wordClass == .preposition, w + 1 < units.count, case .phrase = units[w + 1] {
                    w += 2
                } else if tags[t].wordClass == .adverb {
                    w += 1
                } else {
                    return false
                }
            }
        }
        return false
    }

    /// "last year", "next week", "Monday": a phrase that says when.
    private func isTimePhrase(_ phrase: NounPhrase, _ tokens: [Token], _ tags: [TaggedWord]) -> Bool {
        // "April 20", "May One"
        if grammar.timeNouns.contains(tokens[phrase.start].word), tags[phrase.start].wordClass == .properNoun,
            phrase.range.dropFirst().allSatisfy({ tags[$0].wordClass == .number })
        {
            return true
        }
        guard grammar.timeNouns.contains(tokens[phrase.head].word) else { return false }
        if phrase.head == phrase.start { return !["time", "period", "session", "season"].contains(tokens[phrase.head].lower) }
        // "last year", "the whole year", "Saturday night"
        var start = phrase.start
        if tokens[start].is("the"), start + 1 < phrase.head { start += 1 }
        let modified = grammar.timeModifiers.contains(tokens[start].word)
            || (tags[start].wordClass == .properNoun && grammar.timeNouns.contains(tokens[start].word))
        return modified && phrase.end - phrase.start <= 3
    }
}
