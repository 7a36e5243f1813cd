import ClaimsNormalize

/// What "the country" and "the nation" refer to: the country the article named last before
/// the sentence (by its name, not a demonym: "Colombia bought French wheat. ... the
/// country's tender" is Colombia). Read only for a sentence that says "the country".
struct CountryReferent: Sendable {
    /// Country names without demonyms or capitals.
    let countryNames: PhraseIndex<String>
    let words: WordTable
    /// How many sentences back to look.
    static let reach = 8

    /// Whether the sentence says "the country" or "the nation".
    static func isSaid(in tokens: [Token]) -> Bool {
        var i = 1
        while i < tokens.count {
            if tokens[i].is("country") || tokens[i].is("nation"), tokens[i - 1].is("the") { return true }
            i += 1
        }
        return false
    }

    /// The last country named in the sentences before, latest first.
    func lastNamed(in sentences: ArraySlice<Range<Int>>, _ bytes: [UInt8]) -> String? {
        for range in sentences.reversed().prefix(Self.reach) {
            let tokens = Tokenizer.tokens(bytes, from: range.lowerBound, to: range.upperBound, words: words)
            var last: String?
            var i = 0
            while i < tokens.count {
                if let (length, code) = countryNames.match(tokens, at: i) {
                    last = code
                    i += length
                } else {
                    i += 1
                }
            }
            if let last { return last }
        }
        return nil
    }
}
