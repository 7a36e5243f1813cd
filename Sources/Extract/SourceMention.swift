/// Where a registry source is named in a sentence, by token index.
struct SourceMention: Sendable, Equatable {
    var key: String
    /// First token of the name, after an optional "the".
    var nameStart: Int
    /// One past the last token of the name.
    var nameEnd: Int
    /// First token of the written mention, including a leading "the".
    var textStart: Int
    /// The name is glued to a sponsor suffix: "an IMF-sponsored survey".
    var isSponsor: Bool
}

/// Finds the registry's sources in a sentence's tokens by their aliases.
struct SourceFinder: Sendable {
    let lexicon: Lexicon

    func mentions(in tokens: [Token]) -> [SourceMention] {
        var mentions: [SourceMention] = []
        var i = 0
        while i < tokens.count {
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
            let textStart = i > 0 && tokens[i - 1].is("the") ? i - 1 : i
            let isSponsor = suffix.map { lexicon.attribution.sourceSuffixes.contains($0) } ?? false
            mentions.append(SourceMention(key: key, nameStart: i, nameEnd: end, textStart: textStart, isSponsor: isSponsor))
            i = end
        }
        return mentions
    }

    /// The word after a glued hyphen: "style" in "NATO-style".
    private func gluedSuffix(_ tokens: [Token], at index: Int) -> String? {
        guard index + 1 < tokens.count, tokens[index].text == "-", !tokens[index].spaced,
            !tokens[index + 1].spaced, tokens[index + 1].isWord
        else { return nil }
        return tokens[index + 1].lower
    }
}
