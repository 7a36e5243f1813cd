/// Multi-word phrases looked up against a sentence's tokens, longest match first.
///
/// Phrases are tokenized the same way as text, so "U.S. Defense Department" or "per cent"
/// match however the sentence spaces them. Each phrase is matched either ignoring case or
/// exactly (acronyms and single words, so that "WHO" is not "who").
struct PhraseIndex<Value: Sendable>: Sendable {
    private var folded: [String: Value] = [:]
    private var exact: [String: Value] = [:]
    /// Lower-cased first and last tokens of every phrase: most tokens start none, so most
    /// look-ups end at one set probe instead of building keys.
    /// First (last) word -> the longest phrase that starts (ends) with it.
    private var firstWords: [String: Int] = [:]
    private var lastWords: [String: Int] = [:]
    private(set) var maxLength = 0

    mutating func insert(_ phrase: String, _ value: Value, caseSensitive: Bool = false) {
        let bytes = Array(phrase.utf8)
        let tokens = Tokenizer.tokens(bytes, from: 0, to: bytes.count)
        guard let first = tokens.first, let last = tokens.last else { return }
        maxLength = max(maxLength, tokens.count)
        firstWords[first.lower] = max(firstWords[first.lower] ?? 0, tokens.count)
        lastWords[last.lower] = max(lastWords[last.lower] ?? 0, tokens.count)
        if caseSensitive {
            let key = Self.key(tokens.map(\.text))
            if exact[key] == nil { exact[key] = value }
        } else {
            let key = Self.key(tokens.map(\.lower))
            if folded[key] == nil { folded[key] = value }
        }
    }

    /// The longest phrase starting at token `i`: its length in tokens and its value.
    func match(_ tokens: [Token], at i: Int, maxTokens: Int? = nil) -> (length: Int, value: Value)? {
        guard i >= 0, i < tokens.count, let longest = firstWords[tokens[i].lower] else { return nil }
        let limit = min(maxTokens ?? longest, longest, tokens.count - i)
        guard limit > 0 else { return nil }
        for length in stride(from: limit, through: 1, by: -1) {
            if let value = lookup(tokens[i..<(i + length)]) { return (length, value) }
        }
        return nil
    }

    /// The longest phrase ending just before token `end`.
    func match(_ tokens: [Token], endingBefore end: Int) -> (length: Int, value: Value)? {
        guard end > 0, end <= tokens.count, let longest = lastWords[tokens[end - 1].lower] else { return nil }
        let limit = min(longest, end)
        guard limit > 0 else { return nil }
        for length in stride(from: limit, through: 1, by: -1) {
            if let value = lookup(tokens[(end - length)..<end]) { return (length, value) }
        }
        return nil
    }

    /// The value of a phrase given as words separated by single spaces, ignoring case.
    func value(of phrase: String) -> Value? {
        folded[phrase.lowercased()]
    }

    /// Whether some phrase starts with this token's word: a cheap test before the real look-ups.
    func mayStart(_ token: Token) -> Bool { firstWords[token.lower] != nil }

    private func lookup(_ slice: ArraySlice<Token>) -> Value? {
        if slice.count == 1, let token = slice.first {
            return (exact.isEmpty ? nil : exact[token.text]) ?? folded[token.lower]
        }
        if !exact.isEmpty, let value = exact[Self.key(slice.map(\.text))] { return value }
        if let value = folded[Self.key(slice.map(\.lower))] { return value }
        return nil
    }

    private static func key(_ parts: [String]) -> String { parts.joined(separator: " ") }
}
