/// Gives each token of a sentence its ``WordClass``, without a statistical model: closed
/// classes from lists, verb forms from a list of bases and the rules of inflection, suffixes
/// for words no list names, and the words around a token for those that are both noun and
/// verb ("rates", "cut", "report") or adjective and verb ("proposed").
///
/// The rules follow how newswire is written: a word after a determiner, a possessive or an
/// adjective is a noun; after a modal, "to" or do-support a verb; after a subject pronoun a
/// verb; after a noun, a past form is the verb of the clause ("sales rose"), and a plural
/// that is followed by a verb is part of the noun phrase ("interest rates rose").
struct WordClassTagger: Sendable {
    let grammar: Grammar

    func tag(_ tokens: [Token]) -> [TaggedWord] {
        var tags: [TaggedWord] = []
        tags.reserveCapacity(tokens.count)
        for index in tokens.indices {
            tags.append(decide(index, tokens[index], tokens, tags))
        }
        repairAuxiliaryChains(tokens, &tags)
        return tags
    }

    // MARK: lexical facts

    /// The verb forms a token can be, ignoring context.
    private func formsOf(_ token: Token) -> VerbForms {
        guard token.isWord else { return [] }
        if let known = grammar.verbForms[token.word] { return known }
        // a word no list names that is inflected as only a verb is: "stormed", "shuttered"
        let lower = token.lower
        guard !token.isCapitalized || lower.utf8.count > 5, !grammar.adjectives.contains(token.word), !grammar.timeNouns.contains(token.word) else { return [] }
        if lower.utf8.count >= 6, lower.endsWithBytes("ed"), !lower.endsWithBytes("eed") { return VerbForms.past.union(.participle) }
        if lower.utf8.count >= 7, lower.endsWithBytes("ing"), !grammar.nominalGerunds.contains(token.word) { return .gerund }
        return []
    }

    /// Whether a token opens a sentence (or a quotation, or follows a colon), where a
    /// capital letter says nothing about a name.
    private func opensSentence(_ index: Int, _ tokens: [Token]) -> Bool {
        var k = index - 1
        while k >= 0, tokens[k].kind == .punctuation, tokens[k].isAny(of: ["\"", "“", "‘", "'", "(", "["]) { k -= 1 }
        return k < 0 || (tokens[k].kind == .punctuation && tokens[k].isAny(of: [":", ";", "\"", "“", "-", "—", "–"]))
            || afterDottedAbbreviation(index, tokens)
    }

    /// "the U.S. Current account deficit", "U.S. Trade deficit": wire copy capitalizes the word
    /// after an abbreviation whose period it took for a sentence's end; with a lower-case word
    /// after it, it is read as the start of a sentence is, not as a name.
    private func afterDottedAbbreviation(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index >= 1, index + 1 < tokens.count, tokens[index + 1].isWord, !tokens[index + 1].isCapitalized else { return false }
        let before = tokens[index - 1].text.utf8
        return before.count >= 3 && before.last == UInt8(ascii: ".") && before.allSatisfy { ($0 >= 65 && $0 <= 90) || $0 == 46 }
    }

    /// A word ending in "s" but not "ss", and not an abbreviation in capitals: "traders", not
    /// "business" or "US".
    private func isPluralLooking(_ token: Token) -> Bool {
        token.isWord && token.lower.endsWithBytes("s") && !token.lower.endsWithBytes("ss")
            && !token.text.utf8.allSatisfy({ ($0 >= 65 && $0 <= 90) || $0 == 46 })
    }

    private func isApostrophe(_ token: Token) -> Bool { token.kind == .punctuation && (token.is("'") || token.is("’")) }

    /// A Reuters ticker after a name ("Norvale Mining AG <NORV.Z> hopes"): the token before
    /// it stands for the name; otherwise the token itself.
    private func beforeTicker(_ k: Int, _ tokens: [Token]) -> Int {
        guard tokens[k].is(">"), let open = (max(0, k - 6)..<k).last(where: { tokens[$0].is("<") }), open > 0 else { return k }
        return open - 1
    }

    // MARK: one token in context

    /// `token` is `tokens[i]`, passed as an argument so that it is borrowed from the array
    /// rather than copied (a copy retains both of its strings). Inlined into `tag`, its one
    /// caller, so that a number or a punctuation mark is not copied at all.
    @inline(__always)
    private func decide(_ i: Int, _ token: Token, _ tokens: [Token], _ tags: [TaggedWord]) -> TaggedWord {
        switch token.kind {
        case .number:
            return TaggedWord(wordClass: .number)
        case .punctuation:
            if token.isAny(of: ["$", "£", "€", "¥", "%"]) { return TaggedWord(wordClass: .symbol) }
            return TaggedWord(wordClass: .punctuation)
        case .word:
            break
        }
        let word = token.word
        let previous = i > 0 ? tags[beforeTicker(i - 1, tokens)] : nil
        // "Kenya's", "it's", "didn't": the pieces after the apostrophe
        if i >= 2, isApostrophe(tokens[i - 1]), !token.spaced, !tokens[i - 1].spaced {
            if token.is("s") {
                return grammar.subjectPronouns.contains(tokens[i - 2].word) || tokens[i - 2].is("there") || tokens[i - 2].is("that")
                    ? TaggedWord(wordClass: .auxiliary) : TaggedWord(wordClass: .possessiveMarker)
            }
            if token.is("t") { return TaggedWord(wordClass: .negation) }
            if ["ll", "d"].contains(token.lower) { return TaggedWord(wordClass: .modal) }
            if ["ve", "re", "m"].contains(token.lower) { return TaggedWord(wordClass: .auxiliary) }
        }
        if i + 2 < tokens.count, grammar.contractedNegatives.contains(word), isApostrophe(tokens[i + 1]), tokens[i + 2].is("t") {
            return grammar.modals.contains(word) || token.is("won") || token.is("can") ? TaggedWord(wordClass: .modal) : TaggedWord(wordClass: .auxiliary)
        }
        // "a do-not-call registry", "over-the-counter trading": a function word glued into a
        // hyphenated compound is part of a modifier
        if grammar.closedWords.contains(word) || grammar.adverbs.contains(word), isInHyphenatedCompound(i, tokens) {
            return TaggedWord(wordClass: .noun)
        }
        // "A340", "G7", "M-1": a letter glued to a number is a model's, a group's or an aggregate's name
        if token.text.utf8.count <= 2, token.isCapitalized, i + 1 < tokens.count, tokens[i + 1].isNumber, !tokens[i + 1].spaced {
            return TaggedWord(wordClass: .properNoun)
        }
        if token.text.utf8.count <= 2, token.isCapitalized, Self.isCodeNumber(i + 2, tokens) { return TaggedWord(wordClass: .properNoun) }
        let capitalized = token.isCapitalized && !opensSentence(i, tokens)
        // "US", "IT", "MAY" in capitals are names, wherever they stand
        if grammar.subjectPronouns.contains(word) || grammar.objectPronouns.contains(word) || grammar.modals.contains(word),
            token.text.utf8.count > 1, token.text.utf8.allSatisfy({ ($0 >= 65 && $0 <= 90) || $0 == 46 })
        {
            return TaggedWord(wordClass: .properNoun)
        }
        // a capitalized word inside a sentence is a name, unless it is a closed-class word
        // written in capitals ("The", "I") or the sentence is written in capitals
        if capitalized, !grammar.modals.contains(word), !(token.text.utf8.count > 1 && token.text.utf8.allSatisfy({ !($0 >= 97 && $0 <= 122) })),
            let closed = closedClass(i, token, tokens, tags)
        {
            return closed
        }
        if capitalized { return TaggedWord(wordClass: .properNoun) }
        if let closed = closedClass(i, token, tokens, tags) { return closed }
        let verbForms = formsOf(token)
        let lower = token.lower
        if grammar.numberWords.contains(word), !token.is("one") { return TaggedWord(wordClass: .number) }
        // "the first shots", "its last meeting": after a determiner, a modifier
        if grammar.adverbs.contains(word), grammar.adjectives.contains(word), i > 0,
            [.determiner, .possessivePronoun, .possessiveMarker].contains(tags[i - 1].wordClass)
        {
            return TaggedWord(wordClass: .adjective)
        }
        if grammar.adverbs.contains(word) { return TaggedWord(wordClass: .adverb) }
        if lower.endsWithBytes("ly"), lower.utf8.count > 4, !grammar.adverbExceptions.contains(word), verbForms.isEmpty {
            return TaggedWord(wordClass: .adverb)
        }
        if token.isCapitalized, verbForms.isEmpty, !grammar.adjectives.contains(word), grammar.suffixClass(lower) == nil,
            !lower.endsWithBytes("s") || nextIsCapitalizedName(i, tokens)
        {
            return TaggedWord(wordClass: .properNoun)  // "Brazil's output", "Reagan said"
        }
        if !verbForms.isEmpty { return verbOrNoun(i, token, tokens, tags, verbForms, previous) }
        // "took oil prices past $50": before an amount, "past" is a preposition, not "the past week"
        if token.is("past"), i + 1 < tokens.count, startsAmount(tokens[i + 1]) { return TaggedWord(wordClass: .preposition) }
        if grammar.adjectives.contains(word) { return adjectiveOrNoun(i, tokens, tags) }
        if lower.endsWithBytes("ing"), lower.utf8.count > 5, i + 1 < tokens.count, [.noun, .number].contains(lexicalGuess(at: i + 1, tokens)) {
            return TaggedWord(wordClass: .adjective)  // "the outstanding 12 mln shares"
        }
        if let byEnding = grammar.suffixClass(lower) {
            return byEnding == .adjective ? adjectiveOrNoun(i, tokens, tags) : TaggedWord(wordClass: .noun)
        }
        return TaggedWord(wordClass: .noun)
    }

    /// Whether a word is glued by a hyphen to a word before or after it ("do-not-call").
    private func isInHyphenatedCompound(_ i: Int, _ tokens: [Token]) -> Bool {
        func glued(_ hyphen: Int, _ word: Int) -> Bool {
            hyphen >= 0 && word >= 0 && word < tokens.count && tokens[hyphen].is("-") && tokens[word].isWord
                && !tokens[max(hyphen, word)].spaced && !tokens[min(hyphen, word) + 1].spaced
        }
        return glued(i + 1, i + 2) || glued(i - 1, i - 2)
    }

    private func nextIsCapitalizedName(_ i: Int, _ tokens: [Token]) -> Bool {
        i + 1 < tokens.count && tokens[i + 1].isWord && tokens[i + 1].isCapitalized
    }

    /// Closed-class words, each read in context where it belongs to more than one class.
    private func closedClass(_ i: Int, _ token: Token, _ tokens: [Token], _ tags: [TaggedWord]) -> TaggedWord? {
        guard grammar.closedWords.contains(token.word) else { return nil }
        let word = token.word
        let next = i + 1 < tokens.count ? tokens[i + 1] : nil
        let previous = i > 0 ? tags[i - 1].wordClass : nil
        if grammar.caseByCaseWords.contains(word) {
            switch token.lower {
            case "that":
                if let previous, previous == .verb || previous == .punctuation || previous == .adverb { return TaggedWord(wordClass: .subordinator) }
                if let previous, previous.isNominal, followedByVerb(i + 1, tokens) { return TaggedWord(wordClass: .relative) }
                if let next, next.isWord, grammar.subjectPronouns.contains(next.word) || grammar.determiners.contains(next.word) || next.isCapitalized {
                    return TaggedWord(wordClass: .subordinator)  // "said Wednesday that it plans"
                }
                if let next, next.isWord, !grammar.determiners.contains(next.word), !grammar.subjectPronouns.contains(next.word),
                    !next.isCapitalized, !followedByVerb(i + 1, tokens)
                {
                    return TaggedWord(wordClass: .determiner)
                }
                return TaggedWord(wordClass: previous.map { $0.isNominal } == true ? .relative : .subordinator)
            case "to":
                if previous == .adverb, tokens[i - 1].is("up"), let next, startsAmount(next) { return TaggedWord(wordClass: .adverb) }
                if let next, infinitiveFollows(next) { return TaggedWord(wordClass: .infinitiveTo) }
                return TaggedWord(wordClass: .preposition)
            case "there":
                if let next, grammar.be.contains(next.word) || grammar.modals.contains(next.word) { return TaggedWord(wordClass: .existential) }
                return TaggedWord(wordClass: .adverb)
            case "no":
                return TaggedWord(wordClass: next.map { $0.isWord && !grammar.prepositions.contains($0.word) } == true ? .determiner : .negation)
            case "one":
                if let next, next.is("-"), !next.spaced { return TaggedWord(wordClass: .number) }  // "one-week"
                if let next, next.isWord, !grammar.prepositions.contains(next.word), !grammar.isAuxiliary(next.word), !grammar.modals.contains(next.word),
                    formsOf(next).isEmpty || formsOf(next).contains(.base)
                {
                    return TaggedWord(wordClass: .number)  // "one year"; "one said" is a pronoun
                }
                return TaggedWord(wordClass: .pronoun)
            case let qualifier where Self.quantityQualifiers.contains(qualifier)
                && (next.map { $0.isNumber || $0.isAny(of: ["$", "£", "€", "¥"]) || grammar.numberWords.contains($0.word) } ?? false):
                return TaggedWord(wordClass: .adverb)  // "lost about 4.7 mln stg", "cover around 95 pct"
            case "at" where next.map({ $0.is("least") || $0.is("most") }) ?? false:
                return TaggedWord(wordClass: .adverb)  // "at least 250,000"
            case "up" where next.map({ $0.is("to") }) ?? false && i + 2 < tokens.count && startsAmount(tokens[i + 2]):
                return TaggedWord(wordClass: .adverb)  // "a deal worth up to $1.8bn"

            case "than" where i > 0 && ["more", "less", "fewer", "greater", "higher", "lower"].contains(tokens[i - 1].lower) && i + 1 < tokens.count
                && (tokens[i + 1].isNumber || tokens[i + 1].kind == .punctuation):
                return TaggedWord(wordClass: .adverb)  // "more than 5 pct"
            // "as many as 7,000 jobs", "as much as $2bn": a qualifier of the amount
            case "as" where opensAmountQualifier(at: i, tokens) || (i >= 2 && opensAmountQualifier(at: i - 2, tokens)):
                return TaggedWord(wordClass: .adverb)
            case _ where i >= 1 && opensAmountQualifier(at: i - 1, tokens):
                return TaggedWord(wordClass: .adverb)
            case "as", "since", "before", "after", "until", "once":
                // a subordinator when a clause follows ("as prices rose"), else a preposition
                if clauseFollows(i + 1, tokens) { return TaggedWord(wordClass: .subordinator) }
                return TaggedWord(wordClass: token.is("once") ? .adverb : .preposition)
            // after "the", "most" grades what follows ("the most advanced chips")
            case let standalone where Self.pronounLike.contains(standalone) && (next.map { isPronounContext($0) } ?? true)
                && previous != .determiner:
                if token.is("little"), let next, !formsOf(next).isDisjoint(with: VerbForms.participle.union(.past).union(.gerund)) {
                    return TaggedWord(wordClass: .adverb)  // "was little changed"
                }
                if let previous, previous == .noun || previous == .properNoun || previous == .pronoun, let next, next.isWord, !formsOf(next).isEmpty {
                    return TaggedWord(wordClass: .adverb)  // "the banks all said"
                }
                return TaggedWord(wordClass: .pronoun)  // "This is the largest order", "Both are payable"
            case "all", "both", "each":
                // "the banks all said": a quantifier floating after its noun
                if let previous, previous == .noun || previous == .properNoun || previous == .pronoun, let next, next.isWord,
                    !formsOf(next).isEmpty, !grammar.prepositions.contains(next.word)
                {
                    return TaggedWord(wordClass: .adverb)
                }
            case "because":
                // "because they do not", but "because of the strike"
                return TaggedWord(wordClass: next.map { $0.is("of") } == true ? .preposition : .subordinator)
            case "thanks":
                // "thanks to deregulation": a preposition of two words
                return next.map { $0.is("to") } == true ? TaggedWord(wordClass: .preposition) : nil
            case "own":
                // "its own plant" after a possessive; "they own plants" a verb
                if let previous, previous == .possessivePronoun || previous == .possessiveMarker { return TaggedWord(wordClass: .quantifier) }
                return nil
            case "more", "less", "most", "least", "much":
                // "borrowings less extended credits", "revenue less costs": after a noun, "less"
                // before a noun phrase is minus
                if token.is("less"), let previous, previous == .noun || previous == .properNoun, let next, next.isWord, !next.is("than") {
                    return TaggedWord(wordClass: .preposition)
                }
                if let next, next.isWord, grammar.adjectives.contains(next.word) || grammar.suffixClass(next.lower) == .adjective {
                    return TaggedWord(wordClass: .adverb)
                }
                // "the most advanced technologies", "a more detailed plan": after a determiner, a
                // participle that "most" grades
                if let previous, previous == .determiner || previous == .auxiliary, let next, next.isWord,
                    !formsOf(next).isDisjoint(with: VerbForms.participle.union(.gerund)),
                    next.lower.endsWithBytes("ed") || next.lower.endsWithBytes("ing")
                {
                    return TaggedWord(wordClass: .adverb)
                }
                if let next, next.isNumber || next.is("than") { return TaggedWord(wordClass: .adverb) }
                return TaggedWord(wordClass: .quantifier)
            case "like":
                if let previous, previous == .pronoun || previous == .modal || previous == .infinitiveTo { return TaggedWord(wordClass: .verb, verbForm: .base) }
                return TaggedWord(wordClass: .preposition)
            case "up", "down", "out", "off", "back", "over", "away", "around", "along", "through":
                if let previous, previous == .verb { return TaggedWord(wordClass: .particle) }
                if token.is("back") || token.is("away") { return TaggedWord(wordClass: .adverb) }
                return TaggedWord(wordClass: .preposition)
            default:
                break
            }
        }
        if grammar.negations.contains(word) { return TaggedWord(wordClass: .negation) }
        if grammar.modals.contains(word) { return TaggedWord(wordClass: .modal) }
        if grammar.isAuxiliary(word) {
            let form: VerbForm = ["been", "done", "had"].contains(token.lower) && previous == .auxiliary ? .participle
                : ["being", "having", "doing"].contains(token.lower) ? .gerund : .present
            return TaggedWord(wordClass: .auxiliary, verbForm: form)
        }
        if grammar.possessivePronouns.contains(word) {
            // "her" is also an object pronoun: "told her", "her report"
            if token.is("her"), let next, !(next.isWord && !grammar.prepositions.contains(next.word) && !grammar.determiners.contains(next.word)) {
                return TaggedWord(wordClass: .pronoun)
            }
            return TaggedWord(wordClass: .possessivePronoun)
        }
        if grammar.subjectPronouns.contains(word) || grammar.objectPronouns.contains(word) { return TaggedWord(wordClass: .pronoun) }
        if grammar.relativePronouns.contains(word), ["who", "whom", "which", "whose"].contains(token.lower) {
            if let previous, previous.isNominal || previous == .punctuation || previous == .preposition { return TaggedWord(wordClass: .relative) }
            return TaggedWord(wordClass: token.is("which") ? .determiner : .pronoun)
        }
        if grammar.determiners.contains(word) { return TaggedWord(wordClass: .determiner) }
        if grammar.quantifiers.contains(word) { return TaggedWord(wordClass: .quantifier) }
        if grammar.coordinators.contains(word) { return TaggedWord(wordClass: .coordinator) }
        if grammar.subordinators.contains(word), !grammar.prepositions.contains(word) { return TaggedWord(wordClass: .subordinator) }
        if grammar.prepositions.contains(word) {
            if token.is("following") || token.is("including") { return TaggedWord(wordClass: .preposition) }
            if !formsOf(token).isEmpty, let previous, previous == .modal || previous == .infinitiveTo || previous == .pronoun {
                return nil
            }
            return TaggedWord(wordClass: .preposition)
        }
        return nil
    }

    /// A number or a currency sign: what "up to" or "past" leads to when it qualifies an amount.
    private func startsAmount(_ token: Token) -> Bool {
        token.isNumber || token.isAny(of: ["$", "£", "€", "¥"]) || grammar.numberWords.contains(token.word)
    }

    /// Whether "as many as", "as much as", "as high as" ... before an amount starts at `k`.
    private func opensAmountQualifier(at k: Int, _ tokens: [Token]) -> Bool {
        k + 3 < tokens.count && tokens[k].is("as") && tokens[k + 1].isAny(of: ["many", "much", "few", "little", "high", "low"])
            && tokens[k + 2].is("as") && startsAmount(tokens[k + 3])
    }

    /// Whether an amount starts at `k`, perhaps after a qualifier or an article: "5 pct",
    /// "about $3bn", "a further 2 pct", "a quarter".
    private func amountFollows(_ k: Int, _ tokens: [Token]) -> Bool {
        var k = k
        while k < tokens.count, tokens[k].isWord, Self.quantityQualifiers.contains(tokens[k].lower) || tokens[k].is("a") || tokens[k].is("an")
            || tokens[k].is("further") || tokens[k].is("another") || tokens[k].is("as") || tokens[k].is("much") || tokens[k].is("more")
            || tokens[k].is("than")
        {
            k += 1
        }
        return k < tokens.count && startsAmount(tokens[k])
    }

    /// Words that qualify a number ("about 5 pct") rather than govern it as prepositions.
    private static let quantityQualifiers: Set<String> = ["about", "around", "over", "under", "some", "roughly", "approximately", "nearly", "almost"]

    /// Determiners and quantifiers that also stand alone as pronouns.
    private static let pronounLike: Set<String> = ["this", "these", "those", "each", "both", "all", "some", "many", "most", "none", "few",
                                                   "several", "much", "little"]

    /// After a determiner or quantifier, a word that shows it stands alone: a verb, an
    /// auxiliary, a modal, a preposition or punctuation.
    private func isPronounContext(_ next: Token) -> Bool {
        if next.kind == .punctuation { return !next.is("$") && !next.is("%") && !next.is("-") }
        guard next.isWord else { return false }
        let word = next.word
        if grammar.modals.contains(word) || grammar.isAuxiliary(word) { return true }
        if grammar.prepositions.contains(word) && !next.is("to") { return true }
        let forms = formsOf(next)
        return !forms.isDisjoint(with: .past) && forms.isDisjoint(with: .base) && grammar.suffixClass(next.lower) == nil
    }

    /// Whether the token can start an infinitive: a verb base that is not better read as
    /// the noun of a "to" phrase ("to rise", not "to Brazil" or "to the market").
    private func infinitiveFollows(_ next: Token) -> Bool {
        guard next.isWord, !next.isCapitalized || next.is("be") else { return false }
        if grammar.be.contains(next.word) || grammar.have.contains(next.word) { return next.is("be") || next.is("have") }
        return formsOf(next).contains(.base) && !grammar.determiners.contains(next.word)
    }

    /// Whether a finite verb (or an auxiliary or modal) comes within the next few words,
    /// before punctuation: a clause follows, not a noun phrase.
    private func clauseFollows(_ from: Int, _ tokens: [Token]) -> Bool {
        var k = from
        var sawNominal = false
        while k < tokens.count, k < from + 12 {
            let token = tokens[k]
            // "as the dollar's slide": a possessive is inside the subject
            if sawNominal, isApostrophe(token), k + 1 < tokens.count, tokens[k + 1].is("s") {
                k += 2
                continue
            }
            if token.kind == .punctuation && !token.is("-") && !token.is("$") && !token.is("%") { return false }
            if token.isWord, grammar.modals.contains(token.word) || (grammar.isAuxiliary(token.word) && sawNominal) { return sawNominal }
            // "as prices rose", "as traders focus": a finite form, or a base after a plural
            let forms = formsOf(token)
            if token.isWord, sawNominal, !forms.isDisjoint(with: VerbForms.past.union(.present)) || (forms.contains(.base) && isPluralLooking(tokens[k - 1])),
                !grammar.prepositions.contains(token.word)
            {
                return !(k + 1 < tokens.count && tokens[k + 1].is("of"))
            }
            // "as sugar output in Brazil fell": a preposition after a noun may modify the subject,
            // within the first words only
            if token.isWord, grammar.prepositions.contains(token.word), !(sawNominal && (token.is("of") || k < from + 6)) { return false }
            sawNominal = sawNominal || token.isWord || token.isNumber
            k += 1
        }
        return false
    }

    /// Whether the token at `index` (or after an adverb) is a verb or an auxiliary.
    private func followedByVerb(_ index: Int, _ tokens: [Token]) -> Bool {
        var k = index
        while k < tokens.count, tokens[k].isWord, grammar.adverbs.contains(tokens[k].word) { k += 1 }
        guard k < tokens.count, tokens[k].isWord else { return false }
        let word = tokens[k].word
        if grammar.modals.contains(word) || grammar.isAuxiliary(word) { return true }
        return !formsOf(tokens[k]).isDisjoint(with: VerbForms.past.union(.present)) && !grammar.determiners.contains(word)
    }

    // MARK: open-class ambiguity

    /// A word the verb list knows, in context: a verb of some form, a noun or a modifier.
    private func verbOrNoun(_ i: Int, _ token: Token, _ tokens: [Token], _ tags: [TaggedWord], _ forms: VerbForms, _ previous: TaggedWord?) -> TaggedWord {
        let lower = token.lower
        let isGerund = forms.contains(.gerund) && lower.endsWithBytes("ing")
        // "Ireland-based", "state-owned", "U.S.-backed": a compound adjective
        if i >= 2, tokens[i - 1].is("-"), !tokens[i - 1].spaced, !token.spaced, !forms.isDisjoint(with: VerbForms.past.union(.participle).union(.gerund)),
            lower.endsWithBytes("ed") || lower.endsWithBytes("ing") || lower.endsWithBytes("en") || lower.endsWithBytes("wn")
        {
            return TaggedWord(wordClass: .adjective)
        }
        let isEdForm = !forms.isDisjoint(with: VerbForms.past.union(.participle)) && forms.isDisjoint(with: VerbForms.base.union(.present))
        // "the commissioner's office says", ", says Mr Lakhani": forms that are never nouns
        if forms.contains(.present), grammar.verbOnlyForms.contains(token.word) { return TaggedWord(wordClass: .verb, verbForm: .present) }
        let next = i + 1 < tokens.count ? tokens[i + 1] : nil
        let nextTag = next.map { _ in lexicalGuess(at: i + 1, tokens) }
        // the word a verb group's auxiliaries and adverbs lead to
        let governor = governingWord(before: i, tokens, tags)
        let previousClass = previous?.wordClass

        if let governor {
            switch governor.wordClass {
            case .modal, .infinitiveTo:
                if forms.contains(.base) { return TaggedWord(wordClass: .verb, verbForm: .base) }
            case .auxiliary:
                let g = tokens[governor.index]
                // "didn't want": a contracted "did", "does", "don" is do-support
                let isDo = grammar.do.contains(g.word) || (grammar.contractedNegatives.contains(g.word) && (g.lower.hasPrefix("d")))
                if isDo, forms.contains(.base) { return TaggedWord(wordClass: .verb, verbForm: .base) }
                // "are more developed": a graded participle is what the subject is
                if i >= 1, tokens[i - 1].isAny(of: ["more", "most", "less", "least"]), !isGerund {
                    return TaggedWord(wordClass: .adjective)
                }
                if isGerund { return TaggedWord(wordClass: .verb, verbForm: .gerund) }
                // "the minister is worried", "they were pleased": how the subject is
                if grammar.be.contains(g.word), grammar.adjectivalParticiples.contains(token.word), !(next?.is("by") ?? false) {
                    return TaggedWord(wordClass: .adjective)
                }
                if forms.contains(.participle) { return TaggedWord(wordClass: .verb, verbForm: .participle) }
                if forms.contains(.past), grammar.have.contains(g.word) { return TaggedWord(wordClass: .verb, verbForm: .participle) }
                // "is close to", "remained open": a bare form after "be" is what the subject is
                // ("is part of" a noun)
                if grammar.be.contains(g.word), forms.isDisjoint(with: VerbForms.past.union(.participle).union(.gerund)), !token.lower.endsWithBytes("s") {
                    if next?.is("of") ?? false { return TaggedWord(wordClass: .noun) }
                    return TaggedWord(wordClass: .adjective)
                }
            default:
                break
            }
        }
        // "let the pound fall", "helped the economy grow", "help relax them"
        if forms.contains(.base), takesBareInfinitive(before: i, tokens, tags), let nextTag,
            [.determiner, .possessivePronoun, .pronoun, .adverb, .adjective, .number, .quantifier, .preposition, .symbol, .punctuation].contains(nextTag)
        {
            return TaggedWord(wordClass: .verb, verbForm: .base)
        }
        if let previousClass {
            switch previousClass {
            case .number where isYearEndingPhrase(i - 1, tokens) || Self.isCodeNumber(i - 1, tokens):
                // ("money supply M-1 fell": a code's number ends a name)
                // "deliveries to Taiwan since 2019 total $19bn": a year ends its phrase; a verb may follow
                return afterNoun(i, tokens, tags, forms, isGerund: isGerund, isEdForm: isEdForm, nextTag: nextTag)
            case .number where isEdForm && nextTag == .preposition, .symbol where isEdForm && nextTag == .preposition:
                return TaggedWord(wordClass: .verb, verbForm: .participle)  // "6.50 billion compared with"
            case .number where isGerund && (nextTag == .determiner || nextTag == .possessivePronoun):
                return TaggedWord(wordClass: .verb, verbForm: .gerund)  // "due July 12, 1992 carrying a coupon"
            case .determiner where grammar.freeRelatives.contains(tokens[i - 1].word) && (forms.contains(.past) || (forms.contains(.present) && lower.endsWithBytes("s")))
                && nextTag.map({ ![.noun, .adjective, .properNoun].contains($0) }) ?? true:
                return finite(forms, isGerund)  // "what happened to", "what makes for"
            case .determiner, .possessivePronoun, .possessiveMarker, .quantifier, .number, .symbol:
                // "the proposed merger", "its rising debt": a participle before a noun modifies it
                if (isGerund || isEdForm), let nextTag, nextTag == .noun || nextTag == .properNoun || nextTag == .number || nextTag == .adjective {
                    return TaggedWord(wordClass: .adjective)
                }
                return TaggedWord(wordClass: .noun)
            case .adjective:
                if isEdForm || isGerund, let nextTag, [.noun, .number, .adjective, .properNoun].contains(nextTag) { return TaggedWord(wordClass: .adjective) }
                return TaggedWord(wordClass: .noun)
            case .preposition:
                if isGerund {
                    if grammar.nominalGerunds.contains(token.word), let nextTag, nextTag == .noun || nextTag == .punctuation { return TaggedWord(wordClass: .noun) }
                    return TaggedWord(wordClass: .verb, verbForm: .gerund)
                }
                if isEdForm, let nextTag, nextTag == .noun { return TaggedWord(wordClass: .adjective) }
                return TaggedWord(wordClass: .noun)
            case .pronoun:
                let p = tokens[i - 1]
                if grammar.subjectPronouns.contains(p.word) || p.is("who") { return finite(forms, isGerund) }
                return isGerund ? TaggedWord(wordClass: .verb, verbForm: .gerund) : TaggedWord(wordClass: .noun)
            case .relative:
                // "in which firms bid": a relative that a preposition governs is no subject; its
                // clause's subject comes next
                if i >= 2, tags[i - 2].wordClass == .preposition, !isGerund, !isEdForm, let nextTag, [.verb, .noun, .preposition].contains(nextTag) {
                    return TaggedWord(wordClass: .noun)
                }
                return finite(forms, isGerund)
            case .existential:
                return finite(forms, isGerund)
            case .coordinator:
                if isGerund, gerundHeadsSubject(i, tokens) { return TaggedWord(wordClass: .noun) }
                // "reduces the line ... and creates a new one": after "and", a verb of the same
                // tense as one before it in the sentence
                if !isGerund, let earlier = tags[..<(i - 1)].last(where: { $0.wordClass == .verb && ($0.verbForm == .past || $0.verbForm == .present) }),
                    (earlier.verbForm == .present && forms.contains(.present) && tokens[i].lower.endsWithBytes("s"))
                        || (earlier.verbForm == .past && forms.contains(.past) && !forms.contains(.base)),
                    i + 1 < tokens.count, tokens[i + 1].isWord || tokens[i + 1].isNumber
                {
                    return TaggedWord(wordClass: .verb, verbForm: earlier.verbForm)
                }
                // "was taken at its request and reduces the line": an -s form after "and" that a
                // determiner follows opens a verb phrase; a noun there would need a verb between
                if !isGerund, forms.contains(.present), tokens[i].lower.endsWithBytes("s"), i + 1 < tokens.count, tokens[i + 1].isWord,
                    grammar.determiners.contains(tokens[i + 1].word) || grammar.possessivePronouns.contains(tokens[i + 1].word)
                {
                    return TaggedWord(wordClass: .verb, verbForm: .present)
                }
                // "would reach 4.4% but fall to 3.3%": a base after a modal's verb
                if forms.contains(.base), let earlier = tags[..<(i - 1)].lastIndex(where: { $0.wordClass == .verb }), tags[earlier].verbForm == .base,
                    i + 1 < tokens.count
                {
                    let next = lexicalGuess(at: i + 1, tokens)
                    if [.preposition, .number, .determiner, .adverb, .symbol, .possessivePronoun, .pronoun].contains(next) {
                        return TaggedWord(wordClass: .verb, verbForm: .base)
                    }
                    // "to introduce a points system and increase deportations": a second
                    // infinitive takes a bare object, where the first followed "to" or a modal
                    if [.noun, .adjective, .quantifier].contains(next), earlier >= 1, tokens[earlier - 1].isWord,
                        tokens[earlier - 1].is("to") || grammar.modals.contains(tokens[earlier - 1].word), !isPluralLooking(tokens[i])
                    {
                        return TaggedWord(wordClass: .verb, verbForm: .base)
                    }
                }
                // "rose and closed": a verb after "and" is read like the word before "and"
                if i >= 2, tags[i - 2].wordClass == .verb, !forms.isDisjoint(with: VerbForms.past.union(.present).union(.base)) {
                    return TaggedWord(wordClass: .verb, verbForm: tags[i - 2].verbForm == .none ? finite(forms, isGerund).verbForm : pick(forms, like: tags[i - 2].verbForm))
                }
                if isGerund, i >= 2, tags[i - 2].verbForm == .gerund { return TaggedWord(wordClass: .verb, verbForm: .gerund) }
            case .noun, .properNoun:
                // "300 mln marks", "5 pct shares": after a number's scale comes what it counts
                if i >= 2, grammar.numberWords.contains(tokens[i - 1].word), tags[i - 2].wordClass == .number || tokens[i - 2].isNumber {
                    return TaggedWord(wordClass: .noun)
                }
                // "a 40 mln dlrs guaranteed loan facility": after a figure's unit, a
                // participle before a noun modifies it
                if isEdForm, i >= 2, tags[i - 2].wordClass == .number, nextTag == .noun { return TaggedWord(wordClass: .adjective) }
                // "a two-day visit": the word after a hyphenated modifier is its head
                if i >= 2, tokens[i - 2].is("-"), !tokens[i - 2].spaced, !tokens[i - 1].spaced, !isEdForm, !isGerund {
                    return TaggedWord(wordClass: .noun)
                }
                return afterNoun(i, tokens, tags, forms, isGerund: isGerund, isEdForm: isEdForm, nextTag: nextTag)
            case .punctuation:
                if isGerund, tokens[i - 1].is(","), gerundHeadsSubject(i, tokens) { return TaggedWord(wordClass: .noun) }
                // ", saying", ", citing": a participle opens a clause after a comma
                if isGerund, tokens[i - 1].is(",") { return TaggedWord(wordClass: .verb, verbForm: .gerund) }
                // ", backed by the Netherlands": a participle; ", gathered at the church" after the
                // subject and an aside: the clause's verb
                // ", the state lender, Norvale Bank, said in a statement": a verb of saying after a
                // name and a comma is the report's verb
                if isEdForm, tokens[i - 1].is(","), forms.contains(.past), grammar.clauseVerbs.contains(token.word), i >= 2, tags[i - 2].wordClass.isNominal,
                    !(i + 1 < tokens.count && tokens[i + 1].is("by"))
                {
                    return TaggedWord(wordClass: .verb, verbForm: .past)
                }
                if isEdForm, tokens[i - 1].is(","), let nextTag, nextTag == .preposition,
                    tokens[i + 1].is("by") || tags[..<i].contains(where: { $0.wordClass == .verb && ($0.verbForm == .past || $0.verbForm == .present) })
                        || asideBeforeVerb(from: i, tokens)
                {
                    return TaggedWord(wordClass: .verb, verbForm: .participle)
                }
            case .adverb:
                // "sales also rose": look past the adverb to what it follows
                var k = i - 1
                while k >= 0, tags[k].wordClass == .adverb || tags[k].wordClass == .negation { k -= 1 }
                if k >= 0, [.noun, .properNoun, .pronoun, .relative].contains(tags[k].wordClass) {
                    // "has moved the funds previously earmarked for": a clause has one finite
                    // verb; a second is a participle
                    if isEdForm, forms.contains(.participle), tags[k].wordClass != .relative, clauseHasFiniteVerb(before: i, tokens, tags) {
                        return TaggedWord(wordClass: .verb, verbForm: .participle)
                    }
                    return finite(forms, isGerund)  // "which also owns"
                }
            default:
                break
            }
        }
        // "The improvement in results, after four years of losses, reflects a rise": past an
        // aside, the subject's verb, when the sentence has none yet
        if i > 0, tokens[i - 1].is(","), forms.contains(.present), lower.endsWithBytes("s"), let nextTag,
            [.determiner, .possessivePronoun, .number].contains(nextTag), !tags[..<i].contains(where: \.isFinite)
        {
            return TaggedWord(wordClass: .verb, verbForm: .present)
        }
        if i == 0 || tokens[i - 1].is(",") || tokens[i - 1].is("\"") || tokens[i - 1].is("“") {
            // "Ending three weeks of stalemate, lawmakers approved": a phrase that runs to a comma
            // with no verb is what the gerund acts on; the clause follows the comma
            if isGerund, i == 0, objectRunsToComma(after: i, tokens) { return TaggedWord(wordClass: .verb, verbForm: .gerund) }
            if isGerund, gerundHeadsSubject(i, tokens) { return TaggedWord(wordClass: .noun) }
            // "Disappointing business figures", "Funding - ...": a modifier or a noun
            if isGerund, i == 0 || !tokens[i - 1].is(","), let nextTag, nextTag == .noun || nextTag == .punctuation || nextTag == .auxiliary {
                return TaggedWord(wordClass: grammar.nominalGerunds.contains(token.word) || nextTag != .noun ? .noun : .adjective)
            }
            if isGerund, let nextTag, nextTag != .verb { return TaggedWord(wordClass: .verb, verbForm: .gerund) }
            // "Schering said", "Spending rose": a sentence's first word before a finite verb is its subject
            if isGerund, i == 0, i + 1 < tokens.count, !formsOf(tokens[i + 1]).isDisjoint(with: .past) || tokens[i + 1].lower.endsWithBytes("s"),
                formsOf(tokens[i + 1]).isDisjoint(with: .gerund)
            {
                return TaggedWord(wordClass: .noun)
            }
        }
        if isGerund {
            if grammar.nominalGerunds.contains(token.word), let nextTag, nextTag == .noun || nextTag == .verb || nextTag == .auxiliary {
                return TaggedWord(wordClass: .noun)
            }
            return TaggedWord(wordClass: .verb, verbForm: .gerund)
        }
        if isEdForm {
            if let nextTag, nextTag == .noun, previousClass != .punctuation { return TaggedWord(wordClass: .adjective) }
            return TaggedWord(wordClass: .verb, verbForm: forms.contains(.past) ? .past : .participle)
        }
        return TaggedWord(wordClass: .noun)
    }

    /// After a noun: "sales rose" (a verb), "interest rates rose" (a noun of the phrase),
    /// "profits reported by" (a participle), "companies seeking" (a participle).
    private func afterNoun(_ i: Int, _ tokens: [Token], _ tags: [TaggedWord], _ forms: VerbForms, isGerund: Bool, isEdForm: Bool,
                           nextTag: WordClass?) -> TaggedWord {
        if isGerund {
            // "Bond trading is": the gerund ends the subject
            if let nextTag, nextTag == .auxiliary || nextTag == .modal { return TaggedWord(wordClass: .noun) }
            // "the one-week meeting", "bank lending rose": a gerund used as a noun, unless an
            // object follows it ("companies seeking the approval")
            if grammar.nominalGerunds.contains(tokens[i].word),
                !(nextTag.map { [.determiner, .possessivePronoun, .number, .properNoun, .quantifier].contains($0) } ?? false)
            {
                return TaggedWord(wordClass: .noun)
            }
            return TaggedWord(wordClass: .verb, verbForm: .gerund)
        }
        if isEdForm {
            // "profits reported by the company": a passive participle; "sales rose by 4 pct": by an
            // amount, the clause's verb of change
            if i + 1 < tokens.count, tokens[i + 1].is("by"), !amountFollows(i + 2, tokens) { return TaggedWord(wordClass: .verb, verbForm: .participle) }
            // "a deal which the report said would be signed": a relative clause whose gap is in the
            // clause that a verb of saying takes
            if grammar.clauseVerbs.contains(tokens[i].word), forms.contains(.past), i + 1 < tokens.count, tokens[i + 1].isWord,
                grammar.modals.contains(tokens[i + 1].word) || grammar.isAuxiliary(tokens[i + 1].word), subjectAfterRelative(before: i, tags)
            {
                return TaggedWord(wordClass: .verb, verbForm: .past)
            }
            // "fees connected with the merger were deducted", "the cash raised will go": a
            // participle that a finite verb follows
            if reducedRelative(i, tokens) { return TaggedWord(wordClass: .verb, verbForm: .participle) }
            // "the quarter ended March 31", "in the week ended March 11": a participle dates the time
            if tokens[i].is("ended"), i >= 1, grammar.timeNouns.contains(tokens[i - 1].word), !tokens[i - 1].isCapitalized, i + 1 < tokens.count,
                tokens[i + 1].isNumber || (tokens[i + 1].isWord && grammar.timeNouns.contains(tokens[i + 1].word))
            {
                return TaggedWord(wordClass: .verb, verbForm: .participle)
            }
            // "with 23,000 people killed", "with prices expected to rise": after the phrase "with"
            // governs, a participle, not the clause's verb
            if forms.contains(.participle), phraseFollowsWith(before: i, tokens, tags) { return TaggedWord(wordClass: .verb, verbForm: .participle) }
            if i + 1 < tokens.count, tokens[i + 1].isWord, grammar.modals.contains(tokens[i + 1].word) || grammar.be.contains(tokens[i + 1].word)
                || grammar.have.contains(tokens[i + 1].word), !forms.contains(.base)
            {
                return TaggedWord(wordClass: .verb, verbForm: .participle)
            }
            // "has won a contract valued at": a clause has one finite verb; a second is a participle
            if forms.contains(.participle), clauseHasFiniteVerb(before: i, tokens, tags) { return TaggedWord(wordClass: .verb, verbForm: .participle) }
            return TaggedWord(wordClass: .verb, verbForm: forms.contains(.past) ? .past : .participle)
        }
        // "raised its FCOJ prices in", "raised interest rates to", "keep oil prices at": inside
        // the object of a verb, a plural belongs to that object and is not its verb
        if forms.contains(.present), tokens[i].lower.endsWithBytes("s"), objectPhraseBefore(i, tokens, tags) || bareObjectBefore(i, tokens, tags) {
            return TaggedWord(wordClass: .noun)
        }
        // "growth forecasts slipping": before a gerund, a plural is a noun unless it is a verb
        // that takes one ("keeps rising")
        if i + 1 < tokens.count, tokens[i + 1].isWord, tokens[i + 1].lower.endsWithBytes("ing"), formsOf(tokens[i + 1]).contains(.gerund),
            tokens[i].lower.endsWithBytes("s"), !grammar.gerundVerbs.contains(tokens[i].word)
        {
            return TaggedWord(wordClass: .noun)
        }
        // "the figures cover", "officials say": a base form after a plural is its present
        // "a rights issue": after "a", a plural is a modifier
        let previousIsPlural = i > 0 && tokens[i - 1].isWord
            && ((isPluralLooking(tokens[i - 1]) && !(i >= 2 && (tokens[i - 2].is("a") || tokens[i - 2].is("an")))) || (i >= 3 && tokens[i - 2].is("and")))
            && !objectPhraseBefore(i, tokens, tags)
        if previousIsPlural, forms.contains(.base),
            nextTag.map({ ![.verb, .modal, .auxiliary, .noun].contains($0) }) ?? true
        {
            return TaggedWord(wordClass: .verb, verbForm: .present)
        }
        // "a cash tender offer to": a bare base after a singular noun cannot agree with it
        if forms.contains(.base), !forms.contains(.past), !previousIsPlural, !tokens[i].lower.endsWithBytes("s"), i > 0, tokens[i - 1].isWord,
            !grammar.subjectPronouns.contains(tokens[i - 1].word)
        {
            return TaggedWord(wordClass: .noun)
        }
        guard let nextTag else {
            // at the end: "as prices rose." (a past) or "the bank's rates." (a noun)
            return forms.contains(.past) && !forms.contains(.base) ? TaggedWord(wordClass: .verb, verbForm: .past) : TaggedWord(wordClass: .noun)
        }
        switch nextTag {
        case .verb, .modal, .auxiliary:
            // "interest rates rose", "the trade figures showed": this word ends the noun phrase
            if i + 1 < tokens.count, !formsOf(tokens[i + 1]).isDisjoint(with: VerbForms.past.union(.present)) || grammar.modals.contains(tokens[i + 1].word)
                || grammar.isAuxiliary(tokens[i + 1].word)
            {
                if tokens[i].lower.endsWithBytes("s") || forms.contains(.past) == false { return TaggedWord(wordClass: .noun) }
            }
            return finite(forms, false)
        case .adverb:
            // "interest rates further is": past the adverbs a verb follows, so this word is a noun
            var k = i + 1
            while k < tokens.count, tokens[k].isWord, grammar.adverbs.contains(tokens[k].word) || tokens[k].lower.endsWithBytes("ly") { k += 1 }
            if k < tokens.count, tokens[k].isWord, grammar.modals.contains(tokens[k].word) || grammar.isAuxiliary(tokens[k].word)
                || !formsOf(tokens[k]).isDisjoint(with: .past), tokens[i].lower.endsWithBytes("s")
            {
                return TaggedWord(wordClass: .noun)
            }
            return finite(forms, false)
        case .determiner, .number, .pronoun, .possessivePronoun, .infinitiveTo, .quantifier, .symbol, .subordinator, .negation:
            return finite(forms, false)
        case .preposition:
            if i + 1 < tokens.count, tokens[i + 1].is("of") { return TaggedWord(wordClass: .noun) }
            // "the company plans for ...": a plural before a preposition is still a noun, a
            // singular verb form ("rose to") a verb
            if forms.contains(.past) { return TaggedWord(wordClass: .verb, verbForm: .past) }
            // "factory figures from Ohio prompted": a plural with a verb after it is the noun
            // ("a contract for network maintenance services for": not where the clause has its
            // verb; "forecast copper exports at 3 mln tonnes": a verb of estimating puts its
            // object at a figure)
            let putAt = i + 2 < tokens.count && tokens[i + 1].is("at") && tokens[i + 2].isNumber
            if forms.contains(.present), !finiteVerbLater(i + 1, tokens), !clauseHasFiniteVerb(before: i, tokens, tags, clauseMayFollow: !putAt) {
                return TaggedWord(wordClass: .verb, verbForm: .present)
            }
            return TaggedWord(wordClass: .noun)
        case .adjective:
            return forms.contains(.past) || forms.contains(.present) ? finite(forms, false) : TaggedWord(wordClass: .noun)
        case .punctuation, .coordinator:
            if forms.contains(.past) && !forms.contains(.base) { return TaggedWord(wordClass: .verb, verbForm: .past) }
            // "how training goes and", "as the economy grows.": the subject of a subordinate
            // clause is followed by its verb
            if forms.contains(.present), tokens[i].lower.endsWithBytes("s"), opensSubordinateSubject(before: i, tokens, tags) {
                return TaggedWord(wordClass: .verb, verbForm: .present)
            }
            return TaggedWord(wordClass: .noun)
        case .properNoun:
            return forms.contains(.past) || forms.contains(.present) ? finite(forms, false) : TaggedWord(wordClass: .noun)
        case .noun:
            if forms.contains(.past) { return TaggedWord(wordClass: .verb, verbForm: .past) }
            // "The rule in Spain means drivers ...": after a complete phrase (one that opened with
            // a determiner, or the object of a preposition) the -s form is the verb
            // ("has received a contract for network maintenance services for ...": not where the
            // clause already has its verb)
            if forms.contains(.present), tokens[i].lower.endsWithBytes("s"), previousPhraseIsComplete(before: i, tokens, tags),
                !clauseHasFiniteVerb(before: i, tokens, tags)
            {
                return TaggedWord(wordClass: .verb, verbForm: .present)
            }
            // "Net covers ...": an adjective read as the subject is followed by its verb
            if forms.contains(.present), tokens[i].lower.endsWithBytes("s"), grammar.adjectives.contains(tokens[i - 1].word) {
                return TaggedWord(wordClass: .verb, verbForm: .present)
            }
            return TaggedWord(wordClass: .noun)
        default:
            return TaggedWord(wordClass: .noun)
        }
    }

    /// Whether the words after `i` reach a comma within a short phrase with no word that could
    /// be a finite verb, and a clause follows the comma.
    private func objectRunsToComma(after i: Int, _ tokens: [Token]) -> Bool {
        var k = i + 1
        while k < tokens.count, k <= i + 10 {
            let token = tokens[k]
            if token.is(",") { return k > i + 1 && k + 1 < tokens.count }
            if token.kind == .punctuation, !token.is("-") { return false }
            if token.isWord, [.verb, .modal, .auxiliary].contains(lexicalGuess(token)) { return false }
            k += 1
        }
        return false
    }

    /// Whether the noun phrase ending just before `i` opens with a determiner or possessive right
    /// after a verb that takes an object: "broke her own hurdles record", "sold the shares
    /// stake". A verb that takes a clause ("said the officials say") or a copula may be
    /// followed by a new subject instead.
    private func objectPhraseBefore(_ i: Int, _ tokens: [Token], _ tags: [TaggedWord]) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 6, [.noun, .adjective, .properNoun, .number, .quantifier].contains(tags[k].wordClass) { k -= 1 }
        guard k >= 1, k < i - 1, [.determiner, .possessivePronoun].contains(tags[k].wordClass), tags[k - 1].wordClass == .verb,
            tags[k - 1].verbForm != .gerund || k - 1 > 0, tokens[k - 1].isWord
        else { return false }
        let verb = tokens[k - 1].word
        return !grammar.clauseVerbs.contains(verb) && !grammar.be.contains(verb) && !grammar.copulas.contains(verb)
            && !grammar.objectControlVerbs.contains(verb) && !grammar.bareInfinitiveVerbs.contains(verb)
    }

    /// "The Macintosh, sold for £339 in the UK, was described": the words from `i` run to a
    /// comma that the clause's verb follows, so they are an aside.
    private func asideBeforeVerb(from i: Int, _ tokens: [Token]) -> Bool {
        var k = i + 1
        while k < tokens.count, k <= i + 15 {
            if tokens[k].is(",") { return finiteVerbLater(k + 1, tokens) && k + 1 < tokens.count && !tokens[k + 1].isAny(of: ["and", "but", "or"]) }
            if tokens[k].kind == .punctuation, tokens[k].isAny(of: [";", ":", "\"", "“", "”", "."]) { return false }
            k += 1
        }
        return false
    }

    /// "Lending to consumers rose", "Contracting for future work declined": a gerund with a
    /// prepositional phrase and then a finite verb, no comma between, heads the clause's subject
    /// ("According to", "Including" open asides instead).
    private func gerundHeadsSubject(_ i: Int, _ tokens: [Token]) -> Bool {
        guard i + 2 < tokens.count, !tokens[i].isAny(of: ["according", "including", "excluding", "following"]) else { return false }
        let next = lexicalGuess(at: i + 1, tokens)
        return (next == .preposition || (tokens[i + 1].is("to") && lexicalGuess(at: i + 2, tokens) != .verb)) && finiteVerbLater(i + 1, tokens)
    }

    /// Whether the noun phrase ending just before `i` is governed by "with" or "without".
    private func phraseFollowsWith(before i: Int, _ tokens: [Token], _ tags: [TaggedWord]) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 8,
            [.determiner, .possessivePronoun, .possessiveMarker, .adjective, .noun, .properNoun, .number, .quantifier, .adverb].contains(tags[k].wordClass)
                || (tokens[k].is("-") && !tokens[k].spaced)
        {
            k -= 1
        }
        return k >= 0 && k < i - 1 && tokens[k].isWord && (tokens[k].is("with") || tokens[k].is("without"))
    }

    /// Whether the noun phrase ending just before `i` directly follows a relative pronoun.
    private func subjectAfterRelative(before i: Int, _ tags: [TaggedWord]) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 5, [.determiner, .possessivePronoun, .adjective, .noun, .properNoun].contains(tags[k].wordClass) { k -= 1 }
        return k >= 0 && k < i - 1 && tags[k].wordClass == .relative
    }

    /// Whether the noun phrase ending just before `i` follows a subordinator or a word like
    /// "how" or "what": it is the subject of a clause, so a verb comes next.
    private func opensSubordinateSubject(before i: Int, _ tokens: [Token], _ tags: [TaggedWord]) -> Bool {
        var k = i - 1
        var sawNominal = false
        while k >= 0, i - k <= 6 {
            let c = tags[k].wordClass
            if [.determiner, .possessivePronoun, .possessiveMarker, .adjective, .noun, .properNoun, .number].contains(c),
                !(c == .determiner && grammar.freeRelatives.contains(tokens[k].word))
            {
                sawNominal = sawNominal || c.isNominal
                k -= 1
                continue
            }
            return sawNominal && (c == .subordinator || grammar.freeRelatives.contains(tokens[k].word))
        }
        return false
    }

    /// Whether the word at `i` follows a verb that takes a bare infinitive ("let", "help",
    /// "see"), directly ("help relax") or past that verb's object ("let the pound fall").
    private func takesBareInfinitive(before i: Int, _ tokens: [Token], _ tags: [TaggedWord]) -> Bool {
        var k = i - 1
        var sawNominal = false
        while k >= 0, i - k <= 6 {
            let c = tags[k].wordClass
            if c == .verb || c == .auxiliary {
                // only "help" goes straight to its infinitive
                return grammar.bareInfinitiveVerbs.contains(tokens[k].word)
                    && (sawNominal || (k == i - 1 && grammar.directBareInfinitiveVerbs.contains(tokens[k].word)))
            }
            guard [.determiner, .possessivePronoun, .possessiveMarker, .adjective, .noun, .properNoun, .pronoun, .number, .quantifier].contains(c) else {
                return false
            }
            if c == .pronoun, !grammar.objectPronouns.contains(tokens[k].word) { return false }
            // "saw a 5 pct rise": an indefinite phrase is the object itself, not a clause's subject
            if c == .determiner, tokens[k].is("a") || tokens[k].is("an") { return false }
            sawNominal = sawNominal || c.isNominal
            k -= 1
        }
        return false
    }

    /// After a noun, "-ed" and a preposition, with an auxiliary or a modal further on before
    /// any punctuation: "fees connected with the merger were deducted".
    private func reducedRelative(_ i: Int, _ tokens: [Token]) -> Bool {
        guard i + 1 < tokens.count, tokens[i + 1].isWord, grammar.prepositions.contains(tokens[i + 1].word), !tokens[i + 1].is("to") else { return false }
        var k = i + 2
        while k < tokens.count, k < i + 12 {
            let token = tokens[k]
            if token.kind == .punctuation, !token.is("-") { return false }
            if token.isWord, grammar.subordinators.contains(token.word) || grammar.relativePronouns.contains(token.word) { return false }
            if token.isWord, grammar.subjectPronouns.contains(token.word) { return false }  // "wrote on her website she had been"
            // ("in May" is a month, not a modal)
            if token.isWord, !token.isCapitalized, grammar.modals.contains(token.word) || grammar.be.contains(token.word) || grammar.have.contains(token.word) {
                return true
            }
            k += 1
        }
        return false
    }

    /// A number glued by a hyphen to one or two capitals before it: the "1" of "M-1", "G-7".
    static func isCodeNumber(_ k: Int, _ tokens: [Token]) -> Bool {
        guard k >= 2, k < tokens.count, tokens[k].isNumber, !tokens[k].spaced, tokens[k - 1].is("-"), !tokens[k - 1].spaced else { return false }
        let letters = tokens[k - 2]
        return letters.isWord && letters.isCapitalized && letters.text.utf8.count <= 2
    }

    /// A year after a preposition ("since 2019", "in 1986"): the end of a phrase, not a modifier.
    private func isYearEndingPhrase(_ k: Int, _ tokens: [Token]) -> Bool {
        guard k >= 1, tokens[k].isNumber, tokens[k].text.utf8.count == 4, let year = Int(tokens[k].text), (1800...2199).contains(year) else { return false }
        return tokens[k - 1].isWord && grammar.prepositions.contains(tokens[k - 1].word)
    }

    /// Whether the word before `i` is a noun (with its adjectives) that follows a verb taking
    /// an object, with no determiner between: "raised interest", "keep oil", "expects interest"
    /// before "to fall". A verb that takes a clause ("said prices rise") or a copula may be
    /// followed by a new subject instead.
    private func bareObjectBefore(_ i: Int, _ tokens: [Token], _ tags: [TaggedWord]) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 3, tags[k].wordClass == .noun || tags[k].wordClass == .adjective { k -= 1 }
        guard k >= 0, k < i - 1, tags[i - 1].wordClass == .noun, tags[k].wordClass == .verb, tokens[k].isWord else { return false }
        if grammar.be.contains(tokens[k].word) || grammar.copulas.contains(tokens[k].word) { return false }
        // "expects interest rates to fall": the object of a verb of control before its infinitive
        if grammar.objectControlVerbs.contains(tokens[k].word), i + 2 < tokens.count, tokens[i + 1].is("to"), !formsOf(tokens[i + 2]).isDisjoint(with: .base) {
            return true
        }
        return !grammar.clauseVerbs.contains(tokens[k].word)
    }

    /// Whether a finite verb, an auxiliary or a modal stands earlier in the same clause (back
    /// to punctuation, a coordinator, a subordinator or a relative pronoun).
    private func clauseHasFiniteVerb(before i: Int, _ tokens: [Token], _ tags: [TaggedWord], clauseMayFollow: Bool = true) -> Bool {
        var k = i - 1
        while k >= 0 {
            let c = tags[k].wordClass
            // "2025/26": a fiscal year's slash, like a hyphen, joins and does not end
            if c == .punctuation && !((tokens[k].is("-") || tokens[k].is("/")) && !tokens[k].spaced) { return false }
            if c == .coordinator || c == .subordinator || c == .relative { return false }
            if c == .modal || c == .auxiliary || (c == .verb && (tags[k].verbForm == .past || tags[k].verbForm == .present)) {
                // "said its sales totaled": after a verb that takes a clause, a new clause may begin
                return !clauseMayFollow || !grammar.clauseVerbs.contains(tokens[k].word)
            }
            k -= 1
        }
        return false
    }

    /// Whether the noun phrase ending just before `i` opened with a determiner or a
    /// possessive, or is governed by a preposition: a phrase a verb may follow.
    private func previousPhraseIsComplete(before i: Int, _ tokens: [Token], _ tags: [TaggedWord]) -> Bool {
        var k = i - 1
        while k >= 0, tokens[k].isWord || tokens[k].isNumber, !grammar.prepositions.contains(tokens[k].word),
            !grammar.determiners.contains(tokens[k].word), !grammar.possessivePronouns.contains(tokens[k].word), i - k < 6
        {
            // "the commissioner's office says": a possessor opens the phrase as a determiner does
            if tags[k].wordClass == .possessiveMarker { return k < i - 1 }
            k -= 1
        }
        guard k >= 0, k < i - 1 || tokens[k].isWord else { return false }
        let opener = tokens[k]
        return opener.isWord && (grammar.prepositions.contains(opener.word) || grammar.determiners.contains(opener.word)
            || grammar.possessivePronouns.contains(opener.word)) && k < i - 1
    }

    /// Whether a finite verb, an auxiliary or a modal follows before the clause ends.
    private func finiteVerbLater(_ from: Int, _ tokens: [Token]) -> Bool {
        var k = from
        while k < tokens.count, k < from + 15 {
            let token = tokens[k]
            if token.kind == .punctuation, token.isAny(of: [",", ";", ":", ".", "\"", "“", "”"]) { return false }
            if token.isWord, grammar.subordinators.contains(token.word) && !grammar.prepositions.contains(token.word) { return false }
            if token.isWord, grammar.relativePronouns.contains(token.word) { return false }
            // "in May": a modal written with a capital inside the sentence is a month or a name
            if token.isWord, !token.isCapitalized, grammar.modals.contains(token.word) || grammar.be.contains(token.word) || grammar.have.contains(token.word) {
                return true
            }
            if token.isWord, !token.isCapitalized, formsOf(token).contains(.past) { return true }
            k += 1
        }
        return false
    }

    /// The finite reading of a verb word: a past where it can be one, else a present.
    private func finite(_ forms: VerbForms, _ isGerund: Bool) -> TaggedWord {
        if isGerund { return TaggedWord(wordClass: .verb, verbForm: .gerund) }
        if forms.contains(.past) { return TaggedWord(wordClass: .verb, verbForm: .past) }
        if forms.contains(.present) { return TaggedWord(wordClass: .verb, verbForm: .present) }
        if forms.contains(.base) { return TaggedWord(wordClass: .verb, verbForm: .base) }
        return TaggedWord(wordClass: .verb, verbForm: .participle)
    }

    private func pick(_ forms: VerbForms, like form: VerbForm) -> VerbForm {
        switch form {
        case .past where forms.contains(.past): return .past
        case .present where forms.contains(.present): return .present
        case .base where forms.contains(.base): return .base
        case .participle where forms.contains(.participle): return .participle
        default: return finite(forms, false).verbForm
        }
    }

    /// An adjective the list or a suffix names, or a noun where it heads its phrase ("the
    /// proposal", "the total").
    private func adjectiveOrNoun(_ i: Int, _ tokens: [Token], _ tags: [TaggedWord]) -> TaggedWord {
        guard i + 1 < tokens.count else { return modifierOrHead(i, tags) }
        let next = lexicalGuess(at: i + 1, tokens)
        // "Net covers", "Total rose": an adjective's word before a finite verb is its subject
        if next == .verb, formsOf(tokens[i + 1]) == .present, tokens[i + 1].isWord { return TaggedWord(wordClass: .noun) }
        // "Net covers a gain", "1986 net covers a writedown": an -s form after it
        // with a phrase after that is its verb (but "net gains rose", "net gains of")
        if next == .noun, formsOf(tokens[i + 1]) == .present, tokens[i + 1].lower.endsWithBytes("s"), i == 0 || tags[i - 1].wordClass != .determiner,
            i + 2 < tokens.count, tokens[i + 2].isNumber || (tokens[i + 2].isWord && formsOf(tokens[i + 2]).isEmpty && !grammar.closedWords.contains(tokens[i + 2].word))
        {
            return TaggedWord(wordClass: .noun)
        }
        if next == .noun || next == .properNoun || next == .adjective || next == .number { return TaggedWord(wordClass: .adjective) }
        // "a new fixed loan", "a new rising star": a participle between it and a noun
        if next == .verb, i + 2 < tokens.count, [.noun, .number, .properNoun].contains(lexicalGuess(at: i + 2, tokens)),
            !formsOf(tokens[i + 1]).isDisjoint(with: VerbForms.participle.union(.gerund))
        {
            return TaggedWord(wordClass: .adjective)
        }
        return modifierOrHead(i, tags)
    }

    private func modifierOrHead(_ i: Int, _ tags: [TaggedWord]) -> TaggedWord {
        // after a copula, a verb or an adverb it is predicative ("remained cautious", "sharply
        // higher"); where a noun phrase's head is due, it is the head ("the proposal", "of
        // Rotterdam traffic")
        guard i > 0 else { return TaggedWord(wordClass: .adjective) }
        switch tags[i - 1].wordClass {
        case .determiner, .possessivePronoun, .possessiveMarker, .preposition, .noun, .properNoun, .number, .quantifier:
            return TaggedWord(wordClass: .noun)
        default: return TaggedWord(wordClass: .adjective)
        }
    }

    /// A quick class for a word not yet tagged (the next one), from lists alone.
    private func lexicalGuess(at index: Int, _ tokens: [Token]) -> WordClass {
        let token = tokens[index]
        if token.is("to") {
            return index + 1 < tokens.count && infinitiveFollows(tokens[index + 1]) ? .infinitiveTo : .preposition
        }
        return lexicalGuess(token)
    }

    private func lexicalGuess(_ token: Token) -> WordClass {
        switch token.kind {
        case .number: return .number
        case .punctuation: return token.isAny(of: ["$", "£", "€", "¥", "%"]) ? .symbol : .punctuation
        case .word: break
        }
        let word = token.word
        if token.is("to") { return .infinitiveTo }
        if grammar.modals.contains(word) { return .modal }
        if grammar.isAuxiliary(word) { return .auxiliary }
        if grammar.determiners.contains(word) { return .determiner }
        if grammar.possessivePronouns.contains(word) { return .possessivePronoun }
        if grammar.subjectPronouns.contains(word) || grammar.objectPronouns.contains(word) { return .pronoun }
        if grammar.quantifiers.contains(word) { return .quantifier }
        if grammar.coordinators.contains(word) { return .coordinator }
        if grammar.prepositions.contains(word) { return .preposition }
        if grammar.subordinators.contains(word) { return .subordinator }
        if grammar.negations.contains(word) { return .negation }
        if grammar.adverbs.contains(word) { return .adverb }
        if grammar.numberWords.contains(word), !token.is("one") { return .number }
        if token.isCapitalized { return .properNoun }
        let forms = formsOf(token)
        if !forms.isDisjoint(with: .past) && forms.isDisjoint(with: .base) { return .verb }
        if forms.contains(.present) && !token.lower.endsWithBytes("s") { return .verb }
        if token.lower.endsWithBytes("ly"), !grammar.adverbExceptions.contains(word), forms.isEmpty { return .adverb }
        if grammar.adjectives.contains(word) || (forms.isEmpty && grammar.suffixClass(token.lower) == .adjective) { return .adjective }
        return .noun
    }

    /// The auxiliary, modal or "to" a verb would belong to, past adverbs and negations:
    /// "will not", "has already", "to".
    private func governingWord(before i: Int, _ tokens: [Token], _ tags: [TaggedWord]) -> (index: Int, wordClass: WordClass)? {
        var k = i - 1
        var steps = 0
        while k >= 0, steps < 4, tags[k].wordClass == .adverb || tags[k].wordClass == .negation || isApostrophe(tokens[k]) {
            k -= 1
            steps += 1
        }
        guard k >= 0 else { return nil }
        let wordClass = tags[k].wordClass
        guard wordClass == .modal || wordClass == .auxiliary || wordClass == .infinitiveTo else { return nil }
        return (k, wordClass)
    }

    /// "has been cut", "will be": an auxiliary after another is part of the chain.
    private func repairAuxiliaryChains(_ tokens: [Token], _ tags: inout [TaggedWord]) {
        for i in tags.indices where tags[i].wordClass == .auxiliary && i > 0 {
            if tags[i - 1].wordClass == .modal || tags[i - 1].wordClass == .auxiliary, tokens[i].is("been") || tokens[i].is("be") {
                tags[i].verbForm = tokens[i].is("be") ? .base : .participle
            }
        }
    }
}
