/// Where a registry source is named in a sentence, by token index.
struct SourceMention: Sendable, Equatable {
    var key: String
    /// First token of the name, after an optional "the", "a" or "an".
    var nameStart: Int
    /// One past the last token of the name.
    var nameEnd: Int
    /// First token of the written mention, including a leading article.
    var textStart: Int
    /// The name is glued to a sponsor suffix: "an IMF-sponsored survey".
    var isSponsor: Bool
    /// The source is named by a title that speaks for it: "Treasury Secretary".
    var isTitle = false
}

/// Finds the registry's sources in a sentence's tokens by their aliases, and by titles
/// that speak for them ("Treasury Secretary Paul Brandt").
struct SourceFinder: Sendable {
    let lexicon: Lexicon

    func mentions(in tokens: [Token]) -> [SourceMention] {
        var mentions: [SourceMention] = []
        var i = 0
        while i < tokens.count {
            if let (length, key) = lexicon.actors.titleInstitutions.match(tokens, at: i) {
                mentions.append(SourceMention(key: key, nameStart: i, nameEnd: i + length, textStart: i, isSponsor: false, isTitle: true))
                i += length
                continue
            }
            guard let (length, key) = lexicon.aliases.match(tokens, at: i) else {
                i += 1
                continue
            }
            let end = i + length
            let suffix = gluedSuffix(tokens, at: end)
            if let suffix, lexicon.attribution.adjectivalSuffixes.contains(suffix) {
                i = end  // "NATO-style" describes something else; it does not name NATO
                continue
            }
            if i > 0, !tokens[i].spaced, tokens[i - 1].isWord {
                i = end  // inside a longer word
                continue
            }
            if length > 1, isInsideLongerName(tokens, start: i, end: end) {
                i = end  // "United Nations Conference on Trade and Development" is another body
                continue
            }
            if !tokens[i].isCapitalized && !(tokens[i].text.first?.isNumber ?? false) {
                i = end  // "a treasury department spokesman" is nobody in particular
                continue
            }
            if i > 0, tokens[i - 1].is("<") {
                i = end  // "<BLS>" is a stock ticker
                continue
            }
            let textStart = i > 0 && ["the", "a", "an"].contains(tokens[i - 1].lower) ? i - 1 : i
            let isSponsor = suffix.map { lexicon.attribution.sourceSuffixes.contains($0) } ?? false
            mentions.append(SourceMention(key: key, nameStart: i, nameEnd: end, textStart: textStart, isSponsor: isSponsor))
            i = end
        }
        return mentions
    }

    /// The word after a glued hyphen: "style" in "NATO-style".
    private func gluedSuffix(_ tokens: [Token], at index: Int) -> Word? {
        guard index + 1 < tokens.count, tokens[index].is("-"), !tokens[index].spaced,
            !tokens[index + 1].spaced, tokens[index + 1].isWord
        else { return nil }
        return tokens[index + 1].word
    }

    /// Capitalized words that are neither titles nor places continue the name into another
    /// body: "United Nations Conference", "National Security Council".
    private func isInsideLongerName(_ tokens: [Token], start: Int, end: Int) -> Bool {
        if end < tokens.count, tokens[end].isWord, tokens[end].isCapitalized,
            !lexicon.actors.titles.contains(tokens[end].word), !lexicon.attribution.verbs.contains(tokens[end].word)
        {
            return true
        }
        if start > 0, tokens[start - 1].isWord, tokens[start - 1].isCapitalized, tokens[start].spaced,
            !["The", "A", "An"].contains(tokens[start - 1].text),
            !lexicon.actors.titles.contains(tokens[start - 1].word),
            lexicon.places.match(tokens, at: start - 1, maxTokens: 1) == nil
        {
            return true
        }
        return false
    }
}
