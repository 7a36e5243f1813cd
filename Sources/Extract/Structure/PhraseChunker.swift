/// Groups tagged tokens into noun phrases and verb groups, left to right, in one pass each.
///
/// A noun phrase is a run of determiners, quantifiers, possessives, adjectives, nouns,
/// names, numbers and currency symbols that ends on a nominal head; "'s" makes what came
/// before it the possessor of what follows ("Kenya's economy"), and glued hyphens hold
/// compounds together ("NATO-style", "100-mln-dlr"). A run breaks before a determiner or a
/// possessive pronoun ("gave the bank its loan"), and before a time phrase ("profits last
/// year"). A verb group is "to", modals, auxiliaries, negations and adverbs up to a verb and
/// its particle.
struct PhraseChunker: Sendable {
    let grammar: Grammar

    func nounPhrases(_ tokens: [Token], _ tags: [TaggedWord]) -> [NounPhrase] {
        var phrases: [NounPhrase] = []
        var i = 0
        while i < tokens.count {
            guard startsNounPhrase(i, tokens, tags) else {
                i += 1
                continue
            }
            if tags[i].wordClass == .pronoun {
                phrases.append(NounPhrase(start: i, end: i + 1, head: i, isPronoun: true))
                i += 1
                continue
            }
            let start = i
            var j = i
            var lastNominal: Int?
            var lastWord: Int?
            while j < tokens.count {
                let wordClass = tags[j].wordClass
                if j > start, breaksBefore(j, tokens, tags, lastNominal: lastNominal) { break }
                if wordClass == .possessiveMarker || (wordClass == .punctuation && isGluedHyphen(j, tokens)) {
                    j += 1
                    continue
                }
                // "a 684bn yen ($6.4bn) loss": a figure's conversion in brackets inside the phrase
                if tokens[j].is("("), let lastNominal, tags[lastNominal].wordClass != .properNoun,
                    let close = conversionEnd(after: j, tokens, tags), close + 1 < tokens.count,
                    [.noun, .adjective].contains(tags[close + 1].wordClass)
                {
                    j = close + 1
                    continue
                }
                // "Jacobs Suchard AG <JACZ.Z>": a ticker belongs to the name before it
                if tokens[j].is("<"), lastNominal == j - 1, tags[j - 1].wordClass == .properNoun,
                    let close = (j + 1..<min(tokens.count, j + 8)).first(where: { tokens[$0].is(">") })
                {
                    lastWord = close
                    j = close + 1
                    continue
                }
                // "September 30, 1987": a date's year after its comma
                if tokens[j].is(","), let lastNominal, tags[lastNominal].wordClass == .number, lastNominal >= 1,
                    grammar.timeNouns.contains(tokens[lastNominal - 1].word), j + 1 < tokens.count, tokens[j + 1].isNumber, tokens[j + 1].text.utf8.count == 4
                {
                    j += 1
                    continue
                }
                // "On Thursday Norvale Mining shares": a day or month ends its phrase before another name
                if j > start, tags[j].wordClass == .properNoun, let lastNominal, lastNominal == j - 1, tags[lastNominal].wordClass == .properNoun,
                    grammar.timeNouns.contains(tokens[lastNominal].word), !grammar.timeNouns.contains(tokens[j].word)
                {
                    break
                }
                // "Danaher Corp., a maker": an abbreviation's point inside a sentence
                if tokens[j].is("."), !tokens[j].spaced, j > start, tokens[j - 1].isWord, tokens[j - 1].isCapitalized, j + 1 < tokens.count {
                    lastWord = j
                    j += 1
                    continue
                }
                if isApostropheBeforePossessive(j, tokens, tags) {
                    j += 1
                    continue
                }
                if tokens[j].is("&"), lastNominal != nil, j + 1 < tokens.count, tags[j + 1].wordClass == .properNoun {
                    j += 1
                    continue
                }
                if wordClass == .adverb, lastNominal == nil, j + 1 < tokens.count,
                    [.adjective, .number, .adverb, .symbol].contains(tags[j + 1].wordClass)
                {
                    j += 1
                    continue
                }
                guard wordClass.isPrenominal || (wordClass == .verb && tags[j].verbForm == .gerund && isModifierGerund(j, tokens, tags)) else { break }
                if wordClass == .noun || wordClass == .properNoun || wordClass == .number || wordClass == .symbol { lastNominal = j }
                lastWord = j
                j += 1
            }
            guard let last = lastWord else {
                i = max(j, i + 1)
                continue
            }
            let end = last + 1
            // a phrase of modifiers with no noun is a noun phrase only after a determiner
            // ("the total", "its proposal"); otherwise it is an adjective phrase
            var head = lastNominal ?? -1
            if lastNominal == nil || (tags[last].wordClass == .adjective && last > (lastNominal ?? -1) && !tags[last].wordClass.isNominal) {
                if lastNominal == nil {
                    guard [.determiner, .possessivePronoun].contains(tags[start].wordClass), last > start else {
                        i = end
                        continue
                    }
                }
                head = last
            }
            appendSplittingPossessives(start: start, end: end, head: head, tokens, tags, into: &phrases)
            i = end
        }
        return phrases
    }

    /// "Kenya's economy": two phrases, the first the possessor of the second.
    private func appendSplittingPossessives(start: Int, end: Int, head: Int, _ tokens: [Token], _ tags: [TaggedWord], into phrases: inout [NounPhrase]) {
        var pieceStart = start
        var possessor: Int?
        var k = start
        while k < end {
            if tags[k].wordClass == .possessiveMarker, k > pieceStart {
                let pieceEnd = k - 1  // the apostrophe
                if let pieceHead = (pieceStart..<pieceEnd).last(where: { tags[$0].wordClass.isNominal || tags[$0].wordClass == .adjective }) {
                    phrases.append(NounPhrase(start: pieceStart, end: pieceEnd, head: pieceHead, possessor: possessor))
                    possessor = phrases.count - 1
                }
                pieceStart = k + 1
            }
            k += 1
        }
        guard pieceStart < end else { return }
        let pieceHead = head >= pieceStart ? head : (pieceStart..<end).last(where: { tags[$0].wordClass.isNominal }) ?? end - 1
        phrases.append(NounPhrase(start: pieceStart, end: end, head: pieceHead, possessor: possessor))
    }

    private func startsNounPhrase(_ i: Int, _ tokens: [Token], _ tags: [TaggedWord]) -> Bool {
        switch tags[i].wordClass {
        case .determiner, .quantifier, .possessivePronoun, .adjective, .noun, .properNoun, .number, .symbol, .pronoun: return true
        case .adverb:
            // "about 5 pct", "at least 250,000", "more than 5 pct": adverbs that lead to a number
            var k = i + 1
            while k < tokens.count, tags[k].wordClass == .adverb, k < i + 3 { k += 1 }
            guard k < tokens.count else { return false }
            if tags[k].wordClass == .number || (tags[k].wordClass == .symbol && !tokens[k].is("%")) { return true }
            return k == i + 1 && tags[k].wordClass == .adjective && !(i > 0 && tags[i - 1].wordClass.isVerbal)
        default: return false
        }
    }

    /// Where a run of prenominal words starts a new phrase.
    private func breaksBefore(_ j: Int, _ tokens: [Token], _ tags: [TaggedWord], lastNominal: Int?) -> Bool {
        let wordClass = tags[j].wordClass
        if wordClass == .determiner || wordClass == .possessivePronoun { return true }
        if wordClass == .quantifier, lastNominal != nil { return true }
        // "profits last year", "sales this month": a time phrase after a head
        if lastNominal != nil, j + 1 < tokens.count, grammar.timeNouns.contains(tokens[j + 1].word),
            tokens[j].isAny(of: ["last", "next", "this", "that", "each", "every", "a"])
        {
            return true
        }
        // "rose 5 pct in 1986 to 2.74 trillion" never joins; a number after a common noun
        // starts a phrase of its own ("exports 5 mln tonnes")
        if let lastNominal, tags[lastNominal].wordClass == .noun, wordClass == .number, tokens[j].spaced { return true }
        // a noun, then an adjective: "sales higher" is two things
        if let lastNominal, lastNominal == j - 1, wordClass == .adjective, tags[lastNominal].wordClass != .number,
            !(lastNominal >= 2 && isGluedHyphen(lastNominal - 1, tokens)),
            !(j + 1 < tokens.count && [.noun, .properNoun, .adjective].contains(tags[j + 1].wordClass))
        {
            return true
        }
        return false
    }

    /// The ")" that closes a bracket holding only figures: "($6.4bn)", "(1.53bn euros; £1.05bn)".
    private func conversionEnd(after open: Int, _ tokens: [Token], _ tags: [TaggedWord]) -> Int? {
        var k = open + 1
        var sawNumber = false
        while k < tokens.count, k < open + 12 {
            if tokens[k].is(")") { return sawNumber ? k : nil }
            let c = tags[k].wordClass
            if c == .number { sawNumber = true }
            guard c == .number || c == .symbol || c == .noun || tokens[k].isAny(of: [";", ":", ",", "."]) else { return nil }
            k += 1
        }
        return nil
    }

    /// "-" with no space on either side, between two words or numbers; "/" between numbers
    /// ("7-1/2", "3/4 pct").
    private func isGluedHyphen(_ j: Int, _ tokens: [Token]) -> Bool {
        guard tokens[j].is("-") || tokens[j].is("/"), !tokens[j].spaced, j > 0, j + 1 < tokens.count, !tokens[j + 1].spaced else { return false }
        if tokens[j].is("/") { return tokens[j - 1].isNumber && tokens[j + 1].isNumber }
        return tokens[j - 1].kind != .punctuation && tokens[j + 1].kind != .punctuation
    }

    private func isApostropheBeforePossessive(_ j: Int, _ tokens: [Token], _ tags: [TaggedWord]) -> Bool {
        j + 1 < tokens.count && tags[j + 1].wordClass == .possessiveMarker && (tokens[j].is("'") || tokens[j].is("’"))
    }

    /// "the rising dollar": a gerund between a determiner or adjective and a noun.
    private func isModifierGerund(_ j: Int, _ tokens: [Token], _ tags: [TaggedWord]) -> Bool {
        guard j > 0, j + 1 < tokens.count, [.noun, .properNoun].contains(tags[j + 1].wordClass) else { return false }
        if [.determiner, .adjective, .possessivePronoun].contains(tags[j - 1].wordClass) { return true }
        // "a 600 mln guilder floating rate note"
        return [.noun, .number].contains(tags[j - 1].wordClass) && grammar.nominalGerunds.contains(tokens[j].word)
    }

    // MARK: verb groups

    func verbGroups(_ tokens: [Token], _ tags: [TaggedWord]) -> [VerbGroup] {
        var groups: [VerbGroup] = []
        var i = 0
        while i < tokens.count {
            let wordClass = tags[i].wordClass
            guard wordClass == .verb || wordClass == .auxiliary || wordClass == .modal || wordClass == .infinitiveTo else {
                i += 1
                continue
            }
            // adjectival participles were tagged adjective; verbs inside noun phrases (gerunds
            // as modifiers) are skipped by the caller's phrase map
            var j = i
            var head: Int?
            var modal: Int?
            var negated = false
            var sawBe = false
            var isInfinitive = false
            var lastAuxiliary: Int?
            while j < tokens.count {
                let c = tags[j].wordClass
                if c == .infinitiveTo, j == i {
                    isInfinitive = true
                } else if c == .modal {
                    if head != nil { break }
                    modal = j
                } else if c == .auxiliary {
                    if head != nil { break }
                    if grammar.be.contains(tokens[j].word) { sawBe = true }
                    lastAuxiliary = j
                } else if c == .negation {
                    if head != nil { break }
                    negated = true
                } else if (tokens[j].is("'") || tokens[j].is("’")), head == nil, j + 1 < tokens.count, tags[j + 1].wordClass == .negation {
                    // "didn't": the apostrophe between the auxiliary and its "t"
                } else if c == .adverb {
                    // an adverb inside the group ("has already risen"), not after its verb
                    if head != nil { break }
                    guard j + 1 < tokens.count, [.verb, .auxiliary, .adverb, .negation].contains(tags[j + 1].wordClass) else { break }
                } else if c == .verb {
                    if head != nil {
                        // "said rose": a second verb starts a group of its own
                        break
                    }
                    head = j
                } else if c == .particle, head != nil {
                    j += 1
                    break
                } else {
                    break
                }
                j += 1
            }
            let end = j
            guard let main = head ?? lastAuxiliary ?? (modal.map { _ in i }) else {
                i = max(i + 1, end)
                continue
            }
            let headTag = tags[main]
            let form: VerbGroup.Form
            if isInfinitive {
                form = .infinitive
            } else if modal != nil || lastAuxiliary != nil {
                // "having said" is non-finite
                form = tokens[i].is("having") || tokens[i].is("being") ? .gerund : .finite
            } else {
                switch headTag.verbForm {
                case .gerund: form = .gerund
                case .participle: form = .participle
                case .base: form = .finite
                default: form = .finite
                }
            }
            let passive = sawBe && head != nil && (headTag.verbForm == .participle || headTag.verbForm == .past)
                && !tokens[main].lower.endsWithBytes("ing")
            let isCopula = head == nil ? lastAuxiliary.map { grammar.be.contains(tokens[$0].word) } ?? false
                : grammar.copulas.contains(tokens[main].word) && !passive
            groups.append(VerbGroup(start: i, end: end, head: main, form: form, negated: negated, passive: passive, modal: modal,
                                    isCopula: isCopula))
            i = end
        }
        return groups
    }
}
