/// Multi-word phrases looked up against a sentence's tokens, longest match first.
///
/// Phrases are tokenized the same way as text, so "U.S. Defense Department" or "per cent"
/// match however the sentence spaces them. Each phrase is matched either ignoring case or
/// exactly (acronyms and single words, so that "WHO" is not "who"). Its words are interned in
/// the lexicon's ``WordTable`` and matched by id: a token that starts (or ends) no phrase,
/// which is most of them, costs one bit test.
struct PhraseIndex<Value: Sendable>: Sendable {
    private var folded = PhraseTrie<Value>(key: .lowerCase)
    private var exact = PhraseTrie<Value>(key: .written)
    /// The same phrases read from their last word back, for ``match(_:endingBefore:)``.
    private var foldedBackwards = PhraseTrie<Value>(key: .lowerCase)
    private var exactBackwards = PhraseTrie<Value>(key: .written)
    /// Lower-cased first and last words of every phrase.
    private var firstWords = WordSet()
    private var lastWords = WordSet()
    /// The folded phrases as their lower-case words joined by spaces, for ``value(of:)``.
    private var byText: [String: Value] = [:]
    /// The last lower-case word of each phrase in `byText`, for ``mayEnd(with:)``.
    private var byTextLastWords: Set<String> = []
    /// The most words (runs between spaces) a key of `byText` has: a longer phrase, joined by
    /// single spaces, has more spaces than any key and is not looked up.
    private(set) var longestText = 0

    mutating func insert(_ phrase: String, _ value: Value, caseSensitive: Bool = false, words: inout WordTable) {
        let bytes = Array(phrase.utf8)
        let tokens = Tokenizer.tokens(bytes, from: 0, to: bytes.count, words: words)
        guard let first = tokens.first, let last = tokens.last else { return }
        firstWords.insert(words.intern(first.lower))
        lastWords.insert(words.intern(last.lower))
        if caseSensitive {
            let forms = tokens.map { words.intern($0.text) }
            exact.insert(forms, value)
            exactBackwards.insert(forms.reversed(), value)
        } else {
            let lowers = tokens.map { words.intern($0.lower) }
            folded.insert(lowers, value)
            foldedBackwards.insert(lowers.reversed(), value)
            let key = Self.textKey(tokens)
            if byText[key] == nil { byText[key] = value }
            longestText = max(longestText, key.utf8.reduce(1) { $1 == UInt8(ascii: " ") ? $0 + 1 : $0 })
            byTextLastWords.insert(last.lower)
            // "m-1": a hyphenated last word is looked up whole too
            if let lastWord = key.split(separator: " ").last { byTextLastWords.insert(String(lastWord)) }
        }
    }

    /// The longest phrase starting at token `i`: its length in tokens and its value.
    ///
    /// The first-word test is inlined into the callers, which ask at nearly every token.
    @inline(__always)
    func match(_ tokens: [Token], at i: Int, maxTokens: Int? = nil) -> (length: Int, value: Value)? {
        guard i >= 0, i < tokens.count, firstWords.contains(tokens[i].word) else { return nil }
        return longest(tokens, at: i, limit: min(maxTokens ?? Int.max, tokens.count - i))
    }

    /// The longest phrase ending just before token `end`.
    @inline(__always)
    func match(_ tokens: [Token], endingBefore end: Int) -> (length: Int, value: Value)? {
        guard end > 0, end <= tokens.count, lastWords.contains(tokens[end - 1].word) else { return nil }
        return longest(tokens, endingBefore: end)
    }

    private func longest(_ tokens: [Token], at i: Int, limit: Int) -> (length: Int, value: Value)? {
        guard limit > 0 else { return nil }
        return Self.longer(exact: exact.longest(tokens, from: i, step: 1, limit: limit),
                           folded: folded.longest(tokens, from: i, step: 1, limit: limit))
    }

    private func longest(_ tokens: [Token], endingBefore end: Int) -> (length: Int, value: Value)? {
        Self.longer(exact: exactBackwards.longest(tokens, from: end - 1, step: -1, limit: end),
                    folded: foldedBackwards.longest(tokens, from: end - 1, step: -1, limit: end))
    }

    /// A phrase's lower-case words joined by single spaces, a hyphenated word kept whole
    /// ("pre-tax profit"), as ``value(of:)`` is asked.
    private static func textKey(_ tokens: [Token]) -> String {
        var key = ""
        for (index, token) in tokens.enumerated() {
            let glued = index > 0 && (tokens[index - 1].is("-") || token.is("-")) && !token.spaced
            if index > 0 && !glued { key += " " }
            key += token.lower
        }
        return key
    }

    /// The value of a phrase given as words separated by single spaces, a hyphenated word
    /// written whole ("pre-tax profit"), ignoring case.
    func value(of phrase: String) -> Value? {
        // the words come lower-cased from their tokens: ASCII without capitals is its own
        // lower case, and is not copied to be lower-cased
        let isLower = phrase.utf8.allSatisfy { $0 < 0x80 && !($0 >= 65 && $0 <= 90) }
        return byText[isLower ? phrase : phrase.lowercased()]
    }

    /// Whether some phrase, ignoring case, ends with this lower-case word: a cheap test before
    /// ``value(of:)`` is asked about every phrase that ends with it.
    func mayEnd(with lowerCaseWord: String) -> Bool { byTextLastWords.contains(lowerCaseWord) }

    /// Whether some phrase starts with this token's word: a cheap test before the real look-ups.
    func mayStart(_ token: Token) -> Bool { firstWords.contains(token.word) }

    /// Of an exact and a folded match, the longer; the exact one when they are as long.
    private static func longer(exact: (length: Int, value: Value)?, folded: (length: Int, value: Value)?) -> (length: Int, value: Value)? {
        guard let exact else { return folded }
        guard let folded else { return exact }
        return folded.length > exact.length ? folded : exact
    }
}
